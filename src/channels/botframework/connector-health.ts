// Whether this replica can talk to the Bot Connector, for /readyz: wrong credentials fail every
// call the same way, so the last refusal (with its fix) is what readiness shows, until a call
// goes through again. Other failures are per message and handled by retries and handoffs.
import type { ChannelError } from '../../errors.ts';
import { AUTH_FAILED } from './map-connector-error.ts';

export interface ConnectorHealth {
  /** Records the outcome of one call: a credentials refusal turns readiness red, a success green. */
  note(outcome: 'ok' | ChannelError): void;
  /** Throws the credentials problem, naming the fix, while there is one. */
  assertHealthy(): void;
}

export function createConnectorHealth(): ConnectorHealth {
  let problem: string | undefined;
  return {
    note(outcome) {
      if (outcome === 'ok') problem = undefined;
      else if (outcome.code === AUTH_FAILED) problem = outcome.message;
    },
    assertHealthy() {
      if (problem !== undefined) throw new Error(problem);
    },
  };
}
