import { describe, expect, it } from 'vitest';
import { isInfluencer } from '../../../src/core/triage/is-influencer.ts';
import { triageMessage } from '../../../src/core/triage/triage-message.ts';
import { aMessage, someSettings } from './builders.ts';

describe('isInfluencer', () => {
  const settings = someSettings({ influencerFollowers: 10_000, influencerVerified: true });

  it.each([
    [{ id: '1', followers: 10_000 }, true],
    [{ id: '1', followers: 250_000 }, true],
    [{ id: '1', followers: 9_999 }, false],
    [{ id: '1' }, false],
    [{ id: '1', followers: 10, verified: true }, true],
    [{ id: '1', followers: 10, verified: false }, false],
  ])('decides %o', (author, expected) => {
    expect(isInfluencer(author, settings)).toBe(expected);
  });

  it('ignores the badge when the brand does not count it', () => {
    expect(isInfluencer({ id: '1', followers: 10, verified: true }, { ...settings, influencerVerified: false })).toBe(false);
  });

  it('follows the configured threshold', () => {
    expect(isInfluencer({ id: '1', followers: 600 }, { ...settings, influencerFollowers: 500 })).toBe(true);
  });

  it('reaches the triage', () => {
    const triage = triageMessage(aMessage({ author: { followers: 50_000 } }), settings);
    expect(triage.influencer).toBe(true);
  });
});
