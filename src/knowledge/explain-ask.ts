// Why the bot does what it does with one message, as facts people read: the language and how
// the message was read, each matched entry with its confidence and coverage, the decision and
// what the bot would send. `pronto kb ask` prints it (format-ask.ts); the Studio shows it.
import type { KnowledgeIndex } from '../core/ports.ts';
import type { HandledMessage } from '../core/responder.ts';
import type { ResponderSettings } from '../core/settings.ts';
import type { Action, KnowledgeMatch } from '../core/model.ts';
import { describePlanStep } from '../core/describe-plan-step.ts';
import { MIN_COVERAGE } from './match-calibrate.ts';

// Notices that expired between the two searches drop out of the second one; a few more
// matches keep every candidate of the first in it.
const SEARCH_SLACK = 5;
// Editors read `kb ask` in English.
const COUNTRY_NAMES = new Intl.DisplayNames(['en'], { type: 'region' });

export interface ExplainedMatch {
  id: string;
  /** The entry's title in the customer's language, or in its first one. */
  title: string;
  confidence: number;
  confident: boolean;
  /** `private`, `notice`, `no xx translation`. */
  flags: string[];
  /** "coverage 50%, 2 shared words", and the rule that keeps the entry from answering, if one does. */
  coverage: string;
}

export interface AskExplanation {
  lang: string;
  langSource: string;
  traits: string[];
  sentiment: string;
  urgency: string;
  /** Kinds of personal data found (never repeated in public). */
  personalData: string[];
  threshold: number;
  matches: ExplainedMatch[];
  /** One sentence per step of the plan. */
  decision: string[];
}

export function explainAsk(
  handled: HandledMessage,
  knowledge: KnowledgeIndex,
  settings: Pick<ResponderSettings, 'answerThreshold'>,
  now: Date = new Date(),
): AskExplanation | undefined {
  const explanation = handled.explanation;
  if (!explanation) return undefined;
  const { triage, candidates, plan } = explanation;
  // The same search the responder ran, for what its candidates leave out: each entry's coverage.
  const matches = new Map(
    knowledge.search(triage.question, { lang: triage.lang, now, limit: candidates.length + SEARCH_SLACK }).map((match) => [match.id, match]),
  );
  return {
    lang: triage.lang,
    langSource: triage.langSource,
    traits: [...triage.traits],
    sentiment: triage.sentiment,
    urgency: triage.urgency,
    personalData: triage.personalData.map((finding) => finding.type),
    threshold: settings.answerThreshold,
    matches: candidates.map((candidate) => {
      const entry = knowledge.entry(candidate.id, triage.lang) ?? knowledge.entry(candidate.id, knowledge.languages(candidate.id)[0] ?? '');
      const flags = [
        candidate.visibility === 'private' ? 'private' : '',
        candidate.kind === 'notice' ? 'notice' : '',
        candidate.hasTranslation ? '' : `no ${triage.lang} translation`,
      ].filter(Boolean);
      return {
        id: candidate.id,
        title: entry?.title ?? '',
        confidence: candidate.confidence,
        confident: candidate.confidence >= settings.answerThreshold,
        flags,
        coverage: describeCoverage(matches.get(candidate.id)),
      };
    }),
    decision: plan.map((step) => describePlanStep(step)),
  };
}

/** "coverage 50%, 2 shared words", and which rule keeps the entry from answering, if one does. */
function describeCoverage(match: KnowledgeMatch | undefined): string {
  if (match?.coverage === undefined || match.sharedWords === undefined) return '';
  const { coverage, sharedWords } = match;
  const text = `coverage ${Math.round(coverage * 100)}%, ${sharedWords} shared word${sharedWords === 1 ? '' : 's'}`;
  if (match.supported !== false) return text;
  if (match.countriesNotNamed?.length) {
    const names = match.countriesNotNamed.map((code) => COUNTRY_NAMES.of(code) ?? code).join(', ');
    return `${text}: the question names ${names}, which no entry names (name it in the entry that covers it)`;
  }
  return `${text}: ${coverage < MIN_COVERAGE ? 'too little of the question' : 'too few'} to answer`;
}

/** What an action does, in words: "public reply", "DM", "handoff (high) draft for the agent". */
export function describeAction(action: Action): { what: string; text: string } {
  switch (action.type) {
    case 'reply':
      return { what: 'public reply', text: action.text };
    case 'dm':
      return { what: 'DM', text: action.text };
    case 'handoff':
      return { what: `handoff (${action.priority}) draft for the agent, by ${action.draftBy}`, text: action.draft };
    case 'ignore':
      return { what: `nothing (${action.reasons.join(', ')})`, text: '' };
  }
}
