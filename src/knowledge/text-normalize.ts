// Turns a social post into plain lower-case words separated by spaces: what a customer asks,
// without the noise around it. Accents are kept here: stemmers need them (see text-tokenize).

import { collapseWhitespace } from '../core/triage/text-patterns.ts';

const URLS = /\b(?:https?:\/\/|www\.)\S+/giu;
const MAY_HOLD_URL = /:\/\/|www\./i;
const EMAILS = /\S+@\S+\.\S+/gu;
const HANDLES = /(^|[^\p{L}\p{N}_])@[\p{L}\p{N}_]+/gu;
const HASHTAGS = /#([\p{L}\p{N}_]+)/gu;
const CAMEL_CASE = /(\p{Ll})(\p{Lu})/gu;
const APOSTROPHES = /[’ʼ`´]/gu;
// Punctuation, symbols and emoji; whitespace is collapsed once at the end.
const NON_WORD = /[^\p{L}\p{N}'\s]+/gu;
// "Wi-Fi", "e-mail", "e-SIM" are one word, written with or without the hyphen: joined after a
// prefix of one or two letters, they meet "wifi", "email", "esim". Others ("top-up") stay two.
const SHORT_PREFIX_HYPHEN = /(?<![\p{L}\p{N}-])(\p{L}{1,2})-(?=\p{L}{2})/gu;

// Italian and French elided articles, prepositions and other function words ("cos'è" is "cosa
// è", "senz'" is "senza"): "dell'offerta" is about "offerta".
const ELIDED = new Set(
  (
    'l dell dall nell sull all coll un c d n s m t v j qu quest quell nessun tutt bell sant ' +
    'cos com quant dev senz anch gl nient ognun qualcun ' +
    'lorsqu puisqu jusqu presqu quoiqu'
  ).split(' '),
);
const ELIDING_LANGUAGES = new Set(['it', 'fr', 'ca']);

// English contractions, with and without the apostrophe tweets often leave out.
const NEGATED_EN = /\b(do|does|did|is|are|was|were|has|have|had|could|would|should|must|need)n'?t\b/gu;
const IRREGULAR_NEGATED_EN: [RegExp, string][] = [
  [/\bcan'?t\b/gu, 'can not'],
  [/\bwon'?t\b/gu, 'will not'],
  [/\bcannot\b/gu, 'can not'],
  [/\bain'?t\b/gu, 'is not'],
];
const CLITICS_EN = /'(?:s|re|ve|ll|d|m)\b/gu;

function splitApostrophes(text: string, lang: string): string {
  return text.replace(/[\p{L}\p{N}]*'[\p{L}\p{N}']*/gu, (word) => {
    const parts = word.split("'").filter(Boolean);
    if (ELIDING_LANGUAGES.has(lang)) {
      while (parts.length > 1 && ELIDED.has(parts[0] ?? '')) parts.shift();
    }
    return parts.join(' ');
  });
}

function expandEnglish(text: string): string {
  let out = text;
  for (const [pattern, replacement] of IRREGULAR_NEGATED_EN) out = out.replace(pattern, replacement);
  return out.replace(NEGATED_EN, '$1 not').replace(CLITICS_EN, '');
}

/** Lower-case words of `text` separated by single spaces, with handles, URLs and emoji gone. */
export function normalizeText(text: string, lang: string): string {
  // Each step runs on every message and every knowledge text: those the text cannot concern
  // (no "@", no "#", no hyphen...) are skipped on a cheap look first.
  let out = text.normalize('NFKC');
  if (MAY_HOLD_URL.test(out)) out = out.replace(URLS, ' ');
  if (out.includes('@')) out = out.replace(EMAILS, ' ').replace(HANDLES, '$1 ');
  if (out.includes('#')) out = out.replace(HASHTAGS, (_tag, word: string) => ` ${word.replace(CAMEL_CASE, '$1 $2')} `);
  out = out.toLowerCase().replace(APOSTROPHES, "'");
  if (out.includes('-')) out = out.replace(SHORT_PREFIX_HYPHEN, '$1');
  if (lang === 'en') out = expandEnglish(out);
  out = out.replace(NON_WORD, ' ');
  if (out.includes("'")) out = splitApostrophes(out, lang).replace(/'/g, ' ');
  return collapseWhitespace(out).trim();
}
