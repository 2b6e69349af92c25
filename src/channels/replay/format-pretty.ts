// The readable view of a replay, for people: who wrote what, what the bot does and why.
import type { Action, InboundMessage } from '../../core/model.ts';
import type { HandledMessage } from '../../core/responder.ts';
import { maskPersonalData } from '../../privacy/mask-personal-data.ts';

export function formatPretty(message: InboundMessage, handled: HandledMessage): string {
  const author = message.author;
  const who = [
    author.handle ? `@${author.handle}` : `user ${author.id}`,
    author.name ? `(${author.name}` + (author.followers !== undefined ? `, ${author.followers} followers` : '') + (author.verified ? ', verified' : '') + ')' : '',
  ].filter(Boolean).join(' ');
  const lines = [`── ${message.channel} ${message.kind} ${message.id} · ${who}`];
  lines.push(`   “${maskPersonalData(message.text).replace(/\s+/g, ' ').slice(0, 280)}”`);
  const explanation = handled.explanation;
  if (explanation) {
    const { triage, candidates } = explanation;
    const traits = triage.traits.length > 0 ? triage.traits.join(', ') : 'no particular trait';
    const pii = triage.personalData.length > 0 ? ` · personal data: ${[...new Set(triage.personalData.map((f) => f.type))].join(', ')}` : '';
    const best = candidates[0];
    const match = best ? ` · best match ${best.id} (${best.confidence.toFixed(2)})` : ' · no match';
    lines.push(`   seen as: ${triage.lang} (${triage.langSource}) · ${traits} · ${triage.sentiment}${triage.influencer ? ' · influencer' : ''}${pii}${match}`);
  }
  for (const action of handled.actions) lines.push(`   → ${describeAction(action)}`);
  return lines.join('\n');
}

function describeAction(action: Action): string {
  switch (action.type) {
    case 'reply':
      return `reply (${action.lang}): ${action.text}${sources(action.sources)}`;
    case 'dm':
      return `DM to ${action.to} (${action.lang}): ${action.text}${sources(action.sources)}`;
    case 'handoff': {
      const where = action.draftFor === 'dm' ? 'DM' : 'public reply';
      // The summary quotes the customer and the draft may carry their data: masked as for agents.
      return [
        `HANDOFF ${action.priority.toUpperCase()} [${action.reasons.join(', ')}]: ${maskPersonalData(action.summary)}`,
        `     draft for a ${where} (${action.lang}, by ${action.draftBy}): ${maskPersonalData(action.draft)}${sources(action.sources)}`,
      ].join('\n');
    }
    case 'ignore':
      return `ignore [${action.reasons.join(', ')}]`;
  }
}

function sources(ids: string[]): string {
  return ids.length > 0 ? `  ⟨from ${ids.join(', ')}⟩` : '';
}
