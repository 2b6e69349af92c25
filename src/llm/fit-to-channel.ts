// Public replies fit the channel (PLAYBOOK, Language and tone): one post on X, with a link for
// the rest; private messages and other channels get the whole answer.
import twitterText from 'twitter-text';
import type { ChannelId, MessageKind } from '../core/model.ts';

/** X's limit for one post, in X's weighted characters. */
export const MAX_TWEET_CHARS = 280;
const ELLIPSIS = '…';
/** Cuts of last resort fall between user-perceived characters, never inside an emoji sequence. */
const GRAPHEMES = new Intl.Segmenter('und', { granularity: 'grapheme' });

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
  return fitGraphemes(parts.greeting, MAX_TWEET_CHARS);
}

/**
 * Length of a post as X counts it, with X's own rules (twitter-text, the library X publishes for
 * this): every URL X would link counts 23, emoji sequences 2, CJK and other heavy scripts 2 per
 * character, Latin letters with combining accents 1.
 */
export function countTweetChars(text: string): number {
  return twitterText.parseTweet(text).weightedLength;
}

function trimToFit(greeting: string, text: string, link: string | undefined): string | undefined {
  const fits = (candidate: string) =>
    candidate !== '' && countTweetChars(joinParts({ greeting, text: candidate, link })) <= MAX_TWEET_CHARS;
  const urls = findUrlSpans(text);
  const sentences = cutPoints(text, /[.!?…](?=\s)/gu, urls).map((end) => text.slice(0, end));
  const words = cutPoints(text, /\S(?=\s)/gu, urls).map((end) => withEllipsis(text.slice(0, end)));
  const letters = graphemeEnds(text, urls).map((end) => withEllipsis(text.slice(0, end)));
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
    .filter((end) => !insideUrl(end, urls));
}

function graphemeEnds(text: string, urls: UrlSpan[]): number[] {
  return [...GRAPHEMES.segment(text)]
    .map(({ index, segment }) => index + segment.length)
    .filter((end) => !insideUrl(end, urls));
}

function insideUrl(end: number, urls: UrlSpan[]): boolean {
  return urls.some((url) => end > url.start && end < url.end);
}

function withEllipsis(cut: string): string {
  return `${cut.trimEnd().replace(/[\s,;:\-–—]+$/u, '')}${ELLIPSIS}`;
}

/** A greeting too long for a post on its own (never in practice): cut between characters. */
function fitGraphemes(text: string, limit: number): string {
  let out = '';
  for (const { segment } of GRAPHEMES.segment(text)) {
    if (countTweetChars(out + segment + ELLIPSIS) > limit) return out + ELLIPSIS;
    out += segment;
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
}

/** The URLs X would link, where they are in the text (UTF-16 offsets, as String.slice takes). */
function findUrlSpans(text: string): UrlSpan[] {
  return twitterText.extractUrlsWithIndices(text).map(({ indices: [start, end] }) => ({ start, end }));
}
