import { describe, expect, it } from 'vitest';
import { calibrateConfidence, type ConfidenceInputs } from '../../src/knowledge/match-calibrate.ts';

function inputs(overrides: Partial<ConfidenceInputs> = {}): ConfidenceInputs {
  return { probability: 0.8, margin: 0.7, known: 1, entryCoverage: 1, coverage: 1, shared: 3, contentCount: 4, ...overrides };
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
