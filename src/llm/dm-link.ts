// On X a brand can only write to someone who follows it or opened its DMs (the "double
// following" problem, PLAYBOOK): a public reply carries a link that opens a DM with the brand.
import type { ChannelId } from '../core/model.ts';
import type { ResponderSettings } from '../core/settings.ts';

const X_DM_COMPOSE_URL = 'https://x.com/messages/compose';

/** The link that opens a DM with the brand, where the channel has one and it is configured. */
export function buildDmLink(
  channel: ChannelId,
  settings: Pick<ResponderSettings, 'xDmRecipientId'>,
): string | undefined {
  const recipient = settings.xDmRecipientId?.trim();
  if (channel !== 'twitter' || recipient === undefined || recipient === '') return undefined;
  return `${X_DM_COMPOSE_URL}?recipient_id=${encodeURIComponent(recipient)}`;
}
