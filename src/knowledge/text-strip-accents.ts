// Customers often type without accents ("perche", "citta") while editors write them; matching
// compares accent-free forms so both meet.
const COMBINING_MARKS = /\p{M}+/gu;

export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
}
