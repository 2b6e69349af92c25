import { Activity } from '@microsoft/agents-activity';
import { describe, expect, it } from 'vitest';
import { messageIdOf, normalizeMessage } from '../../../src/channels/botframework/normalize-message.ts';
import { aTeamsChannelMessage, aWebChatMessage } from '../../support/bot-activities.ts';

const SERVICE_URL = 'https://connector.test/';
const NOW = new Date('2026-11-20T09:00:00Z');
const activity = (raw: Record<string, unknown>) => Activity.fromObject(raw as never);

describe('normalizeMessage', () => {
  it('makes a personal chat a private message with the author, the time and the conversation reference', () => {
    const raw = aWebChatMessage(SERVICE_URL, { conversationId: 'conv-1', id: 'conv-1|0000003', timestamp: '2026-11-20T08:59:00.000Z' });
    const normalized = normalizeMessage(activity(raw), NOW);
    expect(normalized).toEqual({
      message: {
        id: 'conv-1|0000003',
        channel: 'botframework',
        kind: 'dm',
        conversationId: 'conv-1',
        author: { id: 'user-mario', name: 'Mario Rossi' },
        text: 'come faccio a ricaricare?',
        at: '2026-11-20T08:59:00.000Z',
        conversationReference: expect.objectContaining({ activityId: 'conv-1|0000003', serviceUrl: SERVICE_URL, conversation: { id: 'conv-1' }, channelId: 'webchat' }),
      },
    });
  });

  it('makes a Teams channel message public and removes the bot’s mention when the bot is mentioned', () => {
    const normalized = normalizeMessage(activity(aTeamsChannelMessage(SERVICE_URL, { text: 'come si attiva il roaming?', mentioned: true, id: '1700000000001' })), NOW);
    expect(normalized).toMatchObject({ message: { kind: 'mention', text: 'come si attiva il roaming?', author: { id: '29:user-anna', name: 'Anna Neri' } } });
  });

  it.each([
    ['a Teams channel message without the bot’s mention', aTeamsChannelMessage(SERVICE_URL, { text: 'chi viene a pranzo?', mentioned: false }), 'not-mentioned'],
    ['a group chat message mentioning someone else', { ...aWebChatMessage(SERVICE_URL), conversation: { id: 'g1', isGroup: true }, entities: [{ type: 'mention', mentioned: { id: 'someone' }, text: '<at>Luca</at>' }] }, 'not-mentioned'],
    ['the bot’s own message', { ...aWebChatMessage(SERVICE_URL), from: { id: 'bot-pronto' } }, 'own-message'],
    ['a card’s button press without text', { ...aWebChatMessage(SERVICE_URL), text: undefined, value: { action: 'ok' } }, 'empty'],
    ['a message with only Teams’ HTML copy of an empty text', { ...aWebChatMessage(SERVICE_URL), text: ' ', attachments: [{ contentType: 'text/html', content: '<p></p>' }] }, 'empty'],
  ])('ignores %s', (_case, raw, reason) => {
    expect(normalizeMessage(activity(raw as Record<string, unknown>), NOW)).toEqual({ ignored: reason });
  });

  it('keeps the files of a message without text, so a person sees it', () => {
    const raw = { ...aWebChatMessage(SERVICE_URL), text: '', attachments: [{ contentType: 'image/png', name: 'bolletta.png' }, { contentType: 'application/pdf' }] };
    expect(normalizeMessage(activity(raw), NOW)).toMatchObject({ message: { text: '', attachments: ['bolletta.png', 'application/pdf'] } });
  });

  it('takes the time of receipt when the activity has no timestamp', () => {
    expect(normalizeMessage(activity({ ...aWebChatMessage(SERVICE_URL), timestamp: undefined }), NOW)).toMatchObject({ message: { at: NOW.toISOString() } });
  });
});

describe('messageIdOf', () => {
  it('prefixes the conversation to ids that do not carry it (Teams numbers messages by time), and keeps Direct Line ids', () => {
    const teams = activity(aTeamsChannelMessage(SERVICE_URL, { text: 'x', mentioned: true, id: '1700000000001' }));
    expect(messageIdOf(teams)).toBe(`${teams.conversation!.id}|1700000000001`);
    expect(messageIdOf(activity(aWebChatMessage(SERVICE_URL, { conversationId: 'dl-9', id: 'dl-9|0000001' })))).toBe('dl-9|0000001');
  });
});
