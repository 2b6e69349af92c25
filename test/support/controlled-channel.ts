// A customer channel a test controls: it records what would reach the customer, and can hold
// sends (like a slow X) or fail them (as the X channel throws).
import type { DmAction, ReplyAction } from '../../src/core/model.ts';
import type { CustomerChannel, ReplyAddress } from '../../src/core/ports.ts';
import { createWaitList } from './wait-list.ts';

export interface SentToCustomer {
  action: ReplyAction | DmAction;
  address: ReplyAddress;
}

/** A customer channel (the X channel's id) that records sends, and can hold or fail them. */
export interface ControlledChannel extends CustomerChannel {
  readonly sent: SentToCustomer[];
  /** Sends that started and wait for `release`. */
  readonly held: number;
  /** From now on each send waits until `release`. */
  hold(): void;
  release(): void;
  /** The next send fails with this error (a ChannelError, as the X channel throws). */
  failNext(error: Error): void;
  waitFor(predicate: () => boolean, timeoutMs?: number): Promise<void>;
}

export function createControlledChannel(): ControlledChannel {
  const sent: SentToCustomer[] = [];
  const waitList = createWaitList();
  let holding = false;
  let releases: (() => void)[] = [];
  let failure: Error | undefined;
  let held = 0;
  return {
    id: 'twitter',
    sent,
    get held() {
      return held;
    },
    replyAddressOf(message) {
      return { channel: 'twitter', data: { kind: message.kind, tweetId: message.id, authorId: message.author.id } };
    },
    async send(action, address) {
      if (holding) {
        held += 1;
        waitList.notify();
        await new Promise<void>((resolve) => releases.push(resolve));
        held -= 1;
      }
      const error = failure;
      failure = undefined;
      if (error) throw error;
      sent.push({ action, address });
      waitList.notify();
      return { id: `sent-${sent.length}` };
    },
    hold() {
      holding = true;
    },
    release() {
      holding = false;
      for (const resolve of releases.splice(0)) resolve();
    },
    failNext(error) {
      failure = error;
    },
    waitFor(predicate, timeoutMs = 5_000) {
      return waitList.until(predicate, timeoutMs, () => `sent so far: ${sent.length}, held: ${held}`);
    },
  };
}
