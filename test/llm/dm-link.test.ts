import { describe, expect, it } from 'vitest';
import { buildDmLink } from '../../src/llm/dm-link.ts';

describe('buildDmLink', () => {
  it('opens a DM with the brand when the channel is X and the recipient is configured', () => {
    expect(buildDmLink('twitter', { xDmRecipientId: '123456' })).toBe(
      'https://x.com/messages/compose?recipient_id=123456',
    );
  });

  it.each([
    ['the recipient is not configured', 'twitter', undefined],
    ['the recipient is blank', 'twitter', '  '],
    ['the channel has no DM link', 'botframework', '123456'],
  ])('gives no link when %s', (_, channel, xDmRecipientId) => {
    expect(buildDmLink(channel, { xDmRecipientId })).toBeUndefined();
  });
});
