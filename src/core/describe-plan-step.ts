// One plain-English sentence per plan step, for people reading why the bot acts: `pronto kb
// ask`, the replay's readable view and `/pronto ask` in Slack.
import type { PlanStep } from './model.ts';

/** `formatId` renders knowledge ids (e.g. as code in Slack). */
export function describePlanStep(step: PlanStep, formatId: (id: string) => string = (id) => id): string {
  switch (step.do) {
    case 'answer':
      return `answer from ${formatId(step.entryId)}`;
    case 'answer-if-grounded':
      return `answer if a model's text is grounded in ${step.entryIds.map(formatId).join(', ')}; else ${step.fallback
        .map((fallback) => describePlanStep(fallback, formatId))
        .join(', then ')}`;
    case 'acknowledge':
      return `acknowledge in public and go to DM (${step.why})`;
    case 'dm':
      return step.entryId === undefined ? 'DM asking for the details' : `DM with ${formatId(step.entryId)}`;
    case 'handoff':
      return `hand off to a human, priority ${step.priority} (${step.reasons.join(', ')})`;
    case 'ignore':
      return `ignore (${step.reasons.join(', ')})`;
    case 'ask-back':
      return 'ask a clarifying question';
    case 'thank':
      return 'thank them';
    case 'hold':
      return 'holding reply';
  }
}
