import { describe, expect, it } from 'vitest';
import { commentIdOf, editedCommentMessageId } from '../../../src/channels/facebook/comment-id-of.ts';
import { normalizeFacebookWebhook } from '../../../src/channels/facebook/normalize-facebook-webhook.ts';

const PAGE = '1099000000000001';
const POST = `${PAGE}_288731331545014`;

/** A feed change as Meta posts it (webhooks reference, Page `feed` field). */
function feed(value: Record<string, unknown>, entryId = PAGE) {
  return { object: 'page', entry: [{ id: entryId, time: 1_795_165_260, changes: [{ field: 'feed', value }] }] };
}

function comment(overrides: Record<string, unknown> = {}) {
  return {
    from: { id: '7100000000000001', name: 'Mario Rossi' },
    post: { status_type: 'added_photos', is_published: true, id: POST },
    message: 'Come faccio a ricaricare?',
    post_id: POST,
    comment_id: '288731331545014_288738774877603',
    created_time: 1_795_165_200,
    item: 'comment',
    parent_id: POST,
    verb: 'add',
    ...overrides,
  };
}

/** A Messenger event as Meta posts it (Messenger webhooks, `messages` field). */
function messaging(event: Record<string, unknown>) {
  return { object: 'page', entry: [{ id: PAGE, time: 1_795_165_200_500, messaging: [event] }] };
}

const normalize = (body: unknown) => normalizeFacebookWebhook(body, { pageId: PAGE });

describe('normalizeFacebookWebhook', () => {
  it('makes a public mention of a comment on a post, its own thread', () => {
    expect(normalize(feed(comment())).messages).toEqual([
      {
        id: '288731331545014_288738774877603',
        channel: 'facebook',
        kind: 'mention',
        conversationId: '288731331545014_288738774877603',
        author: { id: '7100000000000001', name: 'Mario Rossi' },
        text: 'Come faccio a ricaricare?',
        at: '2026-11-20T09:00:00.000Z',
      },
    ]);
  });

  it('continues the top-level comment thread when the comment replies to a comment', () => {
    const [message] = normalize(feed(comment({ comment_id: '288731331545014_2', parent_id: '288731331545014_1' }))).messages;
    expect(message).toMatchObject({ id: '288731331545014_2', conversationId: '288731331545014_1' });
  });

  it('gives each new text of an edited comment its own id, and the same text the same id', () => {
    const edit = (text: string) => normalize(feed(comment({ verb: 'edited', message: text }))).messages[0]!;
    expect(edit('ora funziona?').id).toBe(editedCommentMessageId('288731331545014_288738774877603', 'ora funziona?'));
    expect(edit('ora funziona?').id).toBe(edit('ora funziona?').id);
    expect(edit('ancora niente').id).not.toBe(edit('ora funziona?').id);
    expect(commentIdOf(edit('ora funziona?').id)).toBe('288731331545014_288738774877603');
  });

  it('reads the author from sender_id and sender_name when an older delivery names them so', () => {
    const [message] = normalize(feed(comment({ from: undefined, sender_id: 1914154345481707, sender_name: 'Carol Kim' }))).messages;
    expect(message?.author).toEqual({ id: '1914154345481707', name: 'Carol Kim' });
  });

  it('keeps a comment without text (a sticker or a photo) with an empty text for a person to look at', () => {
    const [message] = normalize(feed(comment({ message: undefined, photo: 'https://scontent.xx.fbcdn.net/sticker.png' }))).messages;
    expect(message?.text).toBe('');
  });

  it.each([
    ['the Page own comment', comment({ from: { id: PAGE, name: 'Lumo' } }), 'own-comment'],
    ['a removed comment', comment({ verb: 'remove', message: undefined }), 'comment-removed'],
    ['a hidden comment', comment({ verb: 'hide' }), 'other-verb'],
    ['a reaction', { item: 'reaction', verb: 'add', reaction_type: 'like', post_id: POST, from: { id: '7' } }, 'other-item'],
    ['a share', { item: 'share', verb: 'add', post_id: POST }, 'other-item'],
    ['a photo post', { item: 'photo', verb: 'add', post_id: POST }, 'other-item'],
  ])('ignores %s and says why', (_, value, reason) => {
    const items = normalize(feed(value));
    expect(items.messages).toEqual([]);
    expect(items.ignored).toEqual([expect.objectContaining({ reason })]);
  });

  it('ignores fields other than feed, entries of other Pages and standby events, and says why', () => {
    const body = {
      object: 'page',
      entry: [
        { id: PAGE, time: 1, changes: [{ field: 'ratings', value: { rating: 5 } }] },
        { id: '42', time: 1, changes: [{ field: 'feed', value: comment() }] },
        { id: PAGE, time: 1, standby: [{ sender: { id: '1' }, message: { mid: 'm.1', text: 'hi' } }] },
      ],
    };
    expect(normalize(body).ignored.map((item) => item.reason)).toEqual(['other-field', 'other-page', 'standby']);
    expect(normalize(body).messages).toEqual([]);
  });

  it('makes a dm of a Messenger message, in the conversation of its sender', () => {
    const body = messaging({
      sender: { id: '2100000000000009' },
      recipient: { id: PAGE },
      timestamp: 1_795_165_200_000,
      message: { mid: 'm_AbC', text: 'il mio ordine?' },
    });
    expect(normalize(body).messages).toEqual([
      { id: 'm_AbC', channel: 'facebook', kind: 'dm', conversationId: '2100000000000009', author: { id: '2100000000000009' }, text: 'il mio ordine?', at: '2026-11-20T09:00:00.000Z' },
    ]);
  });

  it('ignores echoes of what the Page sent, and receipts, reactions and postbacks', () => {
    const events = [
      { sender: { id: PAGE }, recipient: { id: '21' }, timestamp: 1, message: { mid: 'm_1', text: 'Ciao!', is_echo: true, app_id: 1 } },
      { sender: { id: '21' }, recipient: { id: PAGE }, timestamp: 1, delivery: { mids: ['m_1'], watermark: 1 } },
      { sender: { id: '21' }, recipient: { id: PAGE }, timestamp: 1, read: { watermark: 1 } },
      { sender: { id: '21' }, recipient: { id: PAGE }, timestamp: 1, reaction: { mid: 'm_1', action: 'react', emoji: '👍' } },
      { sender: { id: '21' }, recipient: { id: PAGE }, timestamp: 1, postback: { title: 'Start', payload: 'GET_STARTED' } },
    ];
    const items = normalize({ object: 'page', entry: [{ id: PAGE, time: 1, messaging: events }] });
    expect(items.messages).toEqual([]);
    expect(items.ignored.map((item) => item.reason)).toEqual(['echo', 'other-event', 'other-event', 'other-event', 'other-event']);
  });

  it.each([
    ['a body that is not an object', [1, 2], /not a JSON object/],
    ['another object than page', { object: 'instagram', entry: [] }, /object is "instagram", not "page"/],
    ['entries that are not a list', { object: 'page', entry: {} }, /entry is not a list/],
    ['a comment without comment_id', feed(comment({ comment_id: undefined })), /without comment_id/],
    ['a message without mid', messaging({ sender: { id: '21' }, message: { text: 'x' } }), /without message.mid/],
  ])('rejects %s with the reason', (_, body, reason) => {
    const items = normalize(body);
    expect(items.messages).toEqual([]);
    expect(items.rejected).toEqual([{ reason: expect.stringMatching(reason) }]);
  });
});
