// Who the credentials belong to: the brand's user id is needed to read its mentions and DMs and
// to recognise its own posts.
import type { TwitterApi } from 'twitter-api-v2';
import { ChannelError } from '../../errors.ts';
import { asId, asString, isRecord } from './json-values.ts';
import { mapXError } from './map-x-error.ts';

export interface XBrandUser {
  id: string;
  username: string;
}

export async function getBrandUser(client: TwitterApi): Promise<XBrandUser> {
  const body = await client.v2.get<unknown>('users/me').catch((error: unknown) => {
    throw mapXError(error, { operation: 'read' });
  });
  const user = isRecord(body) && isRecord(body.data) ? body.data : {};
  const id = asId(user.id);
  const username = asString(user.username);
  if (id === undefined || username === undefined) {
    throw new ChannelError('x_unexpected_response', 'GET /2/users/me answered without data.id and data.username');
  }
  return { id, username };
}
