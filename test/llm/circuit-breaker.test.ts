import { describe, expect, it } from 'vitest';
import { createCircuitBreaker } from '../../src/llm/circuit-breaker.ts';

function aBreaker() {
  let now = 0;
  const breaker = createCircuitBreaker({ failuresToOpen: 3, openMs: 1_000, now: () => now });
  return { breaker, advance: (ms: number) => (now += ms) };
}

describe('createCircuitBreaker', () => {
  it('stays closed when failures are fewer than the threshold or a success comes between', () => {
    const { breaker } = aBreaker();
    breaker.failed();
    breaker.failed();
    breaker.succeeded();
    breaker.failed();
    expect(breaker.state()).toBe('closed');
    expect(breaker.tryAcquire()).toBe(true);
  });

  it('refuses calls while open and lets one trial through when the pause is over', () => {
    const { breaker, advance } = aBreaker();
    for (let i = 0; i < 3; i++) breaker.failed();
    expect(breaker.tryAcquire()).toBe(false);
    advance(1_000);
    expect(breaker.state()).toBe('half-open');
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.tryAcquire()).toBe(false);
  });

  it('closes when the trial succeeds and opens again when it fails', () => {
    const { breaker, advance } = aBreaker();
    for (let i = 0; i < 3; i++) breaker.failed();
    advance(1_000);
    breaker.tryAcquire();
    breaker.failed();
    expect(breaker.state()).toBe('open');
    advance(1_000);
    breaker.tryAcquire();
    breaker.succeeded();
    expect(breaker.state()).toBe('closed');
  });

  it('refuses calls for as long as a 429 asked when it gives a retry-after', () => {
    const { breaker, advance } = aBreaker();
    breaker.failed(5_000);
    advance(4_999);
    expect(breaker.tryAcquire()).toBe(false);
    advance(1);
    expect(breaker.tryAcquire()).toBe(true);
  });

  it('says how long until it takes a call: the rest of the pause, nothing while another caller\'s trial is out, 0 when closed', () => {
    const { breaker, advance } = aBreaker();
    expect(breaker.msUntilCallable()).toBe(0);
    breaker.failed(400);
    advance(299.5);
    expect(breaker.msUntilCallable()).toBe(101);
    advance(100.5);
    expect(breaker.msUntilCallable()).toBe(0);
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.msUntilCallable()).toBeUndefined();
    breaker.succeeded();
    expect(breaker.msUntilCallable()).toBe(0);
  });
});
