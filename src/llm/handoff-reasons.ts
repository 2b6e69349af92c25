// A handoff carries several reasons (a complaint from an influencer who writes again); the
// agent's draft and summary speak to the most important one (PLAYBOOK, Priorities).

/**
 * Reasons that say what a handoff is about, most important first: what the bot could not do
 * (its reply failed, it crashed), then legal and danger, then what the customer needs. Other
 * reasons (`influencer`, `personal-data`) only change how soon or where, not what to say.
 */
export const HANDOFF_REASONS_BY_IMPORTANCE = [
  'delivery-failed',
  'bot-error',
  'legal',
  'safety',
  'security',
  // Condolences come before any fault or account talk: "my father died and you still bill him".
  'bereavement',
  'faulty',
  // Insults come with a complaint trait: calm words first, not an apology for an unstated problem.
  'abuse',
  'churn',
  'complaint',
  'account',
  'human',
  'repeated',
  'no-confident-answer',
  'no-answer-in-language',
  'no-decision',
] as const;

export type HandoffReason = (typeof HANDOFF_REASONS_BY_IMPORTANCE)[number];

/** The handoff's reasons that say what it is about, most important first. */
export function rankHandoffReasons(reasons: readonly string[]): HandoffReason[] {
  return HANDOFF_REASONS_BY_IMPORTANCE.filter((reason) => reasons.includes(reason));
}
