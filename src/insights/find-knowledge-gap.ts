// Which messages are knowledge gaps: questions the bot could not answer confidently, because no
// entry matched well enough or the entry that did has no translation. They are the editors'
// to-do list (the Studio's gap report, `pronto kb gaps`). Complaints the policy hands to a
// person whatever the knowledge says, account matters and messages too vague to act on are not.
import type { InboundMessage } from '../core/model.ts';
import type { Explanation } from '../core/responder.ts';
import type { KnowledgeGap } from './insight-store.ts';

export function findKnowledgeGap(message: InboundMessage, explanation: Explanation): KnowledgeGap | undefined {
  const { plan, triage, candidates } = explanation;
  const reasons = plan.flatMap((step) => (step.do === 'handoff' ? step.reasons : []));
  const why: KnowledgeGap['why'] | undefined = reasons.includes('no-answer-in-language')
    ? 'no-answer-in-language'
    : reasons.includes('no-confident-answer') || isUnrecognised(explanation)
      ? 'no-confident-answer'
      : undefined;
  if (why === undefined || triage.question.trim() === '') return undefined;
  const [best] = candidates;
  return {
    at: message.at,
    channel: message.channel,
    lang: triage.lang,
    question: triage.question,
    why,
    ...(best ? { closest: { id: best.id, confidence: best.confidence } } : {}),
  };
}

/** Asked back because nothing in the knowledge was recognised (not because the message said too little). */
function isUnrecognised({ plan, triage }: Explanation): boolean {
  return plan.length === 1 && plan[0]?.do === 'ask-back' && !triage.traits.includes('vague');
}
