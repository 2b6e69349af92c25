// `pronto replay` reads Facebook messages like any other channel's: the messages a Page webhook
// carries, normalized, become the replay file, and the actions fit Facebook's limits.
import { describe, expect, it } from 'vitest';
import { normalizeFacebookWebhook } from '../../../src/channels/facebook/normalize-facebook-webhook.ts';
import type { Action } from '../../../src/core/model.ts';
import { MAX_MESSENGER_CHARS, MAX_TWEET_CHARS } from '../../../src/llm/fit-to-channel.ts';
import { parseJsonLines, runPronto } from '../../support/run-pronto.ts';

const PAGE = '1099000000000001';
const POST = `${PAGE}_288731331545014`;

const webhook = {
  object: 'page',
  entry: [
    {
      id: PAGE,
      time: 1_795_165_260,
      changes: [
        { field: 'feed', value: { from: { id: '71', name: 'Mario Rossi' }, message: 'Come faccio a ricaricare la SIM?', post_id: POST, comment_id: '288731331545014_1', created_time: 1_795_165_200, item: 'comment', parent_id: POST, verb: 'add' } },
        { field: 'feed', value: { from: { id: '72', name: 'Anna Neri' }, photo: 'https://scontent.xx.fbcdn.net/sticker.png', post_id: POST, comment_id: '288731331545014_2', created_time: 1_795_165_201, item: 'comment', parent_id: POST, verb: 'add' } },
      ],
      messaging: [{ sender: { id: '2100000000000009' }, recipient: { id: PAGE }, timestamp: 1_795_165_202_000, message: { mid: 'm_AbC', text: 'Come faccio a ricaricare la SIM?' } }],
    },
  ],
};

describe('pronto replay with Facebook messages', () => {
  it('answers a comment in full, a Messenger message within 2,000 characters, and hands a sticker to a person', async () => {
    const lines = normalizeFacebookWebhook(webhook, { pageId: PAGE }).messages.map((message) => JSON.stringify(message));

    const run = await runPronto(['replay', '-'], { stdin: `${lines.join('\n')}\n` });

    expect(run.code).toBe(0);
    const actions = parseJsonLines<Action>(run.stdout);
    const comment = actions.find((action) => action.event === '288731331545014_1');
    expect(comment).toMatchObject({ type: 'reply', channel: 'facebook', to: '71', text: expect.stringMatching(/^Ciao Mario! /) });
    // The whole answer, not the first paragraph that fits a post on X.
    expect(comment?.type === 'reply' && comment.text.length).toBeGreaterThan(MAX_TWEET_CHARS);
    const messenger = actions.find((action) => action.event === 'm_AbC');
    expect(messenger).toMatchObject({ type: 'reply', channel: 'facebook', to: '2100000000000009' });
    expect(messenger?.type === 'reply' && messenger.text.length).toBeLessThanOrEqual(MAX_MESSENGER_CHARS);
    expect(actions.filter((action) => action.event === '288731331545014_2')).toEqual([
      expect.objectContaining({ type: 'handoff', channel: 'facebook', reasons: ['no-text'] }),
    ]);
  });
});
