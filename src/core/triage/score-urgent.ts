// Whether a post tells of danger to people (`safety`) or of fraud, a taken-over account or
// exposed data (`security`), the matters a person must see at once. The lexicons catch the
// phrasings someone wrote down; customers mostly tell these calmly and in their own words ("the
// stroller you lost had my baby's medicine in it", "who is Daniel and why is he on my card?"),
// so two small word models, learnt from posts the project wrote in five languages, read the rest.
import type { MessageTrait } from '../model.ts';
import { analyzeText, type TextAnalysis } from './analyze-text.ts';
import { wordModelFeatures } from './failure-word-features.ts';
import type { LexiconCategory } from './lexicons/lexicon.ts';
import { analysedExamples } from './score-failing-now.ts';
import { trainWordClassifier, type PostFeatures, type WordClassifier } from './train-word-classifier.ts';
import { ENGLISH_URGENT_EXAMPLES } from './urgent-examples/english.ts';
import { FRENCH_URGENT_EXAMPLES } from './urgent-examples/french.ts';
import { GERMAN_URGENT_EXAMPLES } from './urgent-examples/german.ts';
import { ITALIAN_URGENT_EXAMPLES } from './urgent-examples/italian.ts';
import { SPANISH_URGENT_EXAMPLES } from './urgent-examples/spanish.ts';

/** The traits the models read; a legal threat names its lawyer or regulator, which the lexicons know. */
export type ModelledUrgentTrait = Extract<MessageTrait, 'safety' | 'security'>;
const MODELLED: readonly ModelledUrgentTrait[] = ['safety', 'security'];

/**
 * Per matter, chosen among a few on the airline crowd's dev tweets and the urgent probes (bench/):
 * positives are about one post in sixteen of what each model learns from, so a tenth is already a
 * strong sign of danger; fraud's words ("account", "card", "charged") also fill ordinary billing
 * complaints, so it asks for more.
 */
export const URGENT_MODEL_THRESHOLDS: Readonly<Record<ModelledUrgentTrait, number>> = { safety: 0.1, security: 0.2 };
/** A light penalty: each urgent matter has few examples, and their words must count. */
const L2_PENALTY = 0.001;
const EXAMPLE_LANGUAGES = ['it', 'en', 'es', 'fr', 'de'];
// What the lexicons already call urgent is left out of the features: the models are there for
// what no phrase names, and would otherwise learn the lexicons' verdict instead of the words.
const LEXICON_VERDICTS: ReadonlySet<LexiconCategory> = new Set(['safety', 'security', 'legal']);

let models: ReadonlyMap<ModelledUrgentTrait, WordClassifier> | undefined;

/** The urgent traits the models read in the analysed post (empty for most posts). */
export function readUrgentTraits(analysis: TextAnalysis): ModelledUrgentTrait[] {
  const trained = trainUrgentModels();
  const features = urgentFeaturesOf(analysis);
  return MODELLED.filter((trait) => trained.get(trait)!.probability(features) >= URGENT_MODEL_THRESHOLDS[trait]);
}

/** Probability that the analysed post tells of the given urgent matter. */
export function scoreUrgent(analysis: TextAnalysis, trait: ModelledUrgentTrait): number {
  return trainUrgentModels().get(trait)!.probability(urgentFeaturesOf(analysis));
}

/**
 * The models, trained once per process (about as long as the failing-now model): call it at start
 * so no message waits.
 * Each learns its matter against everything else: the other urgent matters, the calm look-alikes
 * and the failing-now examples (faults, delays, complaints: high, but no danger and no fraud).
 */
export function trainUrgentModels(): ReadonlyMap<ModelledUrgentTrait, WordClassifier> {
  if (models !== undefined) return models;
  const urgent = [...ENGLISH_URGENT_EXAMPLES, ...ITALIAN_URGENT_EXAMPLES, ...SPANISH_URGENT_EXAMPLES, ...FRENCH_URGENT_EXAMPLES, ...GERMAN_URGENT_EXAMPLES];
  const posts = [
    ...urgent.map(([kind, text]) => ({ kind, features: urgentFeaturesOf(analyzeText(text, EXAMPLE_LANGUAGES)) })),
    ...analysedExamples().map(({ analysis }) => ({ kind: 'calm', features: urgentFeaturesOf(analysis) })),
  ];
  models = new Map(
    MODELLED.map((trait) => [trait, trainWordClassifier(posts.map(({ kind, features }) => ({ positive: kind === trait, ...features })), { l2: L2_PENALTY })]),
  );
  return models;
}

/** The word models' features without the lexicons' urgent verdicts. */
function urgentFeaturesOf(analysis: TextAnalysis): PostFeatures {
  return wordModelFeatures(analysis, LEXICON_VERDICTS);
}
