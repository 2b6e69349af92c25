// The lexicons triage knows, by ISO 639-1 code. A language without one is still detected; its
// messages are read with the lexicons of the other configured languages.
import { english } from './english.ts';
import { french } from './french.ts';
import { german } from './german.ts';
import { italian } from './italian.ts';
import type { Lexicon } from './lexicon.ts';
import { spanish } from './spanish.ts';

export const LEXICONS_BY_LANGUAGE: Readonly<Record<string, Lexicon>> = {
  it: italian,
  en: english,
  es: spanish,
  fr: french,
  de: german,
};
