// X sends each author and each referenced post once in `includes` (v2 expansions); posts refer
// to them by id.
import type { Author } from '../../core/model.ts';
import { asId, asNumber, asRecords, asString, isRecord } from './json-values.ts';

export interface XIncludes {
  /** Authors by user id (`includes.users`). */
  users: Map<string, Author>;
  /** Posts replied to or quoted, by id (`includes.tweets`), as X sent them. */
  tweets: Map<string, Record<string, unknown>>;
}

/**
 * The authors and referenced posts of a v2 response. `verifiedTypes` are the X verification
 * types that count as verified for influence (Author.verified).
 */
export function readIncludes(includes: unknown, verifiedTypes: readonly string[]): XIncludes {
  const users = new Map<string, Author>();
  const tweets = new Map<string, Record<string, unknown>>();
  const sections = isRecord(includes) ? includes : {};
  for (const user of asRecords(sections.users)) {
    const id = asId(user.id);
    if (id === undefined) continue;
    const metrics = isRecord(user.public_metrics) ? user.public_metrics : {};
    const handle = asString(user.username);
    const name = asString(user.name);
    const followers = asNumber(metrics.followers_count);
    const verified = countsAsVerified(user, verifiedTypes);
    users.set(id, {
      id,
      ...(handle !== undefined ? { handle } : {}),
      ...(name !== undefined ? { name } : {}),
      ...(followers !== undefined ? { followers } : {}),
      ...(verified !== undefined ? { verified } : {}),
    });
  }
  for (const tweet of asRecords(sections.tweets)) {
    const id = asId(tweet.id);
    if (id !== undefined) tweets.set(id, tweet);
  }
  return { users, tweets };
}

/**
 * Whether a user counts as verified for influence (Author.verified). Any paid account has X's
 * badge (`verified: true`, `verified_type: "blue"`), so only the configured `verified_type`s
 * count (PRONTO_INFLUENCER_VERIFIED_TYPES, default business and government). Without a type
 * (v1.1 objects of webhooks) a badge says nothing about reach: unknown, unless X says "not
 * verified" at all.
 */
export function countsAsVerified(user: Record<string, unknown>, verifiedTypes: readonly string[]): boolean | undefined {
  const type = asString(user.verified_type);
  if (type !== undefined) return verifiedTypes.includes(type.toLowerCase());
  return user.verified === false ? false : undefined;
}
