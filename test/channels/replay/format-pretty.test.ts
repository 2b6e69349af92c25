import { describe, expect, it } from 'vitest';
import { formatPretty } from '../../../src/channels/replay/format-pretty.ts';
import { aMessage } from '../../support/builders.ts';

describe('formatPretty', () => {
  it('masks every kind of personal data the customer wrote when it shows the post', () => {
    const message = aMessage({
      text: '@Brand rimborso su IT60X0542811101000000123456, scrivete a mario.rossi@example.it o al 347 123 4567',
    });
    const shown = formatPretty(message, { actions: [{ event: 'm1', type: 'ignore', reasons: ['spam'] }] });
    expect(shown).not.toMatch(/IT60X054|mario\.rossi|347 123/);
    expect(shown).toContain('m***@example.it');
  });
});
