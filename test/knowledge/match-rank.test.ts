import { describe, expect, it } from 'vitest';
import type { MatchEvidence } from '../../src/knowledge/match-evidence.ts';
import { rankMatches } from '../../src/knowledge/match-rank.ts';

const IDS = ['pagamento', 'pagamento-estero', 'rateizzazione'];

/** Evidence of a three-word query over three entries; per entry as in IDS. */
function evidence(overrides: Partial<MatchEvidence>): MatchEvidence {
  const of = (values: number[]) => Float64Array.from(values);
  return {
    probabilities: of([0.7, 0.2, 0.1]),
    rankingProbabilities: of([0.7, 0.2, 0.1]),
    entryCoverage: of([1, 1, 1]),
    namedCoverage: of([1, 1, 1]),
    rankingTemperature: 1,
    known: 1,
    coverage: of([1, 1, 1]),
    shared: of([3, 3, 3]),
    topicCount: 3,
    unknownNameCount: 0,
    unknownPlaceCount: 0,
    genericCount: 0,
    contentCount: 3,
    ...overrides,
  };
}

describe('rankMatches', () => {
  it('ranks by the classifier when it is as sure when softened', () => {
    const matches = rankMatches(IDS, evidence({}));
    expect(matches.map((m) => m.id)).toEqual(['pagamento', 'pagamento-estero', 'rateizzazione']);
    expect(matches[0]?.score).toBe(0.7);
  });

  it('counts a place the knowledge does not know as a topic word only entries about one area lack', () => {
    // "is there an outage in Leeds?": one topic word, covered, and one unknown place.
    const leeds = evidence({ topicCount: 1, shared: Float64Array.from([1, 1, 1]), unknownPlaceCount: 1 });
    const aboutOneArea = { missedBy: (c: number) => (c === 0 ? leeds.unknownPlaceCount : 0), isElsewhere: () => false };
    const matches = rankMatches(IDS, leeds, aboutOneArea);
    const notice = matches.find((m) => m.id === 'pagamento');
    expect(notice).toMatchObject({ coverage: 0.5, supported: false });
    expect(notice?.confidence).toBeLessThanOrEqual(0.25);
    expect(matches.find((m) => m.id === 'pagamento-estero')).toMatchObject({ coverage: 1, supported: true });
    expect(rankMatches(IDS, leeds).find((m) => m.id === 'pagamento')).toMatchObject({ coverage: 1, supported: true });
  });

  it('gives no coverage to an entry the post is not about because it names somewhere else', () => {
    // "roaming in Japan": the EU roaming entry shares every topic word, but not the country.
    const elsewhere = { missedBy: () => 0, isElsewhere: (c: number) => c === 0 };
    const matches = rankMatches(IDS, evidence({}), elsewhere);
    const roaming = matches.find((m) => m.id === 'pagamento');
    expect(roaming).toMatchObject({ coverage: 0, supported: false });
    expect(roaming?.confidence).toBeLessThanOrEqual(0.25);
    expect(matches.find((m) => m.id === 'pagamento-estero')).toMatchObject({ coverage: 1, supported: true });
  });

  it('lets coverage decide the order when the softened classifier hesitates', () => {
    // "pagamento" is the classifier's favourite but covers a third of the query; softened, its
    // lead is small and "pagamento-estero", which covers all of it, comes first.
    const matches = rankMatches(
      IDS,
      evidence({
        probabilities: Float64Array.from([0.6, 0.3, 0.1]),
        rankingProbabilities: Float64Array.from([0.4, 0.35, 0.25]),
        coverage: Float64Array.from([1 / 3, 1, 1 / 3]),
        entryCoverage: Float64Array.from([1 / 3, 1, 1 / 3]),
        shared: Float64Array.from([1, 3, 1]),
      }),
    );
    expect(matches.map((m) => m.id)).toEqual(['pagamento-estero', 'pagamento', 'rateizzazione']);
  });

  it.each([
    [0.5, 'pagamento-estero', 'an FAQ-only knowledge: the words it is named by decide'],
    [1, 'pagamento', 'a knowledge the classifier fully learned: the classifier decides'],
  ])('weighs named coverage by 1 - temperature (%d → %s: %s)', (rankingTemperature, first) => {
    // Same evidence but for the names: "pagamento-estero" has the query's words in its title and
    // tags, "pagamento" only in its body.
    const matches = rankMatches(
      IDS,
      evidence({
        probabilities: Float64Array.from([0.45, 0.4, 0.15]),
        rankingProbabilities: Float64Array.from([0.45, 0.4, 0.15]),
        namedCoverage: Float64Array.from([0, 2, 0]),
        rankingTemperature,
      }),
    );
    expect(matches[0]?.id).toBe(first);
  });

  it('never gives a match more confidence than the one ranked above it', () => {
    const matches = rankMatches(
      IDS,
      evidence({
        probabilities: Float64Array.from([0.6, 0.3, 0.1]),
        rankingProbabilities: Float64Array.from([0.36, 0.35, 0.29]),
        coverage: Float64Array.from([2 / 3, 1, 1 / 3]),
        shared: Float64Array.from([2, 3, 1]),
      }),
    );
    expect(matches[0]?.id).toBe('pagamento-estero');
    // On its own "pagamento" (the classifier's favourite) is more confident than the best: it
    // is held to the best's confidence.
    expect(matches[1]).toMatchObject({ id: 'pagamento', confidence: matches[0]?.confidence });
    for (let i = 1; i < matches.length; i++) {
      expect(matches[i]?.confidence).toBeLessThanOrEqual(matches[i - 1]?.confidence ?? 0);
    }
  });

  it('leaves out entries outside the candidates when their probability is 0', () => {
    const matches = rankMatches(IDS, evidence({ probabilities: Float64Array.from([0.8, 0.2, 0]), rankingProbabilities: Float64Array.from([0.7, 0.3, 0]) }));
    expect(matches.map((m) => m.id)).toEqual(['pagamento', 'pagamento-estero']);
  });
});
