import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { showTyping } from '../../../src/channels/botframework/show-typing.ts';

const TIMING = { delayMs: 500, periodMs: 2_000 };

describe('showTyping', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends nothing when the answer is decided within the delay', async () => {
    const sendTyping = vi.fn(async () => {});
    const indicator = showTyping(sendTyping, TIMING);
    await vi.advanceTimersByTimeAsync(499);
    await indicator.stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sendTyping).not.toHaveBeenCalled();
  });

  it('sends one after the delay and one each period until stopped', async () => {
    const sendTyping = vi.fn(async () => {});
    const indicator = showTyping(sendTyping, TIMING);
    await vi.advanceTimersByTimeAsync(500);
    expect(sendTyping).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(4_000);
    expect(sendTyping).toHaveBeenCalledTimes(3);
    await indicator.stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sendTyping).toHaveBeenCalledTimes(3);
  });

  it('waits in stop() for an indicator in flight, so none lands after the answer', async () => {
    let finish = () => {};
    const sendTyping = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const indicator = showTyping(sendTyping, TIMING);
    await vi.advanceTimersByTimeAsync(500);
    let stopped = false;
    const stopping = indicator.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    finish();
    await stopping;
    expect(stopped).toBe(true);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sendTyping).toHaveBeenCalledTimes(1);
  });
});
