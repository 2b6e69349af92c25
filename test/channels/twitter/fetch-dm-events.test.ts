import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fetchDmEvents } from '../../../src/channels/twitter/fetch-dm-events.ts';
import { ChannelError } from '../../../src/errors.ts';
import { startXFixture, type XFixture } from './x-fixture.ts';

describe('fetchDmEvents', () => {
  let x: XFixture;
  beforeEach(async () => {
    x = await startXFixture();
  });
  afterEach(() => x.close());

  it('normalizes a customer DM with its sender from the expansion', async () => {
    const event = x.fake.addDmEvent({
      text: 'Il mio ordine 12345 non è arrivato',
      sender: { id: '42', username: 'mrossi', name: 'Mario Rossi', followers: 80 },
      createdAt: '2026-11-20T09:05:00.000Z',
    });

    const result = await fetchDmEvents(x.client, { brandUserId: x.fake.brand.id });

    expect(result.messages).toEqual([
      {
        id: event.id,
        channel: 'twitter',
        kind: 'dm',
        conversationId: `42-${x.fake.brand.id}`,
        author: { id: '42', handle: 'mrossi', name: 'Mario Rossi', followers: 80, verified: false },
        text: 'Il mio ordine 12345 non è arrivato',
        at: '2026-11-20T09:05:00.000Z',
      },
    ]);
    expect(result).toMatchObject({ newestId: event.id, rejected: [], skipped: 0, requests: 1 });
    expect(x.fake.requests).toEqual([expect.objectContaining({ method: 'GET', path: '/2/dm_events', status: 200 })]);
  });

  it("asks X for messages only and skips the brand's own, counting them", async () => {
    const customer = x.fake.addDmEvent({ text: 'ciao' });
    const own = x.fake.addDmEvent({ sender: { id: x.fake.brand.id }, text: 'Ciao, come possiamo aiutarti?' });
    x.fake.addDmEvent({ eventType: 'ParticipantsJoin' });
    x.fake.addDmEvent({ eventType: 'ParticipantsLeave' });

    const result = await fetchDmEvents(x.client, { brandUserId: x.fake.brand.id });

    expect(result.messages.map((message) => message.id)).toEqual([customer.id]);
    // Joins and leaves are not read at all: X bills every event read.
    expect(result.skipped).toBe(1);
    expect(result.newestId).toBe(own.id);
    expect(x.fake.requests[0]?.query.event_types).toBe('MessageCreate');
  });

  it('returns the DMs oldest first', async () => {
    const ids = [1, 2, 3].map((n) => x.fake.addDmEvent({ text: `messaggio ${n}` }).id);

    const { messages } = await fetchDmEvents(x.client, { brandUserId: x.fake.brand.id });

    expect(messages.map((message) => message.id)).toEqual(ids);
  });

  it('pages back until it reaches the cursor and asks for no more', async () => {
    const older = Array.from({ length: 150 }, (_, n) => x.fake.addDmEvent({ text: `vecchio ${n}` }));
    const cursor = older.at(-1)?.id;
    const fresh = Array.from({ length: 120 }, (_, n) => x.fake.addDmEvent({ text: `nuovo ${n}` }).id);

    const result = await fetchDmEvents(x.client, { brandUserId: x.fake.brand.id, sinceEventId: cursor });

    expect(result.messages.map((message) => message.id)).toEqual(fresh);
    expect(result).toMatchObject({ requests: 2, truncated: false, newestId: fresh.at(-1) });
    expect(x.fake.requests[1]?.query.pagination_token).toEqual(expect.any(String));
  });

  it('stops at the cursor inside the first page', async () => {
    const seen = x.fake.addDmEvent({ text: 'già letto' });
    const fresh = x.fake.addDmEvent({ text: 'nuovo' });

    const result = await fetchDmEvents(x.client, { brandUserId: x.fake.brand.id, sinceEventId: seen.id });

    expect(result.messages.map((message) => message.id)).toEqual([fresh.id]);
    expect(result.requests).toBe(1);
  });

  it('keeps the cursor where it was when nothing is new', async () => {
    const seen = x.fake.addDmEvent({ text: 'già letto' });

    const result = await fetchDmEvents(x.client, { brandUserId: x.fake.brand.id, sinceEventId: seen.id });

    expect(result.messages).toEqual([]);
    expect(result.newestId).toBeUndefined();
  });

  it('stops at the page budget and says the poll was truncated', async () => {
    Array.from({ length: 250 }, (_, n) => x.fake.addDmEvent({ text: `messaggio ${n}` }));

    const result = await fetchDmEvents(x.client, { brandUserId: x.fake.brand.id, maxPages: 2 });

    expect(result).toMatchObject({ requests: 2, truncated: true });
    expect(result.messages).toHaveLength(200);
  });

  it('rejects malformed events with a reason and keeps the others', async () => {
    const good = x.fake.addDmEvent({ text: 'ok' });
    const noSender = x.fake.addDmEvent({ raw: { sender_id: undefined } });
    const noText = x.fake.addDmEvent({ raw: { text: undefined } });

    const result = await fetchDmEvents(x.client, { brandUserId: x.fake.brand.id });

    expect(result.messages.map((message) => message.id)).toEqual([good.id]);
    expect(result.rejected).toEqual([
      { id: noText.id, reason: 'text: missing' },
      { id: noSender.id, reason: 'sender_id: missing' },
    ]);
  });

  it('keeps the pages read when X fails on a later page, with where to continue', async () => {
    const ids = Array.from({ length: 150 }, (_, n) => x.fake.addDmEvent({ text: `messaggio ${n}` }).id);
    x.fake.failNext((request) => request.query.pagination_token !== undefined, { status: 503 });

    const result = await fetchDmEvents(x.client, { brandUserId: x.fake.brand.id });

    expect(result.messages.map((message) => message.id)).toEqual(ids.slice(50));
    expect(result).toMatchObject({ requests: 1, truncated: true, nextToken: expect.any(String), error: { code: 'x_unavailable' } });
  });

  it('throws a ChannelError with the wait when X rate-limits the poll', async () => {
    const reset = Math.floor(Date.now() / 1_000) + 600;
    x.fake.failNext({ path: '/2/dm_events' }, { status: 429, headers: { 'x-rate-limit-reset': String(reset) } });

    const failure = await fetchDmEvents(x.client, { brandUserId: x.fake.brand.id }).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(ChannelError);
    expect(failure).toMatchObject({ code: 'x_rate_limited', retryable: true });
    expect((failure as ChannelError).retryAfterMs).toBeGreaterThan(590_000);
  });
});
