import type { KnowledgeMatch } from '../core/model.ts';
import { calibrateConfidence, isSupported, type ConfidenceInputs } from './match-calibrate.ts';
import type { MatchEvidence } from './match-evidence.ts';

function logit(p: number): number {
  const clamped = Math.min(1 - 1e-9, Math.max(1e-9, p));
  return Math.log(clamped / (1 - clamped));
}

/** The classes with the highest and second-highest probability (-1 when missing). */
function topTwo(probabilities: Float64Array): [number, number] {
  let best = -1;
  let second = -1;
  for (let c = 0; c < probabilities.length; c++) {
    const p = probabilities[c] as number;
    if (best < 0 || p > (probabilities[best] as number)) {
      second = best;
      best = c;
    } else if (second < 0 || p > (probabilities[second] as number)) second = c;
  }
  return [best, second];
}

/** A class's probability minus the best other class's. */
function marginOf(probabilities: Float64Array, c: number, [best, second]: [number, number]): number {
  const rival = c === best ? second : best;
  return (probabilities[c] as number) - (rival >= 0 ? (probabilities[rival] as number) : 0);
}

/** How each entry (by index) stands to the places a post names. */
export interface PlaceFit {
  /** Places the post names that the entry does not, each a topic word the entry lacks. */
  missedBy(c: number): number;
  /** The post is about somewhere the entry is not about at all: it covers none of the post. */
  isElsewhere(c: number): boolean;
}

const ANYWHERE: PlaceFit = { missedBy: () => 0, isElsewhere: () => false };

/**
 * Ranked matches of one query, from what the model found. The order comes from the evidence
 * with the classifier's scores softened (the model's ranking temperature T), plus (1 - T) times
 * the entry's named coverage: the less the classifier has learned from (an FAQ's one
 * question: T = 0.5), the more the words the entry is named by decide. The confidence comes
 * from the evidence as calibrated; a match is never more confident than one ranked above it,
 * so the first confident match is always the best one. `places` says how each entry stands to
 * the places the post names (see the knowledge index).
 */
export function rankMatches(
  ids: string[],
  evidence: MatchEvidence,
  places: PlaceFit = ANYWHERE,
): KnowledgeMatch[] {
  const { probabilities, rankingProbabilities } = evidence;
  const top = topTwo(probabilities);
  const rankingTop = topTwo(rankingProbabilities);
  const ranked: { match: KnowledgeMatch; rank: number }[] = [];
  for (let c = 0; c < probabilities.length; c++) {
    const probability = probabilities[c] as number;
    if (probability <= 0) continue;
    // A place an entry about places does not name is a topic word it lacks.
    const topicCount = evidence.topicCount + places.missedBy(c);
    const covered = topicCount > 0 && !places.isElsewhere(c);
    const coverage = covered ? ((evidence.coverage[c] as number) * evidence.topicCount) / topicCount : 0;
    const sharedWords = evidence.shared[c] as number;
    const inputs: ConfidenceInputs = {
      probability,
      margin: marginOf(probabilities, c, top),
      known: evidence.known,
      entryCoverage: evidence.entryCoverage[c] as number,
      coverage,
      shared: sharedWords,
      topicCount,
      unknownNameCount: evidence.unknownNameCount,
      genericCount: evidence.genericCount,
      contentCount: evidence.contentCount,
    };
    const tempered = calibrateConfidence({
      ...inputs,
      probability: rankingProbabilities[c] as number,
      margin: marginOf(rankingProbabilities, c, rankingTop),
    });
    const rank = logit(tempered) + (1 - evidence.rankingTemperature) * (evidence.namedCoverage[c] as number);
    const confidence = calibrateConfidence(inputs);
    ranked.push({ match: { id: ids[c] as string, score: probability, confidence, coverage, sharedWords, supported: isSupported(inputs) }, rank });
  }
  ranked.sort((a, b) => b.rank - a.rank || b.match.score - a.match.score || (a.match.id < b.match.id ? -1 : 1));
  let ceiling = 1;
  return ranked.map(({ match }) => {
    ceiling = Math.min(ceiling, match.confidence);
    return { ...match, confidence: ceiling };
  });
}
