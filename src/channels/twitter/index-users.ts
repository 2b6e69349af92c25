// X sends each author once in `includes.users` (v2 expansions); posts refer to them by id.
import type { Author } from '../../core/model.ts';
import { asId, asNumber, asRecords, asString, isRecord } from './json-values.ts';

/** Authors by user id from a v2 response's `includes`. */
export function indexUsers(includes: unknown): Map<string, Author> {
  const users = new Map<string, Author>();
  const list = isRecord(includes) ? asRecords(includes.users) : [];
  for (const user of list) {
    const id = asId(user.id);
    if (id === undefined) continue;
    const metrics = isRecord(user.public_metrics) ? user.public_metrics : {};
    const handle = asString(user.username);
    const name = asString(user.name);
    const followers = asNumber(metrics.followers_count);
    users.set(id, {
      id,
      ...(handle !== undefined ? { handle } : {}),
      ...(name !== undefined ? { name } : {}),
      ...(followers !== undefined ? { followers } : {}),
      ...(typeof user.verified === 'boolean' ? { verified: user.verified } : {}),
    });
  }
  return users;
}
