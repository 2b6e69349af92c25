// Sarcastic thanks often come as a frame and a bill: thanks or praise in the opening sentence,
// then a sentence of plain fact that counts what it cost ("Thanks for the new timetable. Now I
// arrive 10 min after my shift starts", "Merci pour le SMS. Je l'ai lu à la bougie à 23h").
// Sincere thanks that give figures say something glad about them too, or put them in the thanks
// ("refund landed today, £4.20 back in 2 days"); the real posts and the airline crowd's positive
// tweets almost never take this shape.
import { analyzeText } from './analyze-text.ts';
import type { LexiconCategory } from './lexicons/lexicon.ts';

// Words of gladness: the opening sentence needs one, no later sentence may have one.
const GLAD: ReadonlySet<LexiconCategory> = new Set(['thanks', 'praise', 'positive', 'ironyLead', 'resolution', 'resolved']);
// A sentence ends at . ! ? … or a line break, not at the point of a price or a time ("£3.95", "7.30").
const SENTENCE_END = /(?<!\d)[.!?…]+|[.!?…]+(?!\d)|\n+/u;
const LINK = /https?:\/\/\S+/gu;
// As triage reads only the opening of a very long post (analyze-text.ts), so does this: it bounds
// the time per message, and a frame and its bill come first.
const MAX_READ_CHARS = 4_000;
// An amount of time or money, a percentage, or a time of day: "95 minutes", "2h30", "£24", "6€",
// "40%", "5:58pm", "18:05".
const UNITS = [
  'min', 'mins', 'minute', 'minutes', 'minuti', 'minuto', 'minutos', 'minuten', 'minuts', 'h', 'hr', 'hrs', 'hour', 'hours',
  'ora', 'ore', 'hora', 'horas', 'heure', 'heures', 'stunde', 'stunden', 'std', 'day', 'days', 'giorni', 'dias', 'días',
  'jours', 'tage', 'tagen', 'week', 'weeks', 'settimane', 'semanas', 'semaines', 'wochen', 'month', 'months', 'mesi',
  'meses', 'mois', 'monate', 'euro', 'euros', 'eur', 'pound', 'pounds', 'quid', 'dollar', 'dollars', 'bucks', 'am', 'pm',
].join('|');
const QUANTITY = new RegExp(
  String.raw`\d+(?:[.,:]\d+)?\s?(?:%|€|£|\$|(?:${UNITS})\b)|[£€$]\s?\d|\b\d{1,2}[:h]\d{2}\b`,
  'iu',
);

export function statesACostAfterThanks(text: string, languages: readonly string[]): boolean {
  const sentences = text
    .slice(0, MAX_READ_CHARS)
    .replace(LINK, ' ')
    .split(SENTENCE_END)
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
  if (sentences.length < 2) return false;
  const [opening, ...rest] = sentences;
  const isGlad = (sentence: string) => analyzeText(sentence, languages).matches.some((match) => GLAD.has(match.category));
  return isGlad(opening!) && rest.some((sentence) => QUANTITY.test(sentence)) && !rest.some(isGlad);
}
