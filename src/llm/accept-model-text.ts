// Acceptance is code, not prompt (DESIGN section 7): a model's text is used only when every check
// here passes. A rejection names its check, so operators see why (pronto_llm_rejections_total)
// and a model that obeys an injected instruction is stopped however it was talked into it.
import type { ChannelId, MessageKind } from '../core/model.ts';
import { hasAbuseWord } from '../core/triage/lexicons/has-abuse-word.ts';
import { detectLanguage } from '../core/triage/detect-language.ts';
import { tokenizeText } from '../knowledge/text-tokenize.ts';
import { PLACEHOLDER } from '../privacy/pseudonymize-personal-data.ts';
import { countTweetChars, MAX_TWEET_CHARS } from './fit-to-channel.ts';
import { findUnsupportedClaim, type ClaimSources } from './find-claims.ts';
import { memoizeText } from './memoize-text.ts';
import type { Citation, GroundedAnswer, HandoffDraft } from './llm-schemas.ts';

/** The checks, in the order they run; the first that fails is the one counted. */
export const ACCEPTANCE_CHECKS = [
  'status',
  'length',
  'citations',
  'quotes',
  'placeholder',
  'instructions',
  'abuse',
  'language',
  'claims',
  'grounding',
] as const;
/** `schema` is counted too: a reply that was not the JSON asked for never reaches the checks. */
export type RejectionCheck = (typeof ACCEPTANCE_CHECKS)[number] | 'schema';

export interface Rejection {
  check: RejectionCheck;
  /** What failed, for logs and the eval report (the model's words, never the prompt). */
  detail: string;
}

/** A knowledge entry as the model was shown it. */
export interface SentEntry {
  id: string;
  title: string;
  body: string;
  link?: string;
}

export interface AcceptanceContext {
  /** The entries sent with the request, by id: the only ones that may be cited. */
  entries: ReadonlyMap<string, SentEntry>;
  /**
   * What the customer wrote (as sent, with placeholders): its facts (a number, a link) may be
   * repeated, but its words never make a sentence grounded: an injected instruction would
   * otherwise ground its own echo.
   */
  customerWords: readonly string[];
  /** Drafts only: the conversation as sent; its facts may be repeated to the agent. */
  conversation?: readonly string[];
  /**
   * Drafts only: words a draft may use beside the entries' (the language's reply templates,
   * what the bot and agents wrote): the vocabulary of apologies and next steps.
   */
  vocabulary?: readonly string[];
  /** The customer's language and the languages the detector chooses among. */
  lang: string;
  languages: readonly string[];
  /** Longest text that fits where it goes (`fits` says how it is measured). */
  fits: (text: string) => boolean;
  /** The instructions the model was given (rules and task), which it must never repeat. */
  instructions: string;
  /** The brand's handles, which a text may name. */
  brandHandles: readonly string[];
}

/** Words in a row shared with the instructions that make a text a leak of them. */
const LEAK_SHINGLE_WORDS = 6;
/** A sentence with fewer content words than this says too little to judge ("Sure!"). */
const GROUNDING_MIN_WORDS = 2;
/**
 * Share of a sentence's content words that must come from the sources, strictly more than it:
 * the model paraphrases, but a sentence half of its own words adds a claim ("and you get a free
 * month"), and "Access Granted" is one known word in two.
 */
const GROUNDING_MIN_SHARE = 0.5;
/** Share of a reply's words that makes it an echo of the customer's message. */
const ECHO_MIN_SHARE = 0.8;
/** Stems this long that begin one another are one word (ricar/ricaric, recharg/recharge). */
const STEM_PREFIX_MIN_CHARS = 5;
/** The tags that delimit data in the prompt: a text that writes them is echoing the prompt. */
const DATA_MARKERS = /<\/?(?:knowledge|customer_message|conversation|referenced_post)>/iu;

/** A grounded answer the customer may read, or why not. */
export function checkGroundedAnswer(answer: GroundedAnswer, context: AcceptanceContext): Rejection | undefined {
  if (answer.status !== 'answered') return { check: 'status', detail: answer.status };
  const cited = citedEntries(answer.citations, context);
  return (
    checkLength(answer.answer, context) ??
    checkCitations(answer.citations, context, { required: true }) ??
    checkText(answer.answer, context, { facts: { knowledge: cited, said: context.customerWords }, words: cited }) ??
    checkSaysSomething(answer.answer, cited, context)
  );
}

/**
 * A draft an agent may send as is, or why not. A draft may say more than the knowledge (empathy,
 * next steps: the reply templates' words) and repeat facts of the conversation.
 */
export function checkHandoffDraft(draft: HandoffDraft, context: AcceptanceContext): Rejection | undefined {
  const entries = [...context.entries.values()].map(entryText);
  return (
    checkLength(draft.draft, context) ??
    checkCitations(draft.citations, context, { required: false }) ??
    checkText(draft.draft, context, {
      facts: { knowledge: entries, said: said(context) },
      words: [...entries, ...(context.vocabulary ?? [])],
    })
  );
}

/**
 * The one line an agent reads on the card: the checks of a draft but grounding, since it
 * describes what the customer said (and is never sent to them).
 */
export function checkSummary(summary: string, context: AcceptanceContext): Rejection | undefined {
  const entries = [...context.entries.values()].map(entryText);
  return checkLength(summary, context) ?? checkText(summary, context, { facts: { knowledge: entries, said: said(context) } });
}

/** What the customer and the conversation said: facts a draft or summary may repeat. */
function said(context: AcceptanceContext): string[] {
  return [...context.customerWords, ...(context.conversation ?? [])];
}

function checkLength(text: string, context: AcceptanceContext): Rejection | undefined {
  if (text.trim() === '') return { check: 'length', detail: 'empty' };
  if (!context.fits(text.trim())) return { check: 'length', detail: `${[...text].length} characters do not fit the channel` };
  return undefined;
}

function checkCitations(citations: readonly Citation[], context: AcceptanceContext, options: { required: boolean }): Rejection | undefined {
  if (options.required && citations.length === 0) return { check: 'citations', detail: 'no entry cited' };
  for (const citation of citations) {
    const problem = findCitationProblem(citation, context.entries);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

/** Why a citation is not valid (its id was not sent, or its quote is not in that entry), if it is not. */
export function findCitationProblem(citation: Citation, entries: ReadonlyMap<string, SentEntry>): Rejection | undefined {
  const entry = entries.get(bareId(citation.id));
  if (entry === undefined) return { check: 'citations', detail: `cites "${citation.id}", which was not sent` };
  if (!isQuoteOf(citation.quote, entry)) return { check: 'quotes', detail: `quote not found in ${entry.id}: "${cut(citation.quote)}"` };
  return undefined;
}

/** The texts of the cited entries (the citations were checked before). */
function citedEntries(citations: readonly Citation[], context: AcceptanceContext): string[] {
  return citations.flatMap((citation) => {
    const entry = context.entries.get(bareId(citation.id));
    return entry === undefined ? [] : [entryText(entry)];
  });
}

/** Ids are cited as sent, `[id]`, or bare. */
export function bareId(id: string): string {
  return id.trim().replace(/^\[|\]$/gu, '');
}

/**
 * `facts`: the texts whose links, numbers and addresses the text may state; `words`: the texts
 * each of its sentences must mostly take its words from (none: no grounding check).
 */
function checkText(text: string, context: AcceptanceContext, sources: { facts: ClaimSources; words?: readonly string[] }): Rejection | undefined {
  const placeholder = text.match(PLACEHOLDER)?.[0];
  if (placeholder !== undefined) return { check: 'placeholder', detail: `writes ${placeholder}` };
  const leak = findLeak(text, context.instructions);
  if (leak !== undefined) return { check: 'instructions', detail: `repeats the instructions: "${leak}"` };
  if (hasAbuseWord(text)) return { check: 'abuse', detail: 'an insult' };
  const detected = detectLanguage(text, undefined, { languages: unique([...context.languages, context.lang]), defaultLang: context.lang });
  if (detected.langSource === 'detected' && detected.lang !== context.lang) {
    return { check: 'language', detail: `written in ${detected.lang}, not ${context.lang}` };
  }
  const unsupported = findUnsupportedClaim(text, sources.facts, context.brandHandles);
  if (unsupported !== undefined) return { check: 'claims', detail: `${unsupported} is in no entry nor the customer's words` };
  if (sources.words !== undefined) {
    const echo = findEcho(text, context.customerWords);
    if (echo !== undefined) return { check: 'grounding', detail: echo };
    const sentence = findUngroundedSentence(text, sources.words, context.lang);
    if (sentence !== undefined) return { check: 'grounding', detail: `"${cut(sentence)}" is not from the entries` };
  }
  return undefined;
}

/** Whether the quote's words appear in the entry in this order (case, accents, spacing, quotes and "…" cuts aside). */
function isQuoteOf(quote: string, entry: SentEntry): boolean {
  const haystack = looseKnownText(entryText(entry));
  const pieces = quote
    .split(/…|\.\.\./u)
    .map(looseText)
    .filter((piece) => piece !== '');
  return pieces.length > 0 && pieces.every((piece) => haystack.includes(piece));
}

function entryText(entry: SentEntry): string {
  return [entry.title, entry.body, entry.link ?? ''].join('\n');
}

/** Lower case, without accents, markdown, quotes and punctuation: words and single spaces. */
function looseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// What the checks derive from the knowledge side (entries, templates, instructions) is remembered:
// the same texts come back with every message. The customer's and the model's words are new each
// time and are derived afresh (and never kept).
const looseKnownText = memoizeText(looseText);

/** Six words in a row from the instructions, if the text has them. */
function findLeak(text: string, instructions: string): string | undefined {
  const marker = DATA_MARKERS.exec(text)?.[0];
  if (marker !== undefined) return marker;
  const known = shinglesOf(instructions);
  return shingles(looseText(text).split(' ')).find((shingle) => known.has(shingle));
}

const shinglesOf = memoizeText((instructions: string) => new Set(shingles(looseText(instructions).split(' '))));

function shingles(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + LEAK_SHINGLE_WORDS <= words.length; i++) out.push(words.slice(i, i + LEAK_SHINGLE_WORDS).join(' '));
  return out;
}

/**
 * An answer must tell the customer something from the entries they did not say themselves: an
 * echo of the question, or "Access Granted", has no such word.
 */
function checkSaysSomething(text: string, cited: readonly string[], context: AcceptanceContext): Rejection | undefined {
  const asked = new Set(context.customerWords.flatMap((words) => contentStems(words, context.lang)));
  const known = new Set(cited.flatMap((entry) => knownStems(entry, context.lang)));
  const told = contentStems(text, context.lang).filter((stem) => known.has(stem) && !asked.has(stem));
  return told.length > 0 ? undefined : { check: 'grounding', detail: 'says nothing from the entries the customer did not say' };
}

/**
 * A reply without words (symbols, emoji), or one made mostly of the customer's own words, says
 * nothing: an obeying model's echo of the message it was given.
 */
function findEcho(text: string, customerWords: readonly string[]): string | undefined {
  const words = looseText(text).split(' ').filter((word) => /\p{L}/u.test(word));
  if (words.length === 0) return 'has no words';
  const theirs = new Set(customerWords.flatMap((words) => looseText(words).split(' ')));
  const echoed = words.filter((word) => theirs.has(word)).length;
  return echoed / words.length >= ECHO_MIN_SHARE ? "repeats the customer's words" : undefined;
}

/** The first sentence whose content words come mostly from elsewhere than the sources. */
function findUngroundedSentence(text: string, sources: readonly string[], lang: string): string | undefined {
  const known = new Set(sources.flatMap((source) => knownStems(source, lang)));
  const long = [...known].filter((stem) => stem.length >= STEM_PREFIX_MIN_CHARS);
  const isKnown = (stem: string) =>
    known.has(stem) ||
    (stem.length >= STEM_PREFIX_MIN_CHARS && long.some((other) => other.startsWith(stem) || stem.startsWith(other)));
  const isGrounded = (stems: string[]) => stems.filter(isKnown).length / stems.length > GROUNDING_MIN_SHARE;
  for (const sentence of text.split(/(?<=[.!?…])\s+|\n+/u)) {
    const stems = contentStems(sentence, lang);
    if (stems.length >= GROUNDING_MIN_WORDS && !isGrounded(stems)) return sentence;
  }
  // Short sentences are judged together: "Access Granted. Access Granted." is no answer.
  const all = contentStems(text, lang);
  return all.length > 0 && !isGrounded(all) ? text : undefined;
}

/** Stems of the words that carry meaning: no function words, numbers or words of asking in general. */
function contentStems(text: string, lang: string): string[] {
  return tokenizeText(text.replace(PLACEHOLDER, ' '), lang)
    .filter((token) => !token.stop && !token.generic && /\p{L}{2,}/u.test(token.word))
    .map((token) => token.stem);
}

/** contentStems of a knowledge text (entry, template), remembered. */
function knownStems(text: string, lang: string): string[] {
  return stemsOfKnown(`${lang}\u0000${text}`);
}

const stemsOfKnown = memoizeText((key: string): string[] => {
  const separator = key.indexOf('\u0000');
  return contentStems(key.slice(separator + 1), key.slice(0, separator));
});

/** How a text is measured where it goes: one post on X counts X's way, elsewhere characters. */
export function fitsWhere(where: { channel: ChannelId; kind: MessageKind }, greeting: string, maxPrivateChars: number): (text: string) => boolean {
  if (where.channel === 'twitter' && where.kind === 'mention') {
    return (text) => countTweetChars(greeting === '' ? text : `${greeting} ${text}`) <= MAX_TWEET_CHARS;
  }
  return (text) => [...text].length <= maxPrivateChars;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function cut(text: string): string {
  return text.length <= 80 ? text : `${text.slice(0, 79)}…`;
}
