// Clock times and durations as agents read them, in every view of the desk (Slack, the Studio).

/** Clock time `HH:MM` in the desk's time zone. */
export function formatClock(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(at);
}

/** `12 min`, `2 h 5 min`, `1 d 3 h`: a waiting time or what is left. */
export function formatDuration(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
  const days = Math.floor(hours / 24);
  return hours % 24 === 0 ? `${days} d` : `${days} d ${hours % 24} h`;
}

/** "reply by 10:45 (in 12 min)", or how late it is. */
export function describeDeadline(ticket: { deadlineAt: string }, now: Date, timeZone: string): string {
  const deadline = new Date(ticket.deadlineAt);
  const left = deadline.getTime() - now.getTime();
  const when = left >= 0 ? `in ${formatDuration(left)}` : `overdue by ${formatDuration(-left)}`;
  return `reply by ${formatClock(deadline, timeZone)} (${when})`;
}
