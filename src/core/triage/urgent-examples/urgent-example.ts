/** A post and what it tells: danger to people, fraud or exposed data, a legal threat, or nothing urgent. */
export type UrgentExample = readonly ['safety' | 'security' | 'legal' | 'calm', string];
