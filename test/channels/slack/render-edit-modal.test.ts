import type { types } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import type { HandoffTicket } from '../../../src/channels/slack/handoff-ticket.ts';
import { renderEditModal, replyLimitOf, validateEditedReply } from '../../../src/channels/slack/render-edit-modal.ts';
import { aTicket as aBaseTicket } from '../../support/builders.ts';

function aTicket(overrides: Partial<HandoffTicket> = {}): HandoffTicket {
  return aBaseTicket({ customer: { id: '42', lang: 'it' }, draft: 'Ciao! Ci dispiace.', ...overrides });
}

function inputOf(ticket: HandoffTicket) {
  const [first] = renderEditModal(ticket).blocks;
  const block = first as types.InputBlock | undefined;
  if (block?.type !== 'input' || block.element.type !== 'plain_text_input') throw new Error('no text input');
  return { block, element: block.element };
}

describe('renderEditModal', () => {
  it('opens a modal with the draft, the ticket id and a 280 limit when the customer is public on X', () => {
    const view = renderEditModal(aTicket());
    expect(view).toMatchObject({ type: 'modal', callback_id: 'pronto_edit_submit', private_metadata: 't1' });
    const { block, element } = inputOf(aTicket());
    expect(element).toMatchObject({ multiline: true, initial_value: 'Ciao! Ci dispiace.', max_length: 280 });
    expect(block.hint?.text).toContain('280 characters as X counts them');
  });

  it('allows long private replies within Slack input limits when the conversation is a DM', () => {
    const { element, block } = inputOf(aTicket({ kind: 'dm' }));
    expect(element.max_length).toBe(3000);
    expect(block.hint?.text).toContain('10000');
  });

  it('allows a long private reply when the draft of a public post is meant for the DM', () => {
    const { element, block } = inputOf(aTicket({ kind: 'mention', draftFor: 'dm' }));
    expect(element.max_length).toBe(3000);
    expect(block.hint?.text).toContain('Private reply');
  });

  it('lets a long draft load when its links make it longer than 280 plain characters', () => {
    const draft = `Leggi qui https://example.com/${'a'.repeat(300)}`;
    expect(inputOf(aTicket({ draft })).element.max_length).toBe(draft.length);
  });

  it('cuts the draft to what the input may hold when it is longer than Slack allows', () => {
    const { element, block } = inputOf(aTicket({ kind: 'dm', draft: 'd'.repeat(5000) }));
    expect(element.initial_value).toHaveLength(3000);
    expect(element.max_length).toBe(3000);
    expect(block.hint?.text).toContain('cut to the 3000 characters');
  });

  it('shows the draft with personal data masked when it carries some', () => {
    const { element, block } = inputOf(aTicket({ draft: 'Ti scriviamo a mario.rossi@example.it' }));
    expect(element.initial_value).toBe('Ti scriviamo a m***@example.it');
    expect(block.hint?.text).toContain('masked');
  });
});

describe('validateEditedReply', () => {
  const onX = replyLimitOf({ channel: 'twitter', kind: 'mention' });

  it.each([
    ['', 'Write a reply before sending'],
    ['   \n ', 'Write a reply before sending'],
    ['a'.repeat(312), 'The reply has 312 characters; X allows 280'],
    ['😀'.repeat(141), 'The reply has 282 characters; X allows 280'],
  ])('refuses %j with a reason when it cannot be posted on X', (text, error) => {
    expect(validateEditedReply(text, onX)).toEqual({ ok: false, error });
  });

  it('accepts a reply whose long link X counts as 23 when it fits', () => {
    const text = `${'a'.repeat(250)} https://example.com/${'b'.repeat(100)}`;
    expect(validateEditedReply(text, onX)).toEqual({ ok: true, text });
  });

  it('trims the reply when it is valid', () => {
    expect(validateEditedReply('  Ciao!  ', onX)).toEqual({ ok: true, text: 'Ciao!' });
  });

  it('sends the real draft when the masked draft comes back unchanged', () => {
    const draft = 'Ti scriviamo a mario.rossi@example.it';
    expect(validateEditedReply(' Ti scriviamo a m***@example.it ', { ...onX, draft })).toEqual({ ok: true, text: draft });
  });

  it('refuses an edited reply that still holds masked data from the draft', () => {
    const draft = 'Ti scriviamo a mario.rossi@example.it';
    expect(validateEditedReply('Ciao! Ti scriviamo a m***@example.it', { ...onX, draft })).toEqual({
      ok: false,
      error: 'The reply still has masked data (m***@example.it): write it out or remove it',
    });
  });

  it('counts plain characters against the DM limit when the conversation is private', () => {
    const inDm = replyLimitOf({ channel: 'twitter', kind: 'dm' });
    expect(validateEditedReply('a'.repeat(10_000), inDm).ok).toBe(true);
    expect(validateEditedReply('a'.repeat(10_001), inDm)).toEqual({ ok: false, error: 'The reply has 10001 characters; the limit is 10000' });
  });

  it('holds a Messenger reply to 2,000 characters and a Facebook comment to 8,000', () => {
    const messenger = replyLimitOf({ channel: 'facebook', kind: 'dm' });
    expect(validateEditedReply('a'.repeat(2_001), messenger)).toEqual({ ok: false, error: 'The reply has 2001 characters; the limit is 2000' });
    const comment = replyLimitOf({ channel: 'facebook', kind: 'mention' });
    expect(validateEditedReply('a'.repeat(8_000), comment).ok).toBe(true);
    expect(validateEditedReply('a'.repeat(8_001), comment).ok).toBe(false);
  });
});
