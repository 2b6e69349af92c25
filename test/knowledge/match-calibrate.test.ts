import { describe, expect, it } from 'vitest';
import {
  calibrateConfidence,
  isSupported,
  UNSUPPORTED_MAX_CONFIDENCE,
  type ConfidenceInputs,
} from '../../src/knowledge/match-calibrate.ts';

function inputs(overrides: Partial<ConfidenceInputs> = {}): ConfidenceInputs {
  return { probability: 0.8, margin: 0.7, known: 1, entryCoverage: 1, coverage: 1, shared: 3, topicCount: 3, unknownNameCount: 0, genericCount: 0, contentCount: 4, ...overrides };
}

describe('calibrateConfidence', () => {
  it('grows with the classifier probability when everything else is equal', () => {
    const values = [0.1, 0.3, 0.5, 0.7, 0.9, 0.99].map((probability) =>
      calibrateConfidence(inputs({ probability, margin: probability - 0.05 })),
    );
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThan(values[i - 1] ?? 1);
  });

  it('falls when fewer of the query words are known to the knowledge', () => {
    const known = calibrateConfidence(inputs());
    const unknown = calibrateConfidence(inputs({ known: 0.3, entryCoverage: 0.2 }));
    expect(unknown).toBeLessThan(known);
  });

  it.each<[Partial<ConfidenceInputs>, boolean, string]>([
    [{ shared: 1, coverage: 1, topicCount: 2, genericCount: 0 }, false, 'one shared word among others'],
    [{ shared: 1, coverage: 1, topicCount: 1, genericCount: 1 }, false, 'one word with "help" or "not working"'],
    [{ shared: 1, coverage: 1, topicCount: 1, genericCount: 0 }, true, 'the one word of a plain question'],
    [{ shared: 1, coverage: 1, topicCount: 1, genericCount: 0, unknownNameCount: 1 }, false, 'one word next to a name the knowledge does not know'],
    [{ shared: 0, coverage: 0, topicCount: 2, genericCount: 0 }, false, 'nothing shared'],
    [{ shared: 2, coverage: 0.4, topicCount: 4, genericCount: 0 }, false, 'less than half covered'],
    [{ shared: 2, coverage: 0.5, topicCount: 4, genericCount: 1 }, true, 'two shared, half covered'],
    [{ shared: 5, coverage: 1, topicCount: 5, genericCount: 0 }, true, 'all covered'],
  ])('supports an answer only when the entry covers the post: %o → %s (%s)', (x, supported) => {
    const all = inputs({ probability: 0.99, margin: 0.98, ...x });
    expect(isSupported(all)).toBe(supported);
    const confidence = calibrateConfidence(all);
    if (supported) expect(confidence).toBeGreaterThan(0.9);
    else expect(confidence).toBeLessThanOrEqual(UNSUPPORTED_MAX_CONFIDENCE);
  });

  it('is zero when the query has no content words', () => {
    expect(calibrateConfidence(inputs({ contentCount: 0 }))).toBe(0);
  });

  it('stays within 0 and 1 when inputs are extreme', () => {
    for (const probability of [1e-12, 0.5, 1]) {
      const value = calibrateConfidence(inputs({ probability, margin: probability }));
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
  });
});
