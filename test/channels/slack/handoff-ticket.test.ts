import { describe, expect, it } from 'vitest';
import type { HandoffAction, InboundMessage } from '../../../src/core/model.ts';
import {
  appendTranscript,
  draftTargetOf,
  handBackTicket,
  mergeHandoff,
  openHandoffTicket,
  recordSent,
  resolveTicket,
  takeTicket,
  type HandoffTicket,
  type TicketTransition,
} from '../../../src/channels/slack/handoff-ticket.ts';
import { HOSTILE_TEXT, PERSONAL_DATA } from './hostile-customer.ts';

// A public test card number: synthetic.
const CARD = '4111 1111 1111 1111';
const MASKED_CARD = '**** **** **** 1111';

function aMessage(overrides: Partial<InboundMessage> = {}): InboundMessage {
  return {
    id: '1860012',
    channel: 'twitter',
    kind: 'mention',
    conversationId: '1860001',
    author: { id: '42', handle: 'mrossi', name: 'Mario Rossi', followers: 120, verified: false },
    text: '@LumoAiuta mi avete addebitato due volte!',
    at: '2026-01-12T10:00:00Z',
    ...overrides,
  };
}

function aHandoff(overrides: Partial<HandoffAction> = {}): HandoffAction {
  return {
    event: '1860012',
    type: 'handoff',
    channel: 'twitter',
    priority: 'high',
    reasons: ['complaint'],
    lang: 'it',
    summary: 'Complaint: «mi avete addebitato due volte» · angry · 120 followers · it',
    draft: 'Ciao Mario, ci dispiace: controlliamo subito.',
    draftFor: 'reply',
    draftBy: 'templates',
    sources: ['rimborso'],
    ...overrides,
  };
}

function aTicket(overrides: Partial<HandoffTicket> = {}): HandoffTicket {
  const ticket = openHandoffTicket({
    id: 't1',
    conversationKey: 'twitter:1860001',
    handoff: aHandoff(),
    message: aMessage(),
    openedAt: new Date('2026-01-12T10:00:00Z'),
    deadlineAt: new Date('2026-01-12T10:30:00Z'),
    sources: [{ id: 'rimborso', title: 'Come chiedo un rimborso?' }],
  });
  return { ...ticket, ...overrides };
}

const TEN_42 = new Date('2026-01-12T10:42:00Z');
const ELEVEN_03 = new Date('2026-01-12T11:03:00Z');

function ticketOf(transition: TicketTransition): HandoffTicket {
  if ('refused' in transition) throw new Error(`refused: ${transition.refused}`);
  return transition.ticket;
}

describe('openHandoffTicket', () => {
  it('keeps customer, priority, deadline and post link when the handoff comes from a mention on X', () => {
    const ticket = aTicket();
    expect(ticket).toMatchObject({
      channel: 'twitter',
      kind: 'mention',
      customer: { id: '42', handle: 'mrossi', name: 'Mario Rossi', followers: 120, verified: false, lang: 'it' },
      postUrl: 'https://x.com/mrossi/status/1860012',
      priority: 'high',
      reasons: ['complaint'],
      deadlineAt: '2026-01-12T10:30:00.000Z',
      state: 'open',
      sent: [],
      transcript: [{ from: 'customer', text: '@LumoAiuta mi avete addebitato due volte!', at: '2026-01-12T10:00:00Z', messageId: '1860012' }],
    });
  });

  it('has no post link when the conversation is a DM', () => {
    const ticket = openHandoffTicket({
      id: 't2',
      conversationKey: 'twitter:dm',
      handoff: aHandoff(),
      message: aMessage({ kind: 'dm' }),
      openedAt: new Date('2026-01-12T10:00:00Z'),
      deadlineAt: new Date('2026-01-12T10:30:00Z'),
      sources: [],
    });
    expect(ticket.postUrl).toBeUndefined();
  });

  it('masks card numbers in the transcript and the draft when the customer posted one', () => {
    const ticket = openHandoffTicket({
      id: 't3',
      conversationKey: 'twitter:1860001',
      handoff: aHandoff({ draft: `Carta ${CARD} bloccata` }),
      message: aMessage({ text: `la mia carta è ${CARD}, bloccatela` }),
      openedAt: new Date('2026-01-12T10:00:00Z'),
      deadlineAt: new Date('2026-01-12T10:30:00Z'),
      sources: [],
      earlier: [{ from: 'customer', text: `ripeto: ${CARD}`, at: '2026-01-12T09:59:00Z' }],
    });
    expect(JSON.stringify(ticket)).not.toContain(CARD);
    expect(ticket.transcript.map((turn) => turn.text)).toEqual([`ripeto: ${MASKED_CARD}`, `la mia carta è ${MASKED_CARD}, bloccatela`]);
    expect(ticket.draft).toBe(`Carta ${MASKED_CARD} bloccata`);
  });

  it('keeps the summary and where and by whom the draft was written when the handoff carries them', () => {
    const ticket = openHandoffTicket({
      id: 't4',
      conversationKey: 'twitter:1860001',
      handoff: aHandoff({ draftFor: 'dm', draftBy: 'gpt-test' }),
      message: aMessage(),
      openedAt: new Date('2026-01-12T10:00:00Z'),
      deadlineAt: new Date('2026-01-12T10:30:00Z'),
      sources: [],
    });
    expect(ticket).toMatchObject({
      summary: 'Complaint: «mi avete addebitato due volte» · angry · 120 followers · it',
      draftFor: 'dm',
      draftBy: 'gpt-test',
    });
    expect(draftTargetOf(ticket)).toBe('dm');
  });

  it('survives a JSON round trip when stored', () => {
    const ticket = aTicket();
    expect(JSON.parse(JSON.stringify(ticket))).toEqual(ticket);
  });
});

describe('appendTranscript', () => {
  it('masks card numbers when a later turn carries one', () => {
    const ticket = appendTranscript(aTicket(), { from: 'customer', text: `eccola ${CARD}`, at: '2026-01-12T10:05:00Z' });
    expect(ticket.transcript.at(-1)?.text).toBe(`eccola ${MASKED_CARD}`);
  });

  it('masks every kind of personal data when a turn carries them', () => {
    const ticket = appendTranscript(aTicket(), { from: 'customer', text: HOSTILE_TEXT, at: '2026-01-12T10:05:00Z' });
    for (const value of Object.values(PERSONAL_DATA)) expect(JSON.stringify(ticket)).not.toContain(value);
    expect(ticket.transcript.at(-1)?.text).toContain('m***@example.it');
  });
});

describe('mergeHandoff', () => {
  const later = aMessage({ id: '1860020', text: 'Allora? Nessuna risposta', at: '2026-01-12T10:20:00Z' });

  it('adds the new post as a turn, keeps the reasons and raises the priority when the customer writes again', () => {
    const merged = mergeHandoff(aTicket(), aHandoff({ priority: 'urgent', reasons: ['complaint', 'legal'], draft: `Nuova ${CARD}` }), later);
    expect(merged).toMatchObject({ appended: true, addedReasons: ['legal'] });
    expect(merged.ticket).toMatchObject({ priority: 'urgent', reasons: ['complaint', 'legal'], draft: `Nuova ${MASKED_CARD}` });
    expect(merged.ticket.transcript.map((turn) => turn.messageId)).toEqual(['1860012', '1860020']);
  });

  it('adds no second turn and keeps the original reasons and draft when the same message is handed off again after a failed reply', () => {
    const failed = aHandoff({ reasons: ['delivery-failed', 'x_forbidden'], draft: 'Ciao Mario! Puoi ricaricare dall’app.' });
    const merged = mergeHandoff(aTicket(), failed, aMessage());
    expect(merged).toMatchObject({ appended: false, addedReasons: ['delivery-failed', 'x_forbidden'] });
    expect(merged.ticket.transcript).toHaveLength(1);
    expect(merged.ticket.reasons).toEqual(['complaint', 'delivery-failed', 'x_forbidden']);
    expect(merged.ticket.draft).toBe('Ciao Mario, ci dispiace: controlliamo subito.');
    expect(merged.ticket.priority).toBe('high');
  });

  it('takes the handoff draft when the ticket was opened by the failed reply of the same message', () => {
    const byFailure = mergeHandoff(aTicket(), aHandoff({ reasons: ['delivery-failed', 'x_forbidden'] }), aMessage()).ticket;
    const merged = mergeHandoff({ ...byFailure, draft: 'Un collega ti risponde qui.' }, aHandoff({ draft: 'Ciao Mario, rimborso avviato.' }), aMessage());
    expect(merged.ticket.draft).toBe('Ciao Mario, rimborso avviato.');
    expect(merged.ticket.transcript).toHaveLength(1);
  });

  it('keeps the draft when the new handoff has none', () => {
    expect(mergeHandoff(aTicket(), aHandoff({ draft: '' }), later).ticket.draft).toBe('Ciao Mario, ci dispiace: controlliamo subito.');
  });

  it("takes the new post's summary and where its draft goes when the customer writes again", () => {
    const next = aHandoff({ summary: 'Account matter: «Allora? Nessuna risposta» · unhappy · it', draft: 'Ciao Mario, ti scrivo in DM.', draftFor: 'dm' });
    expect(mergeHandoff(aTicket(), next, later).ticket).toMatchObject({
      summary: 'Account matter: «Allora? Nessuna risposta» · unhappy · it',
      draft: 'Ciao Mario, ti scrivo in DM.',
      draftFor: 'dm',
    });
  });

  it('keeps the summary and where the draft goes when the same message comes back after a failed reply', () => {
    const failed = aHandoff({ reasons: ['delivery-failed', 'x_forbidden'], summary: "Bot's reply not delivered: «…» · it", draftFor: 'dm' });
    const merged = mergeHandoff(aTicket(), failed, aMessage()).ticket;
    expect(merged).toMatchObject({ summary: aTicket().summary, draftFor: 'reply' });
  });
});

describe('draftTargetOf', () => {
  it.each<[string, Partial<HandoffTicket>, 'reply' | 'dm']>([
    ['public', { kind: 'mention' }, 'reply'],
    ['a DM', { kind: 'dm' }, 'dm'],
  ])('sends the draft where the customer wrote when a ticket stored before drafts had a place is %s', (_, fields, target) => {
    const { draftFor: _draftFor, ...old } = aTicket(fields);
    expect(draftTargetOf(old)).toBe(target);
  });
});

describe('ticket transitions', () => {
  const taken = ticketOf(takeTicket(aTicket(), 'UGIULIA', TEN_42));
  const resolved = ticketOf(resolveTicket(taken, 'UGIULIA', ELEVEN_03));
  const handedBack = ticketOf(handBackTicket(aTicket(), 'UMARCO', ELEVEN_03));

  it('takes an open ticket for the agent when they click Take over', () => {
    expect(taken).toMatchObject({ state: 'taken', takenBy: 'UGIULIA', takenAt: '2026-01-12T10:42:00.000Z' });
  });

  it('leaves the ticket as it is when the owner takes it again', () => {
    expect(takeTicket(taken, 'UGIULIA', ELEVEN_03)).toEqual({ ticket: taken });
  });

  it('closes a ticket as resolved or handed back when asked', () => {
    expect(resolved).toMatchObject({ state: 'resolved', closedBy: 'UGIULIA', closedAs: 'resolved' });
    expect(handedBack).toMatchObject({ state: 'resolved', closedBy: 'UMARCO', closedAs: 'handed-back' });
  });

  it.each([
    ['take', () => takeTicket(taken, 'UMARCO', ELEVEN_03), 'Already taken by <@UGIULIA> at 10:42'],
    ['hand back', () => handBackTicket(taken, 'UMARCO', ELEVEN_03), 'Already taken by <@UGIULIA> at 10:42'],
    ['resolve', () => resolveTicket(taken, 'UMARCO', ELEVEN_03), 'Already taken by <@UGIULIA> at 10:42'],
    [
      'send',
      () => recordSent(taken, { by: 'UMARCO', at: ELEVEN_03.toISOString(), text: 'Ciao', edited: true }),
      'Already taken by <@UGIULIA> at 10:42',
    ],
    ['take', () => takeTicket(resolved, 'UGIULIA', ELEVEN_03), 'This conversation was resolved by <@UGIULIA> at 11:03'],
    ['resolve', () => resolveTicket(resolved, 'UMARCO', ELEVEN_03), 'This conversation was resolved by <@UGIULIA> at 11:03'],
    [
      'send',
      () => recordSent(resolved, { by: 'UMARCO', at: ELEVEN_03.toISOString(), text: 'Ciao', edited: false }),
      'This conversation was resolved by <@UGIULIA> at 11:03',
    ],
    [
      'take',
      () => takeTicket(handedBack, 'UGIULIA', ELEVEN_03),
      'This conversation was handed back to the bot by <@UMARCO> at 11:03',
    ],
    [
      'send',
      () => recordSent(aTicket(), { by: 'UGIULIA', at: ELEVEN_03.toISOString(), text: '   ', edited: true }),
      'Write a reply before sending',
    ],
  ])('refuses to %s with a clear sentence when the ticket does not allow it', (_action, transition, sentence) => {
    expect(transition()).toEqual({ refused: sentence });
  });

  it('shows refusal times in the desk time zone when one is given', () => {
    expect(takeTicket(taken, 'UMARCO', ELEVEN_03, { timeZone: 'Europe/Rome' })).toEqual({
      refused: 'Already taken by <@UGIULIA> at 11:42',
    });
  });

  it('records the reply, masks cards and makes the sender the owner when they send on an open ticket', () => {
    const sent = ticketOf(
      recordSent(aTicket(), { by: 'UGIULIA', at: '2026-01-12T10:10:00.000Z', text: `Carta ${CARD} bloccata`, edited: true }),
    );
    expect(sent).toMatchObject({ state: 'taken', takenBy: 'UGIULIA', takenAt: '2026-01-12T10:10:00.000Z' });
    expect(sent.sent).toEqual([{ by: 'UGIULIA', at: '2026-01-12T10:10:00.000Z', text: `Carta ${MASKED_CARD} bloccata`, edited: true }]);
    expect(sent.transcript.at(-1)).toEqual({
      from: 'agent',
      text: `Carta ${MASKED_CARD} bloccata`,
      at: '2026-01-12T10:10:00.000Z',
      by: 'UGIULIA',
    });
  });

  it('masks every kind of personal data when the sent reply carries some', () => {
    const sent = ticketOf(recordSent(taken, { by: 'UGIULIA', at: ELEVEN_03.toISOString(), text: HOSTILE_TEXT, edited: true }));
    for (const value of Object.values(PERSONAL_DATA)) expect(JSON.stringify(sent)).not.toContain(value);
  });

  it('keeps the owner when the owner sends', () => {
    const sent = ticketOf(recordSent(taken, { by: 'UGIULIA', at: ELEVEN_03.toISOString(), text: 'Fatto!', edited: false }));
    expect(sent).toMatchObject({ state: 'taken', takenAt: '2026-01-12T10:42:00.000Z' });
  });
});
