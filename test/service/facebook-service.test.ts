// The Facebook Page channel on the real wire: the service on a real Redis, signed webhook
// deliveries as Meta sends them, and the fake Graph API applying Meta's rules. Handoffs go to
// the log desk here (the Slack desk journeys are in facebook-desk.test.ts).
import { describe, expect, it } from 'vitest';
import { batchWebhooks, signWebhook } from '../support/fake-graph-api.ts';
import { useRedisPerFile } from '../support/redis-per-file.ts';
import { APP_SECRET, VERIFY_TOKEN, startFacebookService, type StartedFacebookService } from '../support/start-facebook-service.ts';

const shared = useRedisPerFile();

async function start(setup: Omit<Parameters<typeof startFacebookService>[0], 'redis'> = {}) {
  const started = await startFacebookService({ redis: shared.redis, ...setup });
  shared.cleanups.push(() => started.stop());
  return started;
}

/** Page replies in the thread of `commentId`. */
function repliesTo(fb: StartedFacebookService, commentId: string) {
  return fb.graph.pageComments.filter((comment) => comment.parentId === commentId);
}

const handoffs = (fb: StartedFacebookService) => fb.lines.filter((line) => line.msg === 'handoff.opened');

describe('the Facebook webhook', () => {
  it("answers Meta's verification handshake with the challenge, and 403 to anything else", async () => {
    const fb = await start();
    const ok = await fetch(`${fb.url}?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1158201444`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await ok.text()).toBe('1158201444');
    for (const query of [`hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1`, `hub.mode=unsubscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1`, `hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}`]) {
      expect((await fetch(`${fb.url}?${query}`)).status).toBe(403);
    }
  });

  it('answers a question in a comment with a public reply in its thread, counted by channel', async () => {
    const fb = await start();
    const comment = fb.graph.addComment({ text: 'Come faccio a ricaricare la SIM?', from: { name: 'Mario Rossi' } });

    const response = await fb.deliver(fb.graph.feedWebhook(comment.id));

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ accepted: 1, ignored: 0, rejected: 0 });
    await fb.graph.waitFor(() => repliesTo(fb, comment.id).length === 1);
    expect(repliesTo(fb, comment.id)[0]!.message).toMatch(/^Ciao Mario! .*ricaric/is);
    expect(fb.graph.requests.filter((request) => request.method === 'POST').map((request) => request.version)).toEqual(['v25.0']);
    expect(await fb.metric('pronto_messages_in_total{channel="facebook",kind="mention"}')).toBe(1);
    await fb.waitForEvent('delivery.sent');
    expect(await fb.metric('pronto_actions_total{channel="facebook",type="reply"}')).toBe(1);
    expect(await fb.metric('pronto_first_response_seconds_count{channel="facebook"}')).toBe(1);
  });

  it('answers personal data in a comment with a kind public note and a private reply, and never a second private reply for that comment', async () => {
    const fb = await start();
    const comment = fb.graph.addComment({ text: 'Non riesco a ricaricare, il mio numero è 333 123 4567', from: { name: 'Anna Neri' } });
    const body = fb.graph.feedWebhook(comment.id);

    expect((await fb.deliver(body)).status).toBe(200);
    await fb.graph.waitFor((graph) => graph.sentMessages.length === 1 && repliesTo(fb, comment.id).length === 1);
    const note = repliesTo(fb, comment.id)[0]!.message!;
    expect(note).not.toMatch(/333|4567/);
    expect(note).toMatch(/privat/i);
    expect(fb.graph.sentMessages[0]).toMatchObject({ commentId: comment.id });

    // Meta delivers it again, and the customer edits the comment, still with the number.
    expect((await fb.deliver(body)).status).toBe(200);
    fb.graph.editComment(comment.id, 'Non riesco a ricaricare, il mio numero è 333 123 4567, aiutatemi');
    expect((await fb.deliver(fb.graph.feedWebhook(comment.id, 'edited'))).status).toBe(200);
    // The edit's DM cannot be a second private reply: it would go to the conversation the first
    // one opened, where the customer has not written yet, so a person takes it.
    await fb.waitForEvent('delivery.failed_handed_off', 10_000, { code: 'facebook_window_closed' });
    await fb.idle();
    expect(fb.graph.sentMessages).toHaveLength(1);
    expect(fb.graph.requests.filter((request) => JSON.stringify(request.body ?? '').includes('comment_id'))).toHaveLength(2);
    expect(handoffs(fb)).toContainEqual(expect.objectContaining({ reasons: ['delivery-failed', 'facebook_window_closed'] }));
  });

  it('answers a Messenger question in Messenger, inside the 24-hour window', async () => {
    const fb = await start();
    const incoming = fb.graph.addUserMessage({ text: 'Ciao, come faccio a ricaricare la SIM?' });

    expect((await fb.deliver(fb.graph.messengerWebhook(incoming.mid))).status).toBe(200);

    await fb.graph.waitFor((graph) => graph.sentMessages.length === 1);
    expect(fb.graph.sentMessages[0]).toMatchObject({ toId: incoming.fromId, messagingType: 'RESPONSE', text: expect.stringMatching(/ricaric/i) });
    expect(await fb.metric('pronto_messages_in_total{channel="facebook",kind="dm"}')).toBe(1);
  });

  it('answers 401 to a forged, missing or misplaced signature, and queues nothing', async () => {
    const fb = await start();
    const body = JSON.stringify(fb.graph.feedWebhook(fb.graph.addComment().id));
    const other = JSON.stringify(fb.graph.feedWebhook(fb.graph.addComment().id));
    for (const signature of [signWebhook(body, 'not-the-secret'), null, signWebhook(other, APP_SECRET), 'sha1=abc']) {
      const response = await fb.deliver(body, signature);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: 'invalid x-hub-signature-256' });
    }
    expect(Object.values(await fb.jobs()).reduce((sum, count) => sum + count, 0)).toBe(0);
    expect(fb.graph.requests.filter((request) => request.method === 'POST')).toEqual([]);
  });

  it('handles a redelivered webhook once, alone or in a batch, and counts it once', async () => {
    const fb = await start();
    const comment = fb.graph.addComment({ text: 'Come faccio a ricaricare?' });
    const body = fb.graph.feedWebhook(comment.id);
    const second = fb.graph.addComment({ text: 'Come faccio a ricaricare la SIM dati?' });

    for (const delivery of [body, body, batchWebhooks(body, fb.graph.feedWebhook(second.id))]) {
      expect((await fb.deliver(delivery)).status).toBe(200);
    }

    await fb.graph.waitFor(() => repliesTo(fb, second.id).length === 1);
    await fb.idle();
    expect(repliesTo(fb, comment.id)).toHaveLength(1);
    expect(await fb.metric('pronto_messages_in_total{channel="facebook",kind="mention"}')).toBe(2);
  });

  it('answers each new text of an edited comment once', async () => {
    const fb = await start();
    const comment = fb.graph.addComment({ text: 'Come faccio a ricaricare?' });
    await fb.deliver(fb.graph.feedWebhook(comment.id));
    await fb.graph.waitFor(() => repliesTo(fb, comment.id).length === 1);

    fb.graph.editComment(comment.id, 'Come faccio a ricaricare la SIM dati?');
    const edit = fb.graph.feedWebhook(comment.id, 'edited');
    await fb.deliver(edit);
    await fb.deliver(edit);

    await fb.graph.waitFor(() => repliesTo(fb, comment.id).length === 2);
    await fb.idle();
    expect(repliesTo(fb, comment.id)).toHaveLength(2);
  });

  it("answers nothing for a removed comment, the Page's own comments, echoes and reactions, and counts them by reason", async () => {
    const fb = await start();
    const comment = fb.graph.addComment();
    const own = fb.graph.addComment({ from: { id: fb.graph.page.id, name: fb.graph.page.name }, text: 'Nuove offerte!' });
    const incoming = fb.graph.addUserMessage();
    fb.graph.deleteComment(comment.id);
    const reaction = { object: 'page', entry: [{ id: fb.graph.page.id, time: 1, changes: [{ field: 'feed', value: { item: 'reaction', verb: 'add', reaction_type: 'love', post_id: comment.postId, from: { id: '7' } } }] }] };
    // A message the Page sent (by Pronto, or by a person in the Page inbox) comes back as an echo.
    const sent = await fetch(`${fb.graph.baseUrl}/v25.0/${fb.graph.page.id}/messages`, {
      method: 'POST',
      headers: { authorization: 'Bearer test-page-token', 'content-type': 'application/json' },
      body: JSON.stringify({ recipient: { id: incoming.fromId }, messaging_type: 'RESPONSE', message: { text: 'Ciao!' } }),
    });
    const { message_id: echoed } = (await sent.json()) as { message_id: string };
    const posts = fb.graph.requests.length;

    const response = await fb.deliver(batchWebhooks(fb.graph.feedWebhook(comment.id, 'remove'), fb.graph.feedWebhook(own.id), fb.graph.messengerWebhook(echoed), reaction));

    expect(await response.json()).toEqual({ accepted: 0, ignored: 4, rejected: 0 });
    expect(Object.values(await fb.jobs()).reduce((sum, count) => sum + count, 0)).toBe(0);
    expect(fb.graph.requests.length).toBe(posts);
    for (const reason of ['comment-removed', 'own-comment', 'echo', 'other-item']) {
      expect(await fb.metric(`pronto_messages_ignored_total{channel="facebook",reason="${reason}"}`)).toBe(1);
    }
  });

  it('hands a comment without text (a sticker, a photo) to a person, with no bot reply', async () => {
    const fb = await start();
    const comment = fb.graph.addComment({ photo: 'https://scontent.xx.fbcdn.net/v/sticker.png' });

    await fb.deliver(fb.graph.feedWebhook(comment.id));

    await fb.waitForEvent('handoff.opened');
    expect(handoffs(fb)[0]).toMatchObject({ channel: 'facebook', event: comment.id, reasons: expect.arrayContaining(['no-text']) });
    await fb.idle();
    expect(repliesTo(fb, comment.id)).toEqual([]);
  });

  it('answers bad input with a clear status and keeps serving: not JSON, another object, unknown fields, 1 MB', async () => {
    const fb = await start();
    const notJson = 'object=page&entry=[]';
    const notJsonResponse = await fb.deliver(notJson, signWebhook(notJson, APP_SECRET));
    expect(notJsonResponse.status).toBe(400);
    expect(await notJsonResponse.json()).toEqual({ error: 'body is not JSON' });

    const instagram = await fb.deliver({ object: 'instagram', entry: [{ id: '1', time: 1, changes: [{ field: 'comments', value: {} }] }] });
    expect(await instagram.json()).toEqual({ accepted: 0, ignored: 0, rejected: 1 });

    const unknown = await fb.deliver({ object: 'page', entry: [{ id: fb.graph.page.id, time: 1, changes: [{ field: 'ratings', value: { rating: 5 } }, { field: 'feed', value: { item: 'share', verb: 'add' } }], surprise: true }] });
    expect(await unknown.json()).toEqual({ accepted: 0, ignored: 2, rejected: 0 });

    const huge = JSON.stringify({ object: 'page', padding: 'x'.repeat(1_100_000) });
    const tooLarge = await fb.deliver(huge, signWebhook(huge, APP_SECRET));
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toEqual({ error: 'request entity too large' });

    expect(await fb.metric('pronto_messages_rejected_total{channel="facebook"}')).toBe(2);
    expect(await fb.metric('pronto_messages_ignored_total{channel="facebook",reason="other-field"}')).toBe(1);
    expect((await fb.get('/healthz')).status).toBe(200);
  });

  it('answers 503 with Retry-After at once while Redis is down, and handles the delivery once when it is back', async () => {
    const fb = await start();
    const comment = fb.graph.addComment({ text: 'Come faccio a ricaricare?' });
    const body = fb.graph.feedWebhook(comment.id);
    await shared.redis.stop();
    let outage: Response;
    const asked = Date.now();
    try {
      outage = await fb.deliver(body);
    } finally {
      await shared.redis.start();
    }
    expect(outage.status).toBe(503);
    expect(outage.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(Date.now() - asked).toBeLessThan(5_000);

    await fb.graph.waitFor(() => repliesTo(fb, comment.id).length === 1, 20_000);
    expect((await fb.deliver(body)).status).toBe(200);
    await fb.idle();
    expect(repliesTo(fb, comment.id)).toHaveLength(1);
  }, 60_000);
});

describe('Facebook errors', () => {
  it('stops at start, naming the fix, when the token belongs to another Page', async () => {
    await expect(start({ env: { FACEBOOK_PAGE_ID: '4200000000000042' } })).rejects.toThrow(
      /FACEBOOK_PAGE_ACCESS_TOKEN is a token of Page \d+, not of FACEBOOK_PAGE_ID=4200000000000042/,
    );
  });

  it('waits when Meta throttles the Page, as long as its usage header says, without handing the message off', async () => {
    const fb = await start();
    const comment = fb.graph.addComment({ text: 'Come faccio a ricaricare?' });
    const usage = JSON.stringify({ [fb.graph.page.id]: [{ type: 'pages', call_count: 100, total_cputime: 40, total_time: 40, estimated_time_to_regain_access: 3 }] });
    fb.graph.failNext({ method: 'POST' }, { code: 613, message: '(#613) Calls to this api have exceeded the rate limit.', headers: { 'x-business-use-case-usage': usage } });

    await fb.deliver(fb.graph.feedWebhook(comment.id));

    await fb.waitForEvent('delivery.rate_limited');
    expect(fb.lines.find((line) => line.msg === 'delivery.rate_limited')).toMatchObject({ code: 'facebook_rate_limited', waitMs: 3 * 60_000 });
    expect((await fb.jobs()).delayed).toBe(1);
    expect(await fb.metric('pronto_rate_limit_waits_total{channel="facebook"}')).toBe(1);
    expect(handoffs(fb)).toEqual([]);
  });

  it('turns readiness red with the fix when the Page token expires, hands the waiting comment to a person, and turns green once a call works', async () => {
    const fb = await start();
    expect(JSON.parse((await fb.get('/readyz')).text)).toEqual({ status: 'ready', checks: { store: 'ok', facebook: 'ok' } });
    fb.graph.expireToken();
    const comment = fb.graph.addComment({ text: 'Come faccio a ricaricare?' });

    await fb.deliver(fb.graph.feedWebhook(comment.id));

    await fb.waitForEvent('handoff.opened');
    expect(handoffs(fb)[0]).toMatchObject({ reasons: ['delivery-failed', 'facebook_auth_failed'] });
    const ready = await fb.get('/readyz');
    expect(ready.status).toBe(503);
    expect(JSON.parse(ready.text).checks.facebook).toMatch(/it expired; create a new Page access token .* set FACEBOOK_PAGE_ACCESS_TOKEN and restart/);

    fb.graph.renewToken();
    const next = fb.graph.addComment({ text: 'Come faccio a ricaricare la SIM?' });
    await fb.deliver(fb.graph.feedWebhook(next.id));
    await fb.graph.waitFor(() => repliesTo(fb, next.id).length === 1);
    expect((await fb.get('/readyz')).status).toBe(200);
  });

  it('hands a deleted comment and a closed Messenger window to a person, with the reason', async () => {
    const fb = await start();
    const comment = fb.graph.addComment({ text: 'Come faccio a ricaricare?' });
    fb.graph.deleteComment(comment.id);
    // A message Meta delivers a day and a half late: the window is closed for the bot.
    const late = fb.graph.addUserMessage({ text: 'Come faccio a ricaricare?', createdTime: new Date(Date.now() - 36 * 3_600_000).toISOString() });

    await fb.deliver(batchWebhooks(fb.graph.feedWebhook(comment.id), fb.graph.messengerWebhook(late.mid)));

    await fb.waitForLines(() => handoffs(fb).length === 2, 10_000);
    expect(handoffs(fb).map((line) => (line.reasons as string[]).slice(0, 2)).sort()).toEqual([
      ['delivery-failed', 'facebook_target_gone'],
      ['delivery-failed', 'facebook_window_closed'],
    ]);
    expect(fb.graph.sentMessages).toEqual([]);
  });

  it("looks for the Page's reply under the comment before sending again when Meta's answer was lost", async () => {
    const fb = await start();
    const comment = fb.graph.addComment({ text: 'Come faccio a ricaricare?' });
    fb.graph.failNext({ method: 'POST', path: '/comments' }, { dropAfterHandling: true });

    await fb.deliver(fb.graph.feedWebhook(comment.id));

    await fb.waitForEvent('delivery.found_after_restart', 15_000);
    await fb.idle();
    expect(repliesTo(fb, comment.id)).toHaveLength(1);
    expect(fb.graph.requests.filter((request) => request.method === 'GET' && request.path.endsWith(`${comment.id}/comments`))).toHaveLength(1);
  });
});
