// Public replies fit the channel (PLAYBOOK, Language and tone): one post on X, with a link for
// the rest; private messages and other channels get the whole answer.
import type { ChannelId, MessageKind } from '../core/model.ts';

/** X's limit for one post, in X's weighted characters. */
export const MAX_TWEET_CHARS = 280;
/** X wraps every URL in a t.co link that counts as 23 characters, whatever its real length. */
export const TWEET_URL_CHARS = 23;

/** URLs with a scheme or `www.`: X counts each as exactly TWEET_URL_CHARS. */
const SCHEME_URL = /(?:https?:\/\/|www\.)[^\s]+/giu;
/**
 * Bare domains ("lumo.it/help"): X links them when the TLD is real; counting them as at least a
 * URL never under-counts, whichever way X decides.
 */
const BARE_DOMAIN = /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/[^\s]*)?/giu;
/** Punctuation that ends a sentence rather than belonging to the URL before it. */
const URL_TRAILING_PUNCTUATION = /[.,;:!?)"'»]+$/u;
const ELLIPSIS = '…';

/**
 * Code point ranges X counts as one character (twitter-text v3 config); everything else,
 * emoji included, counts as two.
 */
const LIGHT_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0, 4351],
  [8192, 8205],
  [8208, 8223],
  [8242, 8247],
];

export interface ReplyParts {
  greeting: string;
  text: string;
  link?: string;
}

/** The reply for a channel: one post for a public mention on X, the whole text elsewhere. */
export function fitToChannel(parts: ReplyParts, where: { channel: ChannelId; kind: MessageKind }): string {
  return where.channel === 'twitter' && where.kind === 'mention' ? fitTweet(parts) : joinParts(parts);
}

/**
 * Greeting + text + link when they fit one post. Otherwise the link goes first; when the text
 * itself is too long it is cut at the last whole sentence that fits (keeping the link, which
 * leads to the rest), else at a word with "…", and only as a last resort inside a word. A URL is
 * never cut.
 */
export function fitTweet(parts: ReplyParts): string {
  const whole = joinParts(parts);
  if (countTweetChars(whole) <= MAX_TWEET_CHARS) return whole;
  const withoutLink = joinParts({ greeting: parts.greeting, text: parts.text });
  if (countTweetChars(withoutLink) <= MAX_TWEET_CHARS) return withoutLink;
  const attempts = parts.link === undefined ? [undefined] : [parts.link, undefined];
  for (const link of attempts) {
    const fitted = trimToFit(parts.greeting, parts.text, link);
    if (fitted !== undefined) return fitted;
  }
  return fitCodePoints(parts.greeting, MAX_TWEET_CHARS);
}

/** Length of a post as X counts it: URLs as 23, light code points as 1, others as 2. */
export function countTweetChars(text: string): number {
  let total = 0;
  let last = 0;
  for (const span of findUrlSpans(text)) {
    total += countCodePoints(text.slice(last, span.start)) + span.weight;
    last = span.end;
  }
  return total + countCodePoints(text.slice(last));
}

function trimToFit(greeting: string, text: string, link: string | undefined): string | undefined {
  const fits = (candidate: string) =>
    candidate !== '' && countTweetChars(joinParts({ greeting, text: candidate, link })) <= MAX_TWEET_CHARS;
  const urls = findUrlSpans(text);
  const sentences = cutPoints(text, /[.!?…](?=\s)/gu, urls).map((end) => text.slice(0, end));
  const words = cutPoints(text, /\S(?=\s)/gu, urls).map((end) => withEllipsis(text.slice(0, end)));
  const letters = codePointEnds(text, urls).map((end) => withEllipsis(text.slice(0, end)));
  for (const candidates of [sentences, words, letters]) {
    const best = candidates.reverse().find(fits);
    if (best !== undefined) return joinParts({ greeting, text: best, link });
  }
  return undefined;
}

/** Ends (exclusive) of `boundary` matches that do not fall inside a URL. */
function cutPoints(text: string, boundary: RegExp, urls: UrlSpan[]): number[] {
  return [...text.matchAll(boundary)]
    .map((match) => match.index + match[0].length)
    .filter((end) => !urls.some((url) => end > url.start && end < url.end));
}

function codePointEnds(text: string, urls: UrlSpan[]): number[] {
  const ends: number[] = [];
  let end = 0;
  for (const char of text) {
    end += char.length;
    if (!urls.some((url) => end > url.start && end < url.end)) ends.push(end);
  }
  return ends;
}

function withEllipsis(cut: string): string {
  return `${cut.trimEnd().replace(/[\s,;:\-–—]+$/u, '')}${ELLIPSIS}`;
}

/** A greeting too long for a post on its own (never in practice): cut by code points. */
function fitCodePoints(text: string, limit: number): string {
  let out = '';
  for (const char of text) {
    if (countTweetChars(out + char + ELLIPSIS) > limit) return out + ELLIPSIS;
    out += char;
  }
  return out;
}

function joinParts(parts: ReplyParts): string {
  return [parts.greeting, parts.text, parts.link ?? '']
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' ');
}

interface UrlSpan {
  start: number;
  end: number;
  weight: number;
}

function findUrlSpans(text: string): UrlSpan[] {
  const spans: UrlSpan[] = [];
  for (const match of text.matchAll(SCHEME_URL)) {
    spans.push(spanOf(match, () => TWEET_URL_CHARS));
  }
  for (const match of text.matchAll(BARE_DOMAIN)) {
    const span = spanOf(match, (url) => Math.max(countCodePoints(url), TWEET_URL_CHARS));
    if (!spans.some((other) => span.start < other.end && other.start < span.end)) spans.push(span);
  }
  return spans.sort((a, b) => a.start - b.start);
}

function spanOf(match: RegExpExecArray | RegExpMatchArray, weigh: (url: string) => number): UrlSpan {
  const url = match[0].replace(URL_TRAILING_PUNCTUATION, '');
  const start = match.index ?? 0;
  return { start, end: start + url.length, weight: weigh(url) };
}

function countCodePoints(text: string): number {
  let total = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    total += LIGHT_RANGES.some(([low, high]) => code >= low && code <= high) ? 1 : 2;
  }
  return total;
}
