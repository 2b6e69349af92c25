// How the customer feels about what they report: unhappy (a complaint), sarcastic, or thankful.
// Reads the lexicon matches and the traits found so far; classifyTraits applies the verdict.
import type { MessageTrait } from '../model.ts';
import { hasMatch, type LexiconMatch, type TextAnalysis } from './analyze-text.ts';
import { hasWordPart } from './failure-word-features.ts';
import { isIronic } from './is-ironic.ts';
import { isSincereThanks } from './score-sincere-thanks.ts';
import type { LexiconCategory } from './lexicons/lexicon.ts';
import type { Surface } from './measure-surface.ts';

export interface Tone {
  /** Stated dissatisfaction, or a problem named without thanks for its fix. */
  complaint: boolean;
  /** Praise or thanks that mean the opposite. */
  ironic: boolean;
  /** Genuine thanks or praise, with nothing wrong. */
  thanks: boolean;
  /** "It works again": a fault the post reports as over. */
  faultOver: boolean;
  /**
   * How the post names a problem that no specific phrase explains (and that it does not thank
   * for): with words of its own ("stuck", "still no updates", "instead of") or only a bare
   * negation ("not", "non", "pas").
   */
  namesProblem: 'no' | 'with-words' | 'by-negation';
}

// The bare negations of the problem lists: on their own they say something is not as it should
// be, not yet what ("vorrei cambiare piano, non è urgente").
const BARE_NEGATIONS: ReadonlySet<string> = new Set([
  'not', 'never', 'non', 'mai', 'no', 'nunca', 'pas', 'jamais', 'nicht', 'kein', 'keine', 'nie',
]);

// Phrases that already say what a problem word in them is about ("la fibra non va" is a fault).
const EXPLAINS_PROBLEM: ReadonlySet<LexiconCategory> = new Set([
  'faulty', 'security', 'churn', 'account', 'resolved', 'legal', 'safety', 'human', 'question', 'howTo',
]);
/** "Thanks, but no" is a polite refusal; "thanks, but the app still crashes" says what is wrong. */
const MIN_WORDS_TAKING_BACK = 3;
/** Words of thanks or praise: a problem in their sentence is what they are glad about. */
const GLAD: ReadonlySet<LexiconCategory> = new Set(['thanks', 'praise', 'positive']);
/** Thanks next to these are for something glad or done: praise, good news, gladness ("qué ilusión"), a problem over. */
const SETTLED: ReadonlySet<LexiconCategory> = new Set(['praise', 'positive', 'ironyLead', 'resolved']);
/** Closing thanks may carry a word after them ("thanks again", "grazie ancora"). */
const WORDS_AFTER_CLOSING_THANKS = 1;
/**
 * The first words (as tokenized: lower case, no accents) of the contrasts after which praise is
 * the verdict: "but", "however", "even though", "despite" and their equivalents.
 */
const CONCESSIVE: ReadonlySet<string> = new Set([
  'but', 'however', 'though', 'although', 'even', 'despite',
  'ma', 'pero', 'tuttavia', 'anche', 'nonostante', 'sebbene',
  'sin', 'aunque', 'mais', 'cependant', 'pourtant', 'meme', 'bien',
  'aber', 'jedoch', 'trotzdem', 'obwohl', 'allerdings', 'dennoch',
]);
/** What takes praise after a "but" back: "but the app still crashes". */
const PROBLEM_AFTER_CONTRAST: ReadonlySet<LexiconCategory> = new Set(['problem', 'complaint', 'faulty', 'negative', 'request']);
// Praise next to any of these is not plain praise: it earns no thank-you.
const TROUBLE: readonly MessageTrait[] = ['complaint', 'faulty', 'security', 'churn', 'legal', 'safety', 'abuse'];

export function judgeTone(analysis: TextAnalysis, surface: Surface, traits: ReadonlySet<MessageTrait>): Tone {
  const contrast = hasMatch(analysis, 'contrast');
  const glad = hasMatch(analysis, 'praise') || hasMatch(analysis, 'positive') || traits.has('thanks');
  // "Fixed, but now the TV is down" and "is it fixed?" still report a fault, and so does an
  // arrival the fault phrase goes on to describe ("il pacco è arrivato bagnato").
  const faultOver = isResolvedApartFromFault(analysis) && !contrast && !traits.has('question');
  const named = unexplainedProblems(analysis).filter((m) => !(glad && !contrast && isThankedFor(m, analysis)));
  const namesProblem =
    named.length === 0
      ? 'no'
      : named.some((m) => m.end - m.start > 1 || !BARE_NEGATIONS.has(analysis.tokens.words[m.start] ?? ''))
        ? 'with-words'
        : 'by-negation';
  const complaint = hasMatch(analysis, 'complaint') || namesProblem !== 'no';
  const ironic = isIronic(analysis, surface);
  const troubled = new Set(traits);
  if (complaint) troubled.add('complaint');
  if (faultOver) troubled.delete('faulty');
  return {
    complaint: complaint || ironic,
    ironic,
    // "I need help with my bill, thanks": thanks for help not yet given are politeness; the
    // sincere-thanks model reads irony and gripes in words no rule names.
    thanks:
      !ironic &&
      !isThanksTakenBack(analysis) &&
      !hasMatch(analysis, 'request') &&
      !closesARequest(analysis) &&
      !isFollowedBySadness(analysis) &&
      (traits.has('thanks') || isPlainPraise(analysis, surface, troubled)) &&
      isSincereThanks(analysis, surface),
    faultOver,
    namesProblem,
  };
}

/** "Resolved" words shared with a fault are the fault's: "il pacco è arrivato distrutto" is no news of a delivery. */
function isResolvedApartFromFault(analysis: TextAnalysis): boolean {
  const faults = analysis.matches.filter((m) => m.category === 'faulty');
  return analysis.matches.some((m) => m.category === 'resolved' && !faults.some((f) => f.start < m.end && m.start < f.end));
}

/**
 * A problem named in thanks or praise ("thanks for sorting the issue", "great job with the
 * delay") or in a post that says it was solved is not a complaint; one stated before the thanks
 * or in a sentence of its own next to them ("guess I won't get any work done on the train today. Thanks, Windows")
 * is what the thanks are about.
 */
function isThankedFor(problem: LexiconMatch, analysis: TextAnalysis): boolean {
  if (hasMatch(analysis, 'resolved') || hasMatch(analysis, 'resolution')) return true;
  const { clauses } = analysis.tokens;
  // Thanks come before what they are for: "stuck overnight thanks to the crew", "can't board
  // thanks" name a cause, not a favour.
  return analysis.matches.some(
    (m) => GLAD.has(m.category) && clauses[m.start] === clauses[problem.start] && (m.category !== 'thanks' || m.start < problem.start),
  );
}

/**
 * "Refund for my last order, thanks", "pagamento delle bollette tramite PayPal, grazie!": a thing
 * of the service named, then thanks to close, with nothing glad or settled said, is a request
 * that ends politely; thanking for it would leave it unanswered. "Landed safely, thanks!",
 * "package arrived, thanks" and "thanks for the refund" keep their thank-you.
 */
function closesARequest(analysis: TextAnalysis): boolean {
  const thanks = analysis.matches.filter((m) => m.category === 'thanks');
  if (thanks.length === 0 || analysis.matches.some((m) => SETTLED.has(m.category))) return false;
  const { words } = analysis.tokens;
  if (words.length - thanks[thanks.length - 1]!.end > WORDS_AFTER_CLOSING_THANKS) return false;
  return hasWordPart(words.slice(0, thanks[0]!.start), 'thing');
}

/**
 * "Thanks for that advice, so helpful. Can't believe you actually charge people to fly": a
 * sentence after the thanks that is sad, blames or disbelieves, with nothing glad in it, is
 * what the post is about.
 */
function isFollowedBySadness(analysis: TextAnalysis): boolean {
  const thanks = analysis.matches.filter((m) => m.category === 'thanks');
  if (thanks.length === 0) return false;
  const { clauses } = analysis.tokens;
  const clauseOf = (m: LexiconMatch) => clauses[m.start] ?? 0;
  const lastThanks = clauseOf(thanks[thanks.length - 1]!);
  const gladClauses = new Set(analysis.matches.filter((m) => GLAD.has(m.category) || SETTLED.has(m.category)).map(clauseOf));
  return analysis.matches.some((m) => m.category === 'negative' && clauseOf(m) > lastThanks && !gladClauses.has(clauseOf(m)));
}

/**
 * "That is appreciated. However, the system ends the call": a "but" after the thanks, with a
 * statement behind it, takes them back, unless what follows says it is solved.
 */
function isThanksTakenBack(analysis: TextAnalysis): boolean {
  const thanks = analysis.matches.find((m) => m.category === 'thanks');
  if (thanks === undefined || hasMatch(analysis, 'resolved')) return false;
  const words = analysis.tokens.words.length;
  return analysis.matches.some((m) => m.category === 'contrast' && m.start > thanks.start && words - m.end >= MIN_WORDS_TAKING_BACK);
}

/**
 * Problem words ("issue", "delay", "not", "non") that no more specific phrase explains; a bare
 * negation of a complaint ("no complaints", "nessun problema") is the opposite of one.
 */
function unexplainedProblems(analysis: TextAnalysis): LexiconMatch[] {
  const explained = analysis.matches.filter((m) => EXPLAINS_PROBLEM.has(m.category));
  return analysis.matches.filter(
    (m) =>
      m.category === 'problem' &&
      !explained.some((e) => e.start < m.end && m.start < e.end) &&
      !analysis.negated.some((n) => n.start === m.end),
  );
}

/**
 * "Outstanding crew on my flight today", "got my burrito 😄", "🙏❤️": praise, or a smile with
 * nothing to ask, and nothing wrong, deserves a thank-you too.
 */
function isPlainPraise(analysis: TextAnalysis, surface: Surface, traits: ReadonlySet<MessageTrait>): boolean {
  const smiling = surface.happyEmoji > 0 && surface.angryEmoji + surface.ironicEmoji === 0 && !traits.has('question');
  if (!(hasMatch(analysis, 'praise') || smiling) || hasMatch(analysis, 'ironyLead')) return false;
  // "Love the new café but no brioche bun": praise with a "but" carries a gripe; "some ups and
  // downs, but lately they've been really good, shoutout": praise after the last "but" is the verdict.
  if (hasMatch(analysis, 'negative') || (hasMatch(analysis, 'contrast') && !isPraiseTheVerdict(analysis))) return false;
  return !TROUBLE.some((trait) => traits.has(trait));
}

/**
 * Praise after the post's last "but" (or "however", "despite"...), and nothing that names a
 * problem after it. Other contrasts introduce the gripe ("I wish they were helpful", "great
 * except the seat").
 */
function isPraiseTheVerdict(analysis: TextAnalysis): boolean {
  const contrasts = analysis.matches.filter((m) => m.category === 'contrast');
  if (contrasts.some((m) => !CONCESSIVE.has(analysis.tokens.words[m.start] ?? ''))) return false;
  const lastContrast = Math.max(...contrasts.map((m) => m.end));
  const after = analysis.matches.filter((m) => m.start >= lastContrast);
  return after.some((m) => m.category === 'praise') && !after.some((m) => PROBLEM_AFTER_CONTRAST.has(m.category));
}
