// The brand's newest post (GET /2/users/:id/tweets, one request of X's smallest page): a sign of
// life that survives when Redis lost everything. Its replies are the newest answered moment,
// so mentions after it are the ones nobody answered.
import type { TwitterApi } from 'twitter-api-v2';
import { asId, isRecord } from './json-values.ts';
import { mapXError } from './map-x-error.ts';
import { readTime } from './normalize-tweet.ts';
import { timeOfXId } from './time-of-x-id.ts';

/** X's smallest page for this endpoint. */
const SMALLEST_PAGE = 5;

export async function fetchNewestOwnPost(client: TwitterApi, brandUserId: string): Promise<{ id: string; at: string } | undefined> {
  const body = await client.v2
    .get<unknown>(`users/${encodeURIComponent(brandUserId)}/tweets`, { max_results: SMALLEST_PAGE, 'tweet.fields': 'created_at' })
    .catch((error: unknown) => {
      throw mapXError(error, { operation: 'read' });
    });
  const newest = isRecord(body) && Array.isArray(body.data) ? body.data[0] : undefined;
  const id = isRecord(newest) ? asId(newest.id) : undefined;
  const at = id === undefined ? undefined : (readTime(isRecord(newest) ? newest.created_at : undefined) ?? timeOfXId(id));
  return id === undefined || at === undefined ? undefined : { id, at };
}
