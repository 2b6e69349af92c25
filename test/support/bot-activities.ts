// Activities as Bot Framework channels POST them to a bot's /api/messages (Web Chat over Direct
// Line, Teams), built with overrides, and a helper that posts them to the real service.
import { randomUUID } from 'node:crypto';

export const BOT = { id: 'bot-pronto', name: 'Pronto' };
export const TEAMS_BOT = { id: '28:11111111-2222-3333-4444-555555555555', name: 'Pronto' };

type Json = Record<string, unknown>;

/** A Web Chat (Direct Line) message in a one-to-one conversation: ids shaped like Direct Line's. */
export function aWebChatMessage(serviceUrl: string, overrides: Json & { conversationId?: string } = {}): Json {
  const { conversationId = `dl-${randomUUID().slice(0, 8)}`, ...rest } = overrides;
  return {
    type: 'message',
    id: `${conversationId}|${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`,
    timestamp: new Date().toISOString(),
    channelId: 'webchat',
    serviceUrl,
    from: { id: 'user-mario', name: 'Mario Rossi' },
    conversation: { id: conversationId },
    recipient: BOT,
    locale: 'it-IT',
    text: 'come faccio a ricaricare?',
    ...rest,
  };
}

/** A message in a Teams channel thread; `mentioned` puts the bot's @mention in the text and entities, as Teams does. */
export function aTeamsChannelMessage(serviceUrl: string, options: { text: string; mentioned: boolean; id?: string }): Json {
  const mention = `<at>${TEAMS_BOT.name}</at>`;
  return {
    type: 'message',
    id: options.id ?? String(Date.now()),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: { id: '29:user-anna', name: 'Anna Neri', aadObjectId: 'aad-anna' },
    conversation: { id: `19:general@thread.tacv2;messageid=${Date.now()}`, conversationType: 'channel', isGroup: true, tenantId: 'tenant-1' },
    recipient: TEAMS_BOT,
    text: options.mentioned ? `${mention}&nbsp;${options.text}` : options.text,
    entities: options.mentioned ? [{ type: 'mention', mentioned: TEAMS_BOT, text: mention }] : [],
    channelData: { tenant: { id: 'tenant-1' }, channel: { id: '19:general@thread.tacv2' } },
  };
}

export function aConversationUpdate(serviceUrl: string, overrides: Json & { conversationId?: string; membersAdded?: { id: string; name?: string }[] } = {}): Json {
  const { conversationId = `dl-${randomUUID().slice(0, 8)}`, membersAdded = [{ id: 'user-mario', name: 'Mario Rossi' }], ...rest } = overrides;
  return {
    type: 'conversationUpdate',
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'webchat',
    serviceUrl,
    from: { id: 'user-mario', name: 'Mario Rossi' },
    conversation: { id: conversationId },
    recipient: BOT,
    locale: 'it-IT',
    membersAdded,
    ...rest,
  };
}

export async function postActivity(port: number, activity: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  const response = await fetch(`http://127.0.0.1:${port}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof activity === 'string' ? activity : JSON.stringify(activity),
  });
  return { status: response.status, body: await response.text() };
}
