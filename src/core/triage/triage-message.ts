// Triage of every inbound message: language, personal data, traits, sentiment, urgency and
// influence, plus the cleaned question used for matching. Pure and fast: it runs on every post.
import { detectPersonalData } from '../../privacy/detect-personal-data.ts';
import type { InboundMessage, MessageTrait, Sentiment, Triage } from '../model.ts';
import type { ResponderSettings } from '../settings.ts';
import { analyzeText, hasMatch, type TextAnalysis } from './analyze-text.ts';
import { assessUrgency } from './assess-urgency.ts';
import { classifyTraits } from './classify-traits.ts';
import { cleanQuestion } from './clean-question.ts';
import { detectLanguage } from './detect-language.ts';
import { isInfluencer } from './is-influencer.ts';
import { isLoneTopicWord } from './is-lone-topic-word.ts';
import { measureSurface, type Surface } from './measure-surface.ts';
import { readSubject } from './read-subject.ts';
import { scoreFailingNow, FAILING_NOW_THRESHOLD } from './score-failing-now.ts';
import { scoreSentiment } from './score-sentiment.ts';

// The traits whose texts ask for an order number, a booking reference or (for a technician's
// visit) the contract number when the post is about one (the fault and complaint drafts, the DM
// for an account matter): the subject is read for these only.
const ASKS_FOR_SUBJECT: readonly MessageTrait[] = ['faulty', 'complaint', 'account'];

export function triageMessage(message: InboundMessage, settings: ResponderSettings): Triage {
  const question = cleanQuestion(message.text, settings.brandHandles);
  const { lang, langSource } = detectLanguage(question, message.lang, settings);
  // Every configured language's lexicon reads the text: tweets mix languages, and a short text
  // may be detected as the wrong one.
  const analysis = analyzeText(question, settings.languages);
  const surface = measureSurface(message.text, settings.brandHandles);
  const wordSentiment = scoreSentiment(analysis, surface);
  const personalData = detectPersonalData(message.text);
  const sharesPersonalData = personalData.length > 0;
  const traits = classifyTraits({ message, settings, question, analysis, surface, lang, wordSentiment, sharesPersonalData });
  // Sarcasm reads as praise word by word; what it means is negative.
  const sentiment = traits.includes('ironic') ? 'negative' : wordSentiment;
  const asksForSubject = ASKS_FOR_SUBJECT.some((trait) => traits.includes(trait));
  const subject = asksForSubject ? readSubject(analysis.tokens, settings.languages, surface.namesADeparture) : undefined;
  return {
    lang,
    langSource,
    personalData,
    traits,
    sentiment,
    urgency: assessUrgency(traits, sentiment, analysis, surface),
    influencer: isInfluencer(message.author, settings),
    failingNow: traits.includes('faulty') || scoreFailingNow(analysis) >= FAILING_NOW_THRESHOLD,
    ...(subject === undefined ? {} : { subject }),
    ...(isLoneTopicWord(analysis, lang, traits, surface) ? { loneTopicWord: true } : {}),
    ...(isAngry(analysis, surface, sentiment) ? { angry: true } : {}),
    ...(hasMatch(analysis, 'sinceWhen') ? { toldSince: true } : {}),
    ...(surface.bookingReference ? { toldReference: true } : {}),
    question,
  };
}

/** Words of anger, or a negative post said with heat (capitals, "!!!", "?!", angry emoji). */
function isAngry(analysis: TextAnalysis, surface: Surface, sentiment: Sentiment): boolean {
  if (hasMatch(analysis, 'outrage')) return true;
  return sentiment === 'negative' && (surface.shouting || surface.repeatedPunctuation || surface.angryEmoji > 0);
}
