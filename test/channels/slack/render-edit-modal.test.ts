import type { types } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import type { HandoffTicket } from '../../../src/desk/handoff-ticket.ts';
import { renderEditModal, validateEditedReply } from '../../../src/channels/slack/render-edit-modal.ts';
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
  it('sends the real draft when the draft the window showed cut and masked comes back unchanged', () => {
    const draft = `Ti scriviamo a mario.rossi@example.it ${'d'.repeat(3_100)}`;
    const ticket = aTicket({ kind: 'dm', draft });
    expect(validateEditedReply(inputOf(ticket).element.initial_value ?? '', ticket)).toEqual({ ok: true, text: draft });
  });

  it('refuses an edited reply that still holds masked data from the draft', () => {
    const ticket = aTicket({ draft: 'Ti scriviamo a mario.rossi@example.it' });
    expect(validateEditedReply('Ciao! Ti scriviamo a m***@example.it', ticket)).toEqual({
      ok: false,
      error: 'The reply still has masked data (m***@example.it): write it out or remove it',
    });
  });
});
