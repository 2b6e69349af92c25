import { describe, expect, it } from 'vitest';
import { formatPretty } from '../../../src/channels/replay/format-pretty.ts';
import { aMessage } from '../../support/builders.ts';
import { aHandoff } from '../../store/builders.ts';

describe('formatPretty', () => {
  it('masks every kind of personal data the customer wrote when it shows the post', () => {
    const message = aMessage({
      text: '@Brand rimborso su IT60X0542811101000000123456, scrivete a mario.rossi@example.it o al 347 123 4567',
    });
    const shown = formatPretty(message, { actions: [{ event: 'm1', type: 'ignore', reasons: ['spam'] }] });
    expect(shown).not.toMatch(/IT60X054|mario\.rossi|347 123/);
    expect(shown).toContain('m***@example.it');
  });

  it('shows the summary, and where and by whom the draft was written, when the bot hands off', () => {
    const handoff = aHandoff({
      summary: 'Account matter: «il mio abbonamento risulta sospeso» · calm · 80 followers · it',
      draft: 'Ciao Mario! Scrivici a mario.rossi@example.it.',
      draftFor: 'dm',
    });
    expect(formatPretty(aMessage(), { actions: [handoff] }).split('\n').slice(-2)).toEqual([
      '   → HANDOFF HIGH [complaint]: Account matter: «il mio abbonamento risulta sospeso» · calm · 80 followers · it',
      '     draft for a DM (it, by templates): Ciao Mario! Scrivici a m***@example.it.',
    ]);
  });
});
