import type { TextToken } from './text-tokenize.ts';

/**
 * The topic words of one entry (all its translations), each with its credit: how much finding
 * a post's word there counts towards the entry covering the post (see match-evidence).
 */
export interface EntryTopics {
  credits: Map<string, number>;
  /** The same credits under each proper prefix of MIN_PREFIX_CHARS or more of the stems. */
  prefixes: Map<string, number>;
}

// A post's word found only in the answer's first paragraph is half the evidence of one found
// in the ways customers ask (title, questions, tags); later paragraphs explain around the topic
// ("if the app won't open, update it" in a login answer) and count nothing: the first
// paragraph is the answer a public reply carries.
export const OPENING_WORD_CREDIT = 0.5;

// Stemmers leave some forms of one word apart (Italian "ricarica" → ricar, "ricaricare" →
// ricaric): a stem that begins another counts as the same word from this length on. Shorter
// stems begin too many unrelated words ("cred" → credito, credenziali).
const MIN_PREFIX_CHARS = 5;

export function createEntryTopics(): EntryTopics {
  return { credits: new Map(), prefixes: new Map() };
}

/** Adds the topic words of one text of the entry: its title, a question, its tags (credit 1) or its opening. */
export function addEntryTopics(topics: EntryTopics, tokens: TextToken[], credit: number): void {
  for (const { stem, stop, generic } of tokens) {
    if (stop || generic) continue;
    raise(topics.credits, stem, credit);
    for (let n = MIN_PREFIX_CHARS; n < stem.length; n++) raise(topics.prefixes, stem.slice(0, n), credit);
  }
}

/** The stems a post's stem begins with, longest first: the shorter forms topicCredit looks for. */
export function shorterFormsOf(stem: string): string[] {
  const forms: string[] = [];
  for (let n = stem.length - 1; n >= MIN_PREFIX_CHARS; n--) forms.push(stem.slice(0, n));
  return forms;
}

/**
 * The entry's credit for a post's stem: the stem itself, a longer stem it begins, or a shorter
 * one that begins it (`shorterForms`: shorterFormsOf(stem), made once per post, not per entry).
 */
export function topicCredit(topics: EntryTopics, stem: string, shorterForms: readonly string[]): number {
  const exact = topics.credits.get(stem) ?? topics.prefixes.get(stem);
  if (exact !== undefined) return exact;
  for (const shorter of shorterForms) {
    const credit = topics.credits.get(shorter);
    if (credit !== undefined) return credit;
  }
  return 0;
}

function raise(credits: Map<string, number>, stem: string, credit: number): void {
  if ((credits.get(stem) ?? 0) < credit) credits.set(stem, credit);
}
