// Influencers' complaints reach a human first (playbook): many followers, or a verified badge
// where the brand counts it. `verified` already means a badge of a type that counts
// (PRONTO_INFLUENCER_VERIFIED_TYPES: X gives any paid account a badge); channels decide it.
import type { Author } from '../model.ts';
import type { ResponderSettings } from '../settings.ts';

export function isInfluencer(
  author: Author,
  settings: Pick<ResponderSettings, 'influencerFollowers' | 'influencerVerified'>,
): boolean {
  if ((author.followers ?? 0) >= settings.influencerFollowers) return true;
  return settings.influencerVerified && author.verified === true;
}
