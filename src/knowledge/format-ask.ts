// `pronto kb ask`: what the bot would answer, the matched entries with scores, and why.
import type { KnowledgeIndex } from '../core/ports.ts';
import type { HandledMessage } from '../core/responder.ts';
import type { ResponderSettings } from '../core/settings.ts';
import { describeAction, explainAsk } from './explain-ask.ts';

export function formatAsk(
  question: string,
  handled: HandledMessage,
  knowledge: KnowledgeIndex,
  settings: ResponderSettings,
): string {
  const lines = [`question: ${question}`];
  const explained = explainAsk(handled, knowledge, settings);
  if (explained) {
    lines.push(`language: ${explained.lang} (${explained.langSource})`);
    lines.push(`seen as:  ${explained.traits.length > 0 ? explained.traits.join(', ') : '-'} · sentiment ${explained.sentiment} · urgency ${explained.urgency}`);
    if (explained.personalData.length > 0) {
      lines.push(`personal data: ${explained.personalData.join(', ')} (never repeated in public)`);
    }
    lines.push(`matches (answer threshold ${explained.threshold}; coverage = share of the question's topic words the entry has):`);
    if (explained.matches.length === 0) lines.push('  none');
    for (const match of explained.matches) {
      const flags = [match.confident ? 'confident' : 'below threshold', ...match.flags, match.coverage].filter(Boolean);
      lines.push(`  ${match.confidence.toFixed(2)}  ${match.id.padEnd(28)} ${match.title}  [${flags.join(', ')}]`);
    }
    lines.push(`decision: ${explained.decision.join(' + ')}`);
  }
  lines.push('the bot would send:');
  for (const action of handled.actions) {
    const { what, text } = describeAction(action);
    lines.push(`  ${text === '' ? what : `${what}: ${text}`}`);
  }
  return lines.join('\n');
}
