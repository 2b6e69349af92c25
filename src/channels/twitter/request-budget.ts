// X bills every read: the poller spends at most a configured number of requests per 15 minutes.

/** X's rate-limit windows are 15 minutes; budgets follow the same window. */
export const BUDGET_WINDOW_MS = 15 * 60 * 1000;

export interface RequestBudget {
  /** Requests left in the current window. */
  remaining(): number;
  spend(requests: number): void;
  /** When the current window ends (epoch ms). */
  resetsAt(): number;
}

export function createRequestBudget(perWindow: number, now: () => number): RequestBudget {
  let windowStart = now();
  let spent = 0;
  const roll = () => {
    const at = now();
    if (at - windowStart >= BUDGET_WINDOW_MS) {
      windowStart = at - ((at - windowStart) % BUDGET_WINDOW_MS);
      spent = 0;
    }
  };
  return {
    remaining() {
      roll();
      return Math.max(0, perWindow - spent);
    },
    spend(requests) {
      roll();
      spent += requests;
    },
    resetsAt() {
      roll();
      return windowStart + BUDGET_WINDOW_MS;
    },
  };
}
