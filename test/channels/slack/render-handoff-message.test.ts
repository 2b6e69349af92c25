import { describe, expect, it } from 'vitest';
import type { HandoffTicket } from '../../../src/desk/handoff-ticket.ts';
import { renderHandoffMessage } from '../../../src/channels/slack/render-handoff-message.ts';
import { aTicket as aBaseTicket } from '../../support/builders.ts';
import { HOSTILE_HANDLE, HOSTILE_NAME, HOSTILE_TEXT, expectSafeForSlack } from './hostile-customer.ts';

// A public test card number: synthetic.
const CARD = '4111 1111 1111 1111';

function aTicket(overrides: Partial<HandoffTicket> = {}): HandoffTicket {
  return aBaseTicket({
    conversationKey: 'twitter:1860001',
    customer: { id: '42', handle: 'mrossi', name: 'Mario Rossi', followers: 12_500, verified: true, lang: 'it' },
    postUrl: 'https://x.com/mrossi/status/1860012',
    priority: 'high',
    reasons: ['complaint', 'influencer'],
    openedAt: '2026-01-12T10:15:00.000Z',
    deadlineAt: '2026-01-12T10:45:00.000Z',
    draft: 'Ciao Mario, ci dispiace: controlliamo subito.',
    sources: [{ id: 'rimborso', title: 'Come chiedo un rimborso?' }],
    transcript: [{ from: 'customer', text: 'Mi avete addebitato due volte!', at: '2026-01-12T10:15:00.000Z' }],
    ...overrides,
  });
}

const NOW = new Date('2026-01-12T10:33:00Z');
const render = (ticket: HandoffTicket) => renderHandoffMessage(ticket, { now: NOW });
const allText = (ticket: HandoffTicket) => JSON.stringify(render(ticket));

function buttonsOf(ticket: HandoffTicket): string[] {
  return render(ticket).blocks.flatMap((block) =>
    block.type === 'actions' ? block.elements.map((element) => ('action_id' in element ? (element.action_id ?? '') : '')) : [],
  );
}

function sectionTexts(ticket: HandoffTicket): string[] {
  return render(ticket).blocks.flatMap((block) => (block.type === 'section' && block.text ? [block.text.text] : []));
}

describe('renderHandoffMessage', () => {
  it('shows priority, reasons, customer, where and the deadline when a handoff is open', () => {
    const message = render(aTicket());
    expect(message.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: ':large_orange_circle: HIGH · complaint, influencer', emoji: true },
    });
    const texts = sectionTexts(aTicket()).join('\n');
    expect(texts).toContain('Mario Rossi (@mrossi) · 12,500 followers · verified');
    expect(texts).toContain('language `it`');
    expect(texts).toContain('X · public · <https://x.com/mrossi/status/1860012|open the post>');
    expect(texts).toContain('reply by 10:45 (in 12 min)');
    expect(texts).toContain('• Come chiedo un rimborso? (`rimborso`)');
    expect(texts).toContain('>Ciao Mario, ci dispiace: controlliamo subito.');
    expect(texts).toContain('Waiting for an agent');
    expect(message.text).toBe('high handoff (complaint, influencer): Mario Rossi (@mrossi) on X, reply by 10:45');
  });

  it('leads with the summary under the priority and says the draft is a public reply when the handoff is public', () => {
    const message = render(aTicket({ summary: 'Complaint: «Mi avete addebitato due volte!» · angry · 12,500 followers, verified · it' }));
    expect(message.blocks[1]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: 'Complaint: «Mi avete addebitato due volte!» · angry · 12,500 followers, verified · it' },
    });
    expect(sectionTexts(aTicket())).toContain('*Draft (public reply)*\n>Ciao Mario, ci dispiace: controlliamo subito.');
  });

  it.each<[string, Partial<HandoffTicket>]>([
    ['the bot moved the conversation to DM', { draftFor: 'dm' }],
    ['the conversation is a DM', { kind: 'dm' }],
  ])('says the draft is a private message when %s', (_, fields) => {
    expect(sectionTexts(aTicket(fields))).toContain('*Draft (private message)*\n>Ciao Mario, ci dispiace: controlliamo subito.');
  });

  it('says who wrote the draft and from which entries when a model or the templates wrote it', () => {
    const sources = [{ id: 'ricarica', title: 'Come ricarico?' }];
    expect(sectionTexts(aTicket({ draftBy: 'gpt-4o-mini', sources }))).toContain(
      '*Draft (public reply)* · written by the model `gpt-4o-mini` from `ricarica`\n>Ciao Mario, ci dispiace: controlliamo subito.',
    );
    expect(sectionTexts(aTicket({ draftBy: 'templates', sources: [] }))).toContain('*Draft (public reply)* · written by the reply templates\n>Ciao Mario, ci dispiace: controlliamo subito.');
  });

  it('starts with the customer when a ticket stored before summaries has none', () => {
    const { summary: _summary, ...old } = aTicket({ summary: 'x' });
    expect(sectionTexts(old)[0]).toMatch(/^\*Customer\*/);
  });

  it('shows local clock times when the desk has a time zone', () => {
    const message = renderHandoffMessage(aTicket(), { now: NOW, timeZone: 'Europe/Rome' });
    expect(JSON.stringify(message)).toContain('reply by 11:45 (in 12 min)');
  });

  it('says how late it is when the deadline has passed', () => {
    expect(allText(aTicket({ deadlineAt: '2026-01-12T10:30:00.000Z' }))).toContain('reply by 10:30 (overdue by 3 min)');
  });

  it('says the conversation is private when it is a DM', () => {
    const texts = sectionTexts(aTicket({ kind: 'dm', postUrl: undefined })).join('\n');
    expect(texts).toContain('X · private (DM)');
    expect(texts).not.toContain('open the post');
  });

  it.each([
    ['open', {}, ['pronto_send_draft', 'pronto_edit_send', 'pronto_take_over', 'pronto_hand_back', 'pronto_resolve']],
    ['taken', { state: 'taken', takenBy: 'U123', takenAt: '2026-01-12T10:20:00.000Z' }, ['pronto_send_draft', 'pronto_edit_send', 'pronto_hand_back', 'pronto_resolve']],
    ['resolved', { state: 'resolved', closedBy: 'U123', closedAt: '2026-01-12T10:40:00.000Z', closedAs: 'resolved' }, []],
  ] as const)('shows the buttons that fit when the ticket is %s', (_state, overrides, expected) => {
    expect(buttonsOf(aTicket(overrides))).toEqual(expected);
  });

  it('puts the ticket id in every button value', () => {
    const actions = render(aTicket()).blocks.find((block) => block.type === 'actions');
    expect(actions?.type === 'actions' && actions.elements.every((element) => 'value' in element && element.value === 't1')).toBe(true);
  });

  it('shows who took it, what was sent and how it ended when the ticket moved on', () => {
    const texts = sectionTexts(
      aTicket({
        state: 'resolved',
        takenBy: 'U123',
        takenAt: '2026-01-12T10:20:00.000Z',
        sent: [{ by: 'U123', at: '2026-01-12T10:22:00.000Z', text: 'Rimborso avviato', edited: true }],
        closedBy: 'U123',
        closedAt: '2026-01-12T10:25:00.000Z',
        closedAs: 'resolved',
      }),
    ).join('\n');
    expect(texts).toContain('Taken by <@U123> at 10:20');
    expect(texts).toContain('Sent by <@U123> at 10:22 (edited): Rimborso avviato');
    expect(texts).toContain('Resolved by <@U123> at 10:25');
  });

  it('masks card numbers everywhere when a transcript, draft or sent text carries one', () => {
    const text = allText(
      aTicket({
        draft: `La carta ${CARD}`,
        transcript: [{ from: 'customer', text: `carta ${CARD}`, at: '2026-01-12T10:15:00.000Z' }],
        sent: [{ by: 'U1', at: '2026-01-12T10:22:00.000Z', text: `carta ${CARD}`, edited: false }],
      }),
    );
    expect(text).not.toContain(CARD);
    expect(text).toContain('**** **** **** 1111');
  });

  it('masks and escapes the summary when it quotes what the customer wrote', () => {
    const text = allText(aTicket({ summary: `Complaint: «<!channel> ${CARD}» · angry · it` }));
    expect(text).not.toContain(CARD);
    expect(text).not.toContain('<!channel>');
  });

  it('escapes customer text when it tries to ping the channel or fake a link', () => {
    const text = allText(aTicket({ transcript: [{ from: 'customer', text: '<!channel> <http://evil|bank>', at: '2026-01-12T10:15:00.000Z' }] }));
    expect(text).toContain('&lt;!channel&gt; &lt;http://evil|bank&gt;');
    expect(text).not.toContain('<!channel>');
  });

  it('masks every kind of personal data and escapes Slack markup when name, handle, turns, draft and replies carry them', () => {
    const ticket = aTicket({
      customer: { id: '42', name: HOSTILE_NAME, handle: HOSTILE_HANDLE, lang: 'it' },
      draft: HOSTILE_TEXT,
      transcript: [{ from: 'customer', text: HOSTILE_TEXT, at: '2026-01-12T10:15:00.000Z' }],
      sent: [{ by: 'U1', at: '2026-01-12T10:22:00.000Z', text: HOSTILE_TEXT, edited: true }],
    });
    const text = allText(ticket);
    expectSafeForSlack(text);
    expect(text).toContain('&lt;!here&gt; Mario &lt;!subteam^S123&gt; (@&lt;@U123&gt;)');
    expect(text).toContain('m***@example.it');
  });

  it('shows the last 10 turns, each cut to 300 characters, when the conversation is long', () => {
    const transcript = Array.from({ length: 14 }, (_, index) => ({
      from: 'customer' as const,
      text: `turn ${index} ${'x'.repeat(400)}`,
      at: '2026-01-12T10:15:00.000Z',
    }));
    const message = render(aTicket({ transcript }));
    const text = JSON.stringify(message);
    expect(text).not.toContain('turn 3 ');
    expect(text).toContain('turn 4 ');
    expect(text).toContain('4 earlier messages are in the thread');
    const turns = sectionTexts(aTicket({ transcript })).filter((section) => section.includes('turn '));
    expect(turns).toHaveLength(10);
    for (const turn of turns) expect(turn.split('\n')[1]?.length).toBeLessThanOrEqual(301);
  });

  it('keeps every section within 3000 characters and the message within 50 blocks when texts are huge', () => {
    const ticket = aTicket({
      draft: 'd'.repeat(10_000),
      sources: Array.from({ length: 200 }, (_, index) => ({ id: `entry-${index}`, title: 't'.repeat(40) })),
      sent: Array.from({ length: 30 }, () => ({ by: 'U1', at: '2026-01-12T10:22:00.000Z', text: 's'.repeat(500), edited: true })),
    });
    const message = render(ticket);
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    for (const text of sectionTexts(ticket)) expect(text.length).toBeLessThanOrEqual(3000);
  });

  it('refuses to render when a ticket id is longer than a button value may be', () => {
    expect(() => render(aTicket({ id: 'x'.repeat(2001) }))).toThrow(/Slack allows 2000/);
  });
});
