// What one poll of X returns, for mentions and DMs alike.
import type { InboundMessage } from '../../core/model.ts';
import type { ChannelError } from '../../errors.ts';

/** An item X sent that could not become a message; logged, never thrown. */
export interface XRejectedItem {
  id?: string;
  reason: string;
}

export interface XRateLimitState {
  remaining: number;
  /** Epoch seconds when the window resets (X's `x-rate-limit-reset`). */
  reset: number;
}

export interface XFetchResult {
  /** Oldest first, so the responder answers in the order customers wrote. */
  messages: InboundMessage[];
  /** The newest id seen (messages, rejected and skipped items alike): the next cursor. */
  newestId?: string;
  rejected: XRejectedItem[];
  /** Items deliberately left out (the brand's own DMs, DM events that are not messages). */
  skipped: number;
  /** True when the page budget ran out before reaching the cursor: older items were not read. */
  truncated: boolean;
  /** When truncated: where to continue reading the same range in the next request. */
  nextToken?: string;
  /** Requests made (X bills per request and per item read). */
  requests: number;
  /** The rate-limit window of the endpoint after the last request, when X sent it. */
  rateLimit?: XRateLimitState;
  /**
   * Set when X failed after some pages were read (a 429 on page 3): `messages` holds what was
   * read (already billed), `nextToken` repeats the failed request.
   */
  error?: ChannelError;
}
