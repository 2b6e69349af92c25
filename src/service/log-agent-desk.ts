// The agents' desk until Slack is configured: every handoff is a structured log line (and a
// metric), so nothing a human must see is dropped silently. The draft is masked as agents see it
// in Slack: the people reading these logs stand in for them.
import { randomUUID } from 'node:crypto';
import type { AgentDesk, Logger } from '../core/ports.ts';
import { maskPersonalData } from '../privacy/mask-personal-data.ts';

export function createLogAgentDesk(log: Logger): AgentDesk {
  return {
    async openHandoff(handoff, message) {
      const id = randomUUID();
      log.warn(
        {
          handoff: id,
          event: message.id,
          channel: message.channel,
          conversation: message.conversationId,
          author: message.author.handle ?? message.author.id,
          priority: handoff.priority,
          reasons: handoff.reasons,
          lang: handoff.lang,
          summary: handoff.summary,
          draft: maskPersonalData(handoff.draft),
          draftFor: handoff.draftFor,
          draftBy: handoff.draftBy,
        },
        'handoff.opened',
      );
      return { id };
    },
  };
}
