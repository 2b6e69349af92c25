// `pronto kb gaps`: the gap report as text for people, or as one JSON object for tools.
import type { GapGroup } from './group-gaps.ts';

export interface GapReport {
  /** Messages read (the replay file's, or the store's days). */
  messages: number;
  /** Questions the bot could not answer confidently among them. */
  gaps: number;
  groups: GapGroup[];
}

export function formatGapGroups(report: GapReport): string {
  if (report.groups.length === 0) return `no unanswered questions in ${report.messages} messages\n`;
  const lines = [
    `${report.gaps} questions the bot could not answer confidently (of ${report.messages} messages), in ${report.groups.length} groups, biggest first:`,
  ];
  for (const group of report.groups) {
    const languages = group.languages.map(({ lang, count }) => `${lang} ${count}`).join(', ');
    const closest = group.closest ? `; closest entry: ${group.closest.id}` : '';
    const untranslated = group.untranslated > 0 ? `; ${group.untranslated} for lack of a translation` : '';
    lines.push(`  ${String(group.count).padStart(5)}×  ${group.words.join(' ') || '(no topic words)'}  [${languages}${closest}${untranslated}]`);
    lines.push(`          e.g. "${group.example}"`);
  }
  return `${lines.join('\n')}\n`;
}
