// `pronto kb ask`: what the bot would answer, the matched entries with scores, and why.
import type { KnowledgeIndex } from '../core/ports.ts';
import type { HandledMessage } from '../core/responder.ts';
import type { ResponderSettings } from '../core/settings.ts';
import type { Action } from '../core/model.ts';
import { describePlanStep } from '../core/describe-plan-step.ts';

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
    lines.push(`matches (answer threshold ${settings.answerThreshold}):`);
    if (candidates.length === 0) lines.push('  none');
    for (const candidate of candidates) {
      const entry = knowledge.entry(candidate.id, triage.lang) ?? knowledge.entry(candidate.id, knowledge.languages(candidate.id)[0] ?? '');
      const flags = [
        candidate.confidence >= settings.answerThreshold ? 'confident' : 'below threshold',
        candidate.visibility === 'private' ? 'private' : '',
        candidate.kind === 'notice' ? 'notice' : '',
        candidate.hasTranslation ? '' : `no ${triage.lang} translation`,
      ].filter(Boolean);
      lines.push(`  ${candidate.confidence.toFixed(2)}  ${candidate.id.padEnd(28)} ${entry?.title ?? ''}  [${flags.join(', ')}]`);
    }
    lines.push(`decision: ${plan.map((step) => describePlanStep(step)).join(' + ')}`);
  }
  lines.push('the bot would send:');
  for (const action of handled.actions) lines.push(`  ${describeAction(action)}`);
  return lines.join('\n');
}

function describeAction(action: Action): string {
  switch (action.type) {
    case 'reply':
      return `public reply: ${action.text}`;
    case 'dm':
      return `DM: ${action.text}`;
    case 'handoff':
      return `handoff (${action.priority}) draft for the agent: ${action.draft}`;
    case 'ignore':
      return `nothing (${action.reasons.join(', ')})`;
  }
}
