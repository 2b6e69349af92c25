// A duration for people: `45 s`, `12 min`, `2.5 h`, `1.2 d`.
export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds < 10 ? String(Number(seconds.toFixed(1))) : Math.round(seconds)} s`;
  if (seconds < 3_600) return `${Math.round(seconds / 60)} min`;
  if (seconds < 86_400) return `${(seconds / 3_600).toFixed(1).replace(/\.0$/, '')} h`;
  return `${(seconds / 86_400).toFixed(1).replace(/\.0$/, '')} d`;
}
