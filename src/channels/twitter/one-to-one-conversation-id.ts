// X names a one-to-one DM conversation after its two participants, smaller id first
// ("<low>-<high>"). Used where an event lacks `dm_conversation_id` (v1.1 webhooks).
import { compareXIds } from './compare-x-ids.ts';

export function oneToOneConversationId(userA: string, userB: string): string {
  return compareXIds(userA, userB) <= 0 ? `${userA}-${userB}` : `${userB}-${userA}`;
}
