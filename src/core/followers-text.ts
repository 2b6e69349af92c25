// "1,500 followers", as the desk's cards and summaries show reach. One formatter for all: an
// ICU number format built per call cost more than the rest of a handoff's summary.
const COUNT = new Intl.NumberFormat('en-US');

export function followersText(followers: number): string {
  return `${COUNT.format(followers)} followers`;
}
