// Whether a post's thanks or praise are meant, with nothing wrong now. The tone rules catch the
// irony and the gripes someone wrote down ("thanks for nothing", a "but" taking the thanks back);
// customers mostly wrap them in words of their own ("thanks for the scenic 6 hours in Frankfurt",
// "kundenservice 1a, rückruf versprochen. das war dienstag"), so a small word model, learnt from
// posts the project wrote in five languages, has the last word before a public thank-you.
import { analyzeText, type TextAnalysis } from './analyze-text.ts';
import { cleanQuestion } from './clean-question.ts';
import { wordModelFeatures } from './failure-word-features.ts';
import { measureSurface, type Surface } from './measure-surface.ts';
import { ENGLISH_THANKS_EXAMPLES } from './thanks-examples/english.ts';
import { FRENCH_THANKS_EXAMPLES } from './thanks-examples/french.ts';
import { GERMAN_THANKS_EXAMPLES } from './thanks-examples/german.ts';
import { ITALIAN_THANKS_EXAMPLES } from './thanks-examples/italian.ts';
import { SPANISH_THANKS_EXAMPLES } from './thanks-examples/spanish.ts';
import { trainWordClassifier, type PostFeatures, type WordClassifier } from './train-word-classifier.ts';

/**
 * Chosen on the dev halves (real posts, the airline crowd's tweets): the model only ever sees
 * posts the rules already thank, most of them sincere, so it withholds a thank-you only when it
 * is fairly sure; at 0.5 it would withhold about one in seven sincere ones.
 */
export const SINCERE_THANKS_THRESHOLD = 0.2;
/** As for the failing-now model: a few hundred posts per language teach broad words, not single ones. */
const L2_PENALTY = 0.03;
const EXAMPLE_LANGUAGES = ['it', 'en', 'es', 'fr', 'de'];
const EXAMPLES = [...ENGLISH_THANKS_EXAMPLES, ...ITALIAN_THANKS_EXAMPLES, ...SPANISH_THANKS_EXAMPLES, ...FRENCH_THANKS_EXAMPLES, ...GERMAN_THANKS_EXAMPLES];

let model: WordClassifier | undefined;

/** Probability that the post's thanks or praise are sincere, with nothing pending. */
export function scoreSincereThanks(analysis: TextAnalysis, surface: Surface): number {
  return trainSincereThanksModel().probability(postFeaturesOf(analysis, surface));
}

export function isSincereThanks(analysis: TextAnalysis, surface: Surface): boolean {
  return scoreSincereThanks(analysis, surface) >= SINCERE_THANKS_THRESHOLD;
}

/** The model, trained once per process (about 0.2 s): call it at start so no message waits. */
export function trainSincereThanksModel(): WordClassifier {
  model ??= trainWordClassifier(
    EXAMPLES.map(([label, text]) => ({
      positive: label === 'sincere',
      ...postFeaturesOf(analyzeText(cleanQuestion(text, []), EXAMPLE_LANGUAGES), measureSurface(text, [])),
    })),
    { l2: L2_PENALTY },
  );
  return model;
}

/** What every word model reads, and the emoji and marks irony wears. */
function postFeaturesOf(analysis: TextAnalysis, surface: Surface): PostFeatures {
  const words = wordModelFeatures(analysis);
  const marks = [
    surface.happyEmoji > 0 && 'emoji-happy',
    surface.angryEmoji > 0 && 'emoji-angry',
    surface.ironicEmoji > 0 && 'emoji-ironic',
    surface.clapping > 0 && 'emoji-clapping',
    surface.ironyHashtag && 'irony-hashtag',
    surface.repeatedPunctuation && 'insisting',
    surface.shouting && 'shouting',
  ].filter((mark): mark is string => typeof mark === 'string');
  return { tokens: words.tokens, signals: [...words.signals, ...marks] };
}
