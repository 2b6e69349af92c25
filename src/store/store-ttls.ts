// How long each durable fact is kept. Both stores use these, so a fact lives as long in memory
// as in Redis and the shared contract suite can check them against one table.

/**
 * A claimed message id. Must outlive every redelivery of the same message: X polling pages
 * overlap by minutes, Slack retries for ~30 min, a queue retries for hours at most. A day is
 * ample and keeps the key count bounded by a day's traffic.
 */
export const DEDUPE_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * The actions decided for a message. Kept as long as a retry of that message may still happen
 * (queue retries, a replica restarted after an outage), so a retry re-delivers the first
 * decision instead of deciding again.
 */
export const DECISION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** A delivered action's mark (its platform id): as long as a decision, for the same reason. */
export const DELIVERY_TTL_MS = DECISION_TTL_MS;

/**
 * A conversation (mode, reply address, Slack thread) after its last change. A customer coming
 * back within a month continues the same conversation; after that a fresh one is fine and old
 * personal reply addresses do not pile up.
 */
export const CONVERSATION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * A conversation's history (the turns an agent sees in the handoff): as long as the
 * conversation itself, so a customer who comes back within the month finds an agent who can
 * read what happened; each append restarts the time.
 */
export const HISTORY_TTL_MS = CONVERSATION_TTL_MS;

/**
 * A conversation lock. Longer than any one message takes to handle (triage, an LLM call, a
 * send), so it only expires when its holder died; the holder also renews it while it works.
 */
export const LOCK_TTL_MS = 30 * 1000;

/**
 * How long a caller waits for a conversation lock held by another replica before giving up
 * with `lock_timeout`. Longer than one lock TTL, so a waiter outlasts the lock of a holder that
 * crashed instead of failing; short enough that a queue retry takes over after that.
 */
export const LOCK_WAIT_MS = LOCK_TTL_MS + 10 * 1000;

// Cursors (the last seen mention id per channel) have no TTL: losing one would make the poller
// start over and re-read or skip old posts, and there is only one small key per channel.

/**
 * Handoff tickets and their indexes: as long as a conversation is remembered, so a customer who
 * writes again within a month lands in the same Slack thread, and agents can look back.
 */
export const TICKET_TTL_MS = CONVERSATION_TTL_MS;

/**
 * A day's knowledge gaps (questions the bot could not answer, redacted): as long as the
 * conversations they came from, which is a monthly review cycle for editors; customers' words,
 * even redacted, are not kept longer than that.
 */
export const GAP_TTL_MS = CONVERSATION_TTL_MS;

/**
 * A day's counters (numbers only, no personal data): a year and a month, so the team view can
 * compare a month with the same month a year before.
 */
export const DAILY_COUNTERS_TTL_MS = 396 * 24 * 60 * 60 * 1000;

/**
 * An embedding vector, keyed by a hash of the model and the text: it never goes stale (another
 * text or model is another key), so the TTL only drops vectors of entries since edited or deleted.
 * A month keeps restarts and reloads from re-embedding anything; an unchanged entry is embedded
 * again at most monthly, one cheap request.
 */
export const VECTOR_TTL_MS = CONVERSATION_TTL_MS;
