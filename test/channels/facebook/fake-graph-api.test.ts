// The fake Graph API is shared test infrastructure (the service journeys and the crash test use
// it): its own behaviour is tested here so those tests can trust it behaves like Meta's.
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGraphApi, type FakeGraphApi } from '../../support/fake-graph-api.ts';

const TOKEN = { authorization: 'Bearer test-page-token' };

async function call(fake: FakeGraphApi, method: string, path: string, body?: unknown, headers: Record<string, string> = TOKEN) {
  const response = await fetch(fake.baseUrl + path, {
    method,
    headers: { ...headers, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, headers: response.headers, json: (await response.json()) as Record<string, unknown> };
}

describe('startFakeGraphApi', () => {
  let fake: FakeGraphApi | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });

  it('answers /me with the Page and Meta usage headers', async () => {
    fake = await startFakeGraphApi();
    const { status, headers, json } = await call(fake, 'GET', '/v25.0/me?fields=id,name');
    expect(status).toBe(200);
    expect(json).toEqual({ id: fake.page.id, name: fake.page.name });
    expect(JSON.parse(headers.get('x-app-usage')!)).toEqual({ call_count: 0, total_cputime: 0, total_time: 0 });
    expect(JSON.parse(headers.get('x-business-use-case-usage')!)).toEqual({
      [fake.page.id]: [{ type: 'pages', call_count: 0, total_cputime: 0, total_time: 0, estimated_time_to_regain_access: 0 }],
    });
  });

  it('answers a Graph error object without a valid token, and 190/463 once the token expired', async () => {
    fake = await startFakeGraphApi();
    const wrong = await call(fake, 'GET', '/v25.0/me', undefined, { authorization: 'Bearer nope' });
    expect(wrong).toMatchObject({ status: 400, json: { error: { code: 190, type: 'OAuthException', fbtrace_id: expect.any(String) } } });
    fake.expireToken();
    expect((await call(fake, 'GET', '/v25.0/me')).json).toMatchObject({ error: { code: 190, error_subcode: 463, message: expect.stringMatching(/Session has expired/) } });
  });

  it('pages a comment thread with cursors, oldest first unless asked otherwise', async () => {
    fake = await startFakeGraphApi();
    const top = fake.addComment({ text: 'primo' });
    for (let n = 0; n < 3; n += 1) fake.addComment({ replyTo: top.id, text: `risposta ${n}` });
    const first = await call(fake, 'GET', `/v25.0/${top.id}/comments?limit=2&fields=message`);
    expect((first.json.data as { message: string }[]).map((c) => c.message)).toEqual(['risposta 0', 'risposta 1']);
    const after = (first.json.paging as { cursors: { after: string } }).cursors.after;
    const second = await call(fake, 'GET', `/v25.0/${top.id}/comments?limit=2&fields=message&after=${after}`);
    expect((second.json.data as { message: string }[]).map((c) => c.message)).toEqual(['risposta 2']);
    expect(second.json.paging).not.toHaveProperty('next');
    const newest = await call(fake, 'GET', `/v25.0/${top.id}/comments?order=reverse_chronological&limit=1&fields=message`);
    expect(newest.json.data).toEqual([{ id: expect.any(String), message: 'risposta 2' }]);
  });

  it('sends one private reply per comment, answering {recipient_id, message_id}, and opens no window until the person answers', async () => {
    fake = await startFakeGraphApi();
    const comment = fake.addComment();
    const first = await call(fake, 'POST', `/v25.0/${fake.page.id}/messages`, { recipient: { comment_id: comment.id }, message: { text: 'Ciao!' } });
    expect(first.json).toEqual({ recipient_id: expect.any(String), message_id: expect.stringMatching(/^m_/) });
    const second = await call(fake, 'POST', `/v25.0/${fake.page.id}/messages`, { recipient: { comment_id: comment.id }, message: { text: 'Ancora' } });
    expect(second).toMatchObject({ status: 400, json: { error: { code: 10900, message: '(#10900) Activity already replied to' } } });
    const followUp = await call(fake, 'POST', `/v25.0/${fake.page.id}/messages`, { recipient: { id: first.json.recipient_id }, messaging_type: 'RESPONSE', message: { text: 'E poi?' } });
    expect(followUp.json).toMatchObject({ error: { code: 10, error_subcode: 2018278 } });
    const comment2 = await call(fake, 'GET', `/v25.0/${comment.id}?fields=private_reply_conversation,can_reply_privately`);
    expect(comment2.json).toEqual({ id: comment.id, can_reply_privately: false, private_reply_conversation: { id: expect.stringMatching(/^t_/) } });
  });

  it('answers 80001 with the time to regain access once the Page calls per hour are spent', async () => {
    fake = await startFakeGraphApi({ callsPerHour: 2 });
    await call(fake, 'GET', '/v25.0/me');
    await call(fake, 'GET', '/v25.0/me');
    const throttled = await call(fake, 'GET', '/v25.0/me');
    expect(throttled.json).toMatchObject({ error: { code: 80001 } });
    const usage = JSON.parse(throttled.headers.get('x-business-use-case-usage')!) as Record<string, { call_count: number; estimated_time_to_regain_access: number }[]>;
    expect(usage[fake.page.id]![0]).toMatchObject({ call_count: 100, estimated_time_to_regain_access: 60 });
  });

  it("builds the feed webhook body of a comment as Meta posts it", async () => {
    fake = await startFakeGraphApi();
    const comment = fake.addComment({ text: 'ciao', from: { id: '71', name: 'Mario Rossi' } });
    expect(fake.feedWebhook(comment.id)).toEqual({
      object: 'page',
      entry: [{
        id: fake.page.id,
        time: expect.any(Number),
        changes: [{
          field: 'feed',
          value: expect.objectContaining({ from: { id: '71', name: 'Mario Rossi' }, message: 'ciao', post_id: comment.postId, comment_id: comment.id, parent_id: comment.postId, item: 'comment', verb: 'add', created_time: expect.any(Number) }),
        }],
      }],
    });
  });
});
