// `pronto kb ask`: what the bot would answer, the matched entries with scores, and why.
import type { KnowledgeIndex } from '../core/ports.ts';
import type { HandledMessage } from '../core/responder.ts';
import type { ResponderSettings } from '../core/settings.ts';
import type { Action, KnowledgeMatch } from '../core/model.ts';
import { describePlanStep } from '../core/describe-plan-step.ts';
import { MIN_COVERAGE } from './match-calibrate.ts';

// Notices that expired between the two searches drop out of the second one; a few more
// matches keep every candidate of the first in it.
const SEARCH_SLACK = 5;

export function formatAsk(
  question: string,
  handled: HandledMessage,
  knowledge: KnowledgeIndex,
  settings: ResponderSettings,
): string {
  const lines = [`question: ${question}`];
  const explanation = handled.explanation;
  if (explanation) {
    const { triage, candidates, plan } = explanation;
    lines.push(`language: ${triage.lang} (${triage.langSource})`);
    lines.push(`seen as:  ${triage.traits.length > 0 ? triage.traits.join(', ') : '-'} · sentiment ${triage.sentiment} · urgency ${triage.urgency}`);
    if (triage.personalData.length > 0) {
      lines.push(`personal data: ${triage.personalData.map((finding) => finding.type).join(', ')} (never repeated in public)`);
    }
    lines.push(`matches (answer threshold ${settings.answerThreshold}; coverage = share of the question's topic words the entry has):`);
    if (candidates.length === 0) lines.push('  none');
    // The same search the responder ran, for what its candidates leave out: each entry's coverage.
    const matches = new Map(
      knowledge
        .search(triage.question, { lang: triage.lang, now: new Date(), limit: candidates.length + SEARCH_SLACK })
        .map((match) => [match.id, match]),
    );
    for (const candidate of candidates) {
      const entry = knowledge.entry(candidate.id, triage.lang) ?? knowledge.entry(candidate.id, knowledge.languages(candidate.id)[0] ?? '');
      const flags = [
        candidate.confidence >= settings.answerThreshold ? 'confident' : 'below threshold',
        candidate.visibility === 'private' ? 'private' : '',
        candidate.kind === 'notice' ? 'notice' : '',
        candidate.hasTranslation ? '' : `no ${triage.lang} translation`,
      ].filter(Boolean);
      const match = matches.get(candidate.id);
      lines.push(`  ${candidate.confidence.toFixed(2)}  ${candidate.id.padEnd(28)} ${entry?.title ?? ''}  [${[...flags, describeCoverage(match)].filter(Boolean).join(', ')}]`);
    }
    lines.push(`decision: ${plan.map((step) => describePlanStep(step)).join(' + ')}`);
  }
  lines.push('the bot would send:');
  for (const action of handled.actions) lines.push(`  ${describeAction(action)}`);
  return lines.join('\n');
}

/** "coverage 50%, 2 shared words", and which rule keeps the entry from answering, if one does. */
function describeCoverage(match: KnowledgeMatch | undefined): string {
  if (match?.coverage === undefined || match.sharedWords === undefined) return '';
  const { coverage, sharedWords } = match;
  const text = `coverage ${Math.round(coverage * 100)}%, ${sharedWords} shared word${sharedWords === 1 ? '' : 's'}`;
  if (match.supported !== false) return text;
  return `${text}: ${coverage < MIN_COVERAGE ? 'too little of the question' : 'too few'} to answer`;
}

function describeAction(action: Action): string {
  switch (action.type) {
    case 'reply':
      return `public reply: ${action.text}`;
    case 'dm':
      return `DM: ${action.text}`;
    case 'handoff':
      return `handoff (${action.priority}) draft for the agent, by ${action.draftBy}: ${action.draft}`;
    case 'ignore':
      return `nothing (${action.reasons.join(', ')})`;
  }
}
