import { describe, expect, it } from 'vitest';
import { createThrottledWarnings } from '../../src/service/throttled-warnings.ts';
import { createRecordingLog } from '../support/recording-log.ts';

const MINUTE_MS = 60_000;

function setUp() {
  const { log, lines } = createRecordingLog();
  let clock = 0;
  const warnings = createThrottledWarnings(log, { intervalMs: MINUTE_MS, now: () => clock });
  return { warnings, lines, tick: (ms: number) => (clock += ms) };
}

/** How many occurrences the lines of `event` stand for: one per plain line, `suppressed` per summary. */
function occurrences(lines: { msg: string; suppressed?: unknown }[], event: string): number {
  return lines.filter((line) => line.msg === event).reduce((sum, line) => sum + (typeof line.suppressed === 'number' ? line.suppressed : 1), 0);
}

describe('createThrottledWarnings', () => {
  it('logs the first of a flood, then one summary per interval with the count and a sample', () => {
    const { warnings, lines, tick } = setUp();
    for (let n = 0; n < 1_000; n++) {
      warnings.warn({ reason: `bad signature ${n}` }, 'x.webhook_signature_rejected');
      tick(150);
    }
    warnings.flush();
    // 150 s of flood: the first line, one summary per full minute, the rest at flush.
    expect(lines.map((line) => line.msg)).toEqual(Array(4).fill('x.webhook_signature_rejected'));
    expect(lines[0]).toMatchObject({ reason: 'bad signature 0' });
    expect(lines[1]).toMatchObject({ reason: 'bad signature 399', suppressed: 399, intervalMs: MINUTE_MS });
    expect(occurrences(lines, 'x.webhook_signature_rejected')).toBe(1_000);
  });

  it('logs an occurrence after a quiet interval on its own again', () => {
    const { warnings, lines, tick } = setUp();
    warnings.warn({ n: 1 }, 'http.request_unparsable');
    tick(2 * MINUTE_MS);
    warnings.warn({ n: 2 }, 'http.request_unparsable');
    expect(lines.map(({ n, suppressed }) => ({ n, suppressed }))).toEqual([
      { n: 1, suppressed: undefined },
      { n: 2, suppressed: undefined },
    ]);
  });

  it('throttles each event on its own', () => {
    const { warnings, lines } = setUp();
    for (let n = 0; n < 10; n++) {
      warnings.warn({}, 'x.webhook_signature_rejected');
      warnings.warn({}, 'http.request_unparsable');
    }
    expect(lines.map((line) => line.msg)).toEqual(['x.webhook_signature_rejected', 'http.request_unparsable']);
    warnings.flush();
    expect(occurrences(lines, 'x.webhook_signature_rejected')).toBe(10);
    expect(occurrences(lines, 'http.request_unparsable')).toBe(10);
  });
});
