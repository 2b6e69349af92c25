// Public replies fit the channel (PLAYBOOK, Language and tone): one post on X, with a link for
// the rest; on Facebook a comment can be long, a Messenger text is short; private messages and
// other channels get the whole answer, within what they accept.
import twitterText from 'twitter-text';
import type { ChannelId, MessageKind } from '../core/model.ts';

/** X's limit for one post, in X's weighted characters. */
export const MAX_TWEET_CHARS = 280;
/**
 * Bot Framework channels take long messages (Teams refuses those over about 28 KB with 413
 * MessageSizeTooBig: learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/
 * conversation-messages, status codes). 6,000 characters stay under it even at 4 bytes each,
 * with room for the activity around the text, and hold any knowledge entry written for people.
 */
export const MAX_BOTFRAMEWORK_CHARS = 6_000;
/** X's limit for one DM. */
export const MAX_X_DM_CHARS = 10_000;
/**
 * A Messenger text "must be UTF-8 and has a 2000 character limit" (Messenger Send API reference,
 * `message.text`); counted in UTF-16 code units, which never undercounts.
 */
export const MAX_MESSENGER_CHARS = 2_000;
/** A Facebook comment: Meta's apps stop at 8,000 characters; the Graph API documents no other limit. */
export const MAX_FACEBOOK_COMMENT_CHARS = 8_000;
const ELLIPSIS = '…';
/** Cuts of last resort fall between user-perceived characters, never inside an emoji sequence. */
const GRAPHEMES = new Intl.Segmenter('und', { granularity: 'grapheme' });

export interface ReplyParts {
  greeting: string;
  text: string;
  link?: string;
}

export interface ChannelPlace {
  channel: ChannelId;
  kind: MessageKind;
}

/** The longest reply a channel takes there (X counts its own way, see countTweetChars), if it has a limit. */
export function maxReplyChars({ channel, kind }: ChannelPlace): number | undefined {
  if (channel === 'twitter') return kind === 'mention' ? MAX_TWEET_CHARS : MAX_X_DM_CHARS;
  if (channel === 'facebook') return kind === 'mention' ? MAX_FACEBOOK_COMMENT_CHARS : MAX_MESSENGER_CHARS;
  if (channel === 'botframework') return MAX_BOTFRAMEWORK_CHARS;
  return undefined;
}

/** The reply for a channel: one post for a public mention on X, within the channel's limit elsewhere. */
export function fitToChannel(parts: ReplyParts, where: ChannelPlace): string {
  if (where.channel === 'twitter' && where.kind === 'mention') return fitTweet(parts);
  const limit = maxReplyChars(where);
  return limit === undefined ? joinParts(parts) : fitWithin(parts, limit, countChars);
}

/**
 * Greeting + text + link when they fit one post. Otherwise the link goes first; when the text
 * itself is too long it is cut at the last whole sentence that fits (keeping the link, which
 * leads to the rest), else at a word with "…", and only as a last resort inside a word. A URL is
 * never cut.
 */
export function fitTweet(parts: ReplyParts): string {
  return fitWithin(parts, MAX_TWEET_CHARS, countTweetChars);
}

/** How long a text is, as `limit` counts it. */
type CountChars = (text: string) => number;

function fitWithin(parts: ReplyParts, limit: number, count: CountChars): string {
  const whole = joinParts(parts);
  if (count(whole) <= limit) return whole;
  const withoutLink = joinParts({ greeting: parts.greeting, text: parts.text });
  if (count(withoutLink) <= limit) return withoutLink;
  const attempts = parts.link === undefined ? [undefined] : [parts.link, undefined];
  for (const link of attempts) {
    const fitted = trimToFit({ greeting: parts.greeting, text: parts.text, link }, limit, count);
    if (fitted !== undefined) return fitted;
  }
  return fitGraphemes(parts.greeting, limit, count);
}

/** UTF-16 code units: never fewer than the characters a chat channel counts. */
function countChars(text: string): number {
  return text.length;
}

/**
 * Length of a post as X counts it, with X's own rules (twitter-text, the library X publishes for
 * this): every URL X would link counts 23, emoji sequences 2, CJK and other heavy scripts 2 per
 * character, Latin letters with combining accents 1.
 */
export function countTweetChars(text: string): number {
  return X_WEIGHS_ONE.test(text) && !MAY_HOLD_URL.test(text) ? text.length : twitterText.parseTweet(text).weightedLength;
}

// Every reply is counted, most more than once, and most need no parsing: characters that X
// weighs 1 (twitter-text's config v3 ranges) and that NFC leaves alone (combining accents start
// at U+0300; U+2000 and U+2001 become other spaces of weight 1), in a text with no dot before a
// non-space, without which nothing is a URL. A test compares the shortcut with parseTweet.
const X_WEIGHS_ONE = /^[\x00-\u02ff\u2000-\u200d\u2010-\u201f\u2032-\u2037]*$/u;
const MAY_HOLD_URL = /\.\S/u;

function trimToFit({ greeting, text, link }: ReplyParts, limit: number, count: CountChars): string | undefined {
  const fits = (candidate: string) => candidate !== '' && count(joinParts({ greeting, text: candidate, link })) <= limit;
  const urls = findUrlSpans(text);
  const attempts: [() => number[], (end: number) => string][] = [
    [() => cutPoints(text, /[.!?…](?=\s)/gu, urls), (end) => text.slice(0, end)],
    [() => cutPoints(text, /\S(?=\s)/gu, urls), (end) => withEllipsis(text.slice(0, end))],
    [() => graphemeEnds(text, urls), (end) => withEllipsis(text.slice(0, end))],
  ];
  for (const [ends, cut] of attempts) {
    const best = longestFitting(ends(), cut, fits);
    if (best !== undefined) return joinParts({ greeting, text: best, link });
  }
  return undefined;
}

/**
 * The longest cut that fits. A longer cut is never shorter once counted, so a binary search
 * finds it with a few counts: a long chat answer has tens of thousands of cut points.
 */
function longestFitting(ends: number[], cut: (end: number) => string, fits: (candidate: string) => boolean): string | undefined {
  let best: string | undefined;
  let low = 0;
  let high = ends.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const candidate = cut(ends[middle]!);
    if (fits(candidate)) {
      best = candidate;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return best;
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
function fitGraphemes(text: string, limit: number, count: CountChars): string {
  let out = '';
  for (const { segment } of GRAPHEMES.segment(text)) {
    if (count(out + segment + ELLIPSIS) > limit) return out + ELLIPSIS;
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
