// Sarcasm, so that it never gets a public thank-you: praise or thanks whose object is a problem
// ("thanks for losing my bag", "great job 👏 third outage this week"), eye-rolls next to praise,
// scare quotes around a promise, and the phrases and hashtags that say it outright. Precision
// comes first: a wrong "ironic" withholds a deserved thank-you, and sarcasm with no problem named
// ("loving the hold music") still never earns one, for the problem words are what keep it out.
import type { LexiconMatch, TextAnalysis, WordRange } from './analyze-text.ts';
import { hasMatch, quotesAStatus } from './analyze-text.ts';
import type { LexiconCategory } from './lexicons/lexicon.ts';
import type { Surface } from './measure-surface.ts';

// What sarcastic praise is about: something that went wrong.
const PROBLEM: ReadonlySet<LexiconCategory> = new Set(['complaint', 'faulty', 'security', 'churn', 'ironyTarget']);
// Thanks for, or "love how", a problem merely named ("thanks for not answering", "love how I
// have an issue again") are sarcastic too; praise standing next to one is not ("perfect, thanks!
// one more issue: ...").
const NAMED_PROBLEM: ReadonlySet<LexiconCategory> = new Set([...PROBLEM, 'problem']);
// What sincere thanks are about; next to these the thanks are meant.
const SINCERE: ReadonlySet<LexiconCategory> = new Set(['resolution', 'positive', 'praise', 'claim', 'contrast']);
// "Great job!", "Bravi!": praise standing alone, in a clause of at most this many words, is an
// exclamation about the rest of the post; in a longer clause it describes something ("great
// crew on my flight").
const EXCLAMATION_MAX_WORDS = 4;
// A scare quote is a word or two ("the 'unlimited' data"); a longer quotation cites a message.
const SCARE_QUOTE_MAX_WORDS = 2;
// Gladness a sarcastic post wraps its problem in: thanks, praise, positive words, "love how".
const GLADNESS: ReadonlySet<LexiconCategory> = new Set(['thanks', 'praise', 'positive', 'ironyLead']);

export function isIronic(analysis: TextAnalysis, surface: Surface): boolean {
  if (hasMatch(analysis, 'ironic') || surface.ironyHashtag) return true;
  const praise = analysis.matches.filter((m) => m.category === 'thanks' || m.category === 'praise');
  const glad = analysis.matches.some((m) => GLADNESS.has(m.category));
  if (surface.ironicEmoji > 0 && glad) return true;
  if (glad && takenBack(analysis)) return true;
  if (scareQuotesPraise(analysis)) return true;
  // '"Delivered". In a parallel universe. Great job 👏': praise for a status the customer disputes.
  if (glad && quotesAStatus(analysis)) return true;
  if (praise.some((m) => m.category === 'thanks' && thanksForProblem(m, analysis))) return true;
  // "Thanks guys, two weeks for a modem": a short thanks, then what sarcastic thanks are for.
  if (praise.some((m) => m.category === 'thanks' && isExclamation(m, analysis) && targetFollows(m, analysis))) return true;
  // Praise elsewhere in the post is only sarcastic when nothing honest joins it to the problem
  // ("great crew, but we were delayed") and nothing was fixed.
  if (hasMatch(analysis, 'contrast') || isBeingSolved(analysis)) return false;
  if (hasMatch(analysis, 'ironyLead') && hasProblem(analysis, NAMED_PROBLEM)) return true;
  if (!hasProblem(analysis, PROBLEM)) return false;
  if (surface.clapping > 0) return true;
  const exclaimed = (m: LexiconMatch) => isExclamation(m, analysis) || problemFollows(m, analysis);
  if (praise.some((m) => m.category === 'praise' && exclaimed(m))) return true;
  return analysis.quoted.some((range) => quotesPraise(range, analysis));
}

/**
 * "Love the 'unlimited' data", "appreciate the \"fast\" delivery": a promise or praise in scare
 * quotes, with gladness outside them, says the opposite of both.
 */
function scareQuotesPraise(analysis: TextAnalysis): boolean {
  const scareQuoted = analysis.quoted.some((range) => range.end - range.start <= SCARE_QUOTE_MAX_WORDS && quotesPraise(range, analysis));
  if (!scareQuoted) return false;
  const outside = (m: LexiconMatch) => !analysis.quoted.some((range) => isInside(m, range));
  return analysis.matches.some((m) => GLADNESS.has(m.category) && outside(m));
}

/** "Great customer service, not": a closing "not" takes the praise back ("... or not" does not). */
function takenBack(analysis: TextAnalysis): boolean {
  const { words, clauses } = analysis.tokens;
  const last = words.length - 1;
  return last > 1 && words[last] === 'not' && clauses[last] !== clauses[last - 1] && words[last - 1] !== 'or';
}

/**
 * "Thanks for taking 3 weeks": the clause after the thanks names a problem and nothing good. A
 * good word inside the problem's own phrase is part of the problem ("grateful my premium went
 * up": the premium is what rose).
 */
function thanksForProblem(thanks: LexiconMatch, analysis: TextAnalysis): boolean {
  const after = inClauseAfter(thanks, analysis);
  const problems = after.filter((m) => NAMED_PROBLEM.has(m.category));
  const partOfProblem = (m: LexiconMatch) => problems.some((problem) => isInside(m, problem));
  return problems.length > 0 && !after.some((m) => SINCERE.has(m.category) && !partOfProblem(m));
}

/** "Love how my internet is down again": a problem later in the praise's own clause. */
function problemFollows(praise: LexiconMatch, analysis: TextAnalysis): boolean {
  return inClauseAfter(praise, analysis).some((m) => PROBLEM.has(m.category));
}

/**
 * The clause right after the thanks names what sarcastic thanks are for ("two weeks for a
 * modem"), and nothing good follows ("two weeks for the trip and roaming worked perfectly").
 */
function targetFollows(thanks: LexiconMatch, analysis: TextAnalysis): boolean {
  const next = (analysis.tokens.clauses[thanks.start] ?? 0) + 1;
  const after = analysis.matches.filter((m) => m.start >= thanks.end);
  return (
    after.some((m) => m.category === 'ironyTarget' && analysis.tokens.clauses[m.start] === next) &&
    !after.some((m) => SINCERE.has(m.category))
  );
}

function inClauseAfter(match: LexiconMatch, analysis: TextAnalysis): LexiconMatch[] {
  const clause = analysis.tokens.clauses[match.start];
  return analysis.matches.filter((m) => m.start >= match.end && analysis.tokens.clauses[m.start] === clause);
}

function isExclamation(match: LexiconMatch, analysis: TextAnalysis): boolean {
  const clause = analysis.tokens.clauses[match.start];
  return analysis.tokens.clauses.filter((c) => c === clause).length <= EXCLAMATION_MAX_WORDS;
}

// "il rimborso ci mette più": what sarcasm targets right after the fix is the fix itself.
const LATE_FIX_GAP = 1;

/**
 * "Great, the engineer comes tomorrow to fix the outage": the problem is over or in hand. What
 * sarcasm targets right after the fix is no problem in hand but the fix being late ("fantastico,
 * il rimborso ci mette più della consegna").
 */
function isBeingSolved(analysis: TextAnalysis): boolean {
  if (hasMatch(analysis, 'resolved')) return true;
  const { clauses } = analysis.tokens;
  // A "help" in scare quotes is the point of the sarcasm, not help.
  const fixes = analysis.matches.filter((m) => m.category === 'resolution' && !analysis.quoted.some((range) => isInside(m, range)));
  const solving = fixes.map((m) => clauses[m.start]);
  return analysis.matches.some((m) => PROBLEM.has(m.category) && !isLateFix(m, fixes) && solving.includes(clauses[m.start]));
}

/** Sarcasm aimed right after a fix ("the refund takes longer than the delivery"): the fix is late. */
function isLateFix(target: LexiconMatch, fixes: readonly LexiconMatch[]): boolean {
  return target.category === 'ironyTarget' && fixes.some((fix) => fix.end <= target.start && target.start - fix.end <= LATE_FIX_GAP);
}

function hasProblem(analysis: TextAnalysis, kinds: ReadonlySet<LexiconCategory>): boolean {
  return analysis.matches.some((m) => kinds.has(m.category));
}

/** Scare quotes: your "customer service", the "fast" fibre. */
function quotesPraise(range: WordRange, analysis: TextAnalysis): boolean {
  return analysis.matches.some(
    (m) => (m.category === 'claim' || m.category === 'praise' || m.category === 'positive') && isInside(m, range),
  );
}

function isInside(match: LexiconMatch, range: WordRange): boolean {
  return match.start >= range.start && match.end <= range.end;
}
