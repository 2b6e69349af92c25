// Defence in depth: a public reply never repeats a personal-data value the customer posted
// (PLAYBOOK, Answer in public, then go private), even if a template or an entry happened to
// contain it. The sentence that carries it is dropped, whatever the formatting of the value.
import type { PersonalDataFinding } from '../core/model.ts';
import { normalizeForDetection } from '../privacy/normalize-for-detection.ts';

/** Trailing digits that identify a phone number with or without its country prefix. */
const PHONE_IDENTIFYING_DIGITS = 7;

/** Sentence or line boundaries, kept so the text around a dropped sentence stays intact. */
const SENTENCE_BOUNDARY = /((?<=[.!?…])\s+|\n+)/u;

/** The text without the sentences that contain any of the findings' values. */
export function removePersonalData(text: string, findings: readonly PersonalDataFinding[]): string {
  const matchers = findings.map(matcherFor).filter((m): m is (s: string) => boolean => m !== undefined);
  if (matchers.length === 0) return text;
  const pieces = text.split(SENTENCE_BOUNDARY);
  const kept: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const sentence = pieces[i] ?? '';
    if (matchers.some((contains) => contains(sentence))) continue;
    kept.push(sentence, pieces[i + 1] ?? '');
  }
  return kept.join('').trim();
}

function matcherFor(finding: PersonalDataFinding): ((sentence: string) => boolean) | undefined {
  switch (finding.type) {
    case 'email': {
      const value = lowerCaseOf(finding.value.trim());
      return value === '' ? undefined : (s) => lowerCaseOf(s).includes(value);
    }
    case 'phone': {
      const digits = digitsOf(finding.value).slice(-PHONE_IDENTIFYING_DIGITS);
      return digits === '' ? undefined : (s) => digitsOf(s).includes(digits);
    }
    default: {
      const value = alphanumericOf(finding.value);
      return value === '' ? undefined : (s) => alphanumericOf(s).includes(value);
    }
  }
}

// Compared as detection reads them: a value the customer disguised (full-width digits, zero-width
// characters) is still recognised when a text repeats it plainly, and the other way round.
function lowerCaseOf(text: string): string {
  return normalizeForDetection(text).text.toLowerCase();
}

function digitsOf(text: string): string {
  return normalizeForDetection(text).text.replace(/\D+/gu, '');
}

function alphanumericOf(text: string): string {
  return normalizeForDetection(text).text.replace(/[^\p{L}\p{N}]+/gu, '').toUpperCase();
}
