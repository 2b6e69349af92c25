// The checkable facts in a text: links, e-mail addresses, @handles and numbers (prices, dates,
// times, percentages, phone numbers, codes). A model's text may only state those its sources
// state, so a made-up discount, a date or a link of its own never reaches a customer.
import { PLACEHOLDER } from '../privacy/pseudonymize-personal-data.ts';
import { memoizeText } from './memoize-text.ts';

export interface Claims {
  urls: string[];
  emails: string[];
  handles: string[];
  numbers: string[];
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
/**
 * A link: anything with a scheme, or a host name (labels and a top-level name of letters) with an
 * optional path. Wider than what X would link on purpose: a made-up or internal domain is a
 * claim as much as a real one.
 */
const URL = /\b[a-z][a-z\d+.-]*:\/\/[^\s<>"'«»]+|(?<![\p{L}\p{N}@._-])(?:[\p{L}\p{N}][\p{L}\p{N}-]*\.)+\p{L}{2,}(?:[/?#][^\s<>"'«»]*)?/giu;
const HANDLE = /(?<![\p{L}\p{N}_])@[A-Za-z0-9_]{1,30}/gu;
/** A run of digits with inner separators: 9,99 · 1.000 · 14:30 · 31/12/2026 · 2026-11-20. */
const NUMBER = /\p{N}+(?:[.,:/-]\p{N}+)*/gu;
/** Thousands grouping (1.000, 10,000,000): the separators carry no meaning. */
const THOUSANDS = /^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$/u;

export function findClaims(text: string): Claims {
  // Placeholders are not facts (their digits number them); they are checked on their own.
  const plain = text.normalize('NFKC').replace(PLACEHOLDER, ' ');
  const emails = plain.match(EMAIL) ?? [];
  const withoutEmails = plain.replace(EMAIL, ' ');
  const urls = withoutEmails.match(URL) ?? [];
  const withoutUrls = withoutEmails.replace(URL, ' ');
  return {
    urls: urls.map(normalizeUrl),
    emails: emails.map((email) => email.toLowerCase()),
    handles: (withoutUrls.match(HANDLE) ?? []).map((handle) => handle.toLowerCase()),
    numbers: withoutUrls.match(NUMBER) ?? [],
  };
}

/**
 * What a text of the knowledge claims, remembered: the same entries and templates come back with
 * every message. Customers' and models' words are never the same twice and are not kept.
 */
const findKnownClaims = memoizeText(findClaims);

/** The texts whose claims a text may repeat. */
export interface ClaimSources {
  /** Texts that recur (entries, templates). */
  knowledge: readonly string[];
  /** What the customer and the conversation said. */
  said?: readonly string[];
}

/**
 * The first claim of `text` that none of `sources` makes, as "kind value", or undefined when
 * every one is supported. `allowedHandles`: the brand's own handles, which may always be named.
 */
export function findUnsupportedClaim(text: string, sources: ClaimSources, allowedHandles: readonly string[] = []): string | undefined {
  const claims = findClaims(text);
  const supported = mergeClaims([...sources.knowledge.map(findKnownClaims), ...(sources.said ?? []).map(findClaims)]);
  const handles = new Set([...supported.handles, ...allowedHandles.map((handle) => `@${handle.replace(/^@/u, '').toLowerCase()}`)]);
  const url = claims.urls.find((candidate) => !supported.urls.some((known) => sameUrl(candidate, known)));
  if (url !== undefined) return `link ${url}`;
  const email = claims.emails.find((candidate) => !supported.emails.includes(candidate));
  if (email !== undefined) return `e-mail ${email}`;
  const handle = claims.handles.find((candidate) => !handles.has(candidate));
  if (handle !== undefined) return `handle ${handle}`;
  const known = new Set(supported.numbers.flatMap(formsOfNumber));
  const number = claims.numbers.find((candidate) => !formsOfNumber(candidate).some((form) => known.has(form)));
  return number === undefined ? undefined : `number ${number}`;
}

function mergeClaims(all: Claims[]): Claims {
  return {
    urls: all.flatMap((claims) => claims.urls),
    emails: all.flatMap((claims) => claims.emails),
    handles: all.flatMap((claims) => claims.handles),
    numbers: all.flatMap((claims) => claims.numbers),
  };
}

/** Scheme, `www.`, case of the host, a trailing slash and trailing punctuation do not make another link. */
function normalizeUrl(url: string): string {
  return url
    .replace(/[.,;:!?)]+$/u, '')
    .replace(/^https?:\/\//iu, '')
    .replace(/^www\./iu, '')
    .replace(/^[^/?#]+/u, (host) => host.toLowerCase())
    .replace(/\/$/u, '');
}

/** A link is supported by the same link, or by a longer one it leads into (the article's page). */
function sameUrl(candidate: string, known: string): boolean {
  return candidate === known || (known.startsWith(candidate) && /^[/?#]/u.test(known.slice(candidate.length)));
}

/**
 * The ways one number may be written: 9,99 and 9.99 are one price, 14:30 and 14.30 one time,
 * 31/12 and 31-12 one date, and 1.000 or 1,000 may be a thousand (or, in Italian, one).
 */
function formsOfNumber(number: string): string[] {
  const unified = number.replace(/[,:]/gu, '.').replace(/-/gu, '/');
  return THOUSANDS.test(number) ? [unified, number.replace(/[.,]/gu, '')] : [unified];
}
