// `/pronto queue` (open handoffs by priority and waiting time) and `/pronto ask <question>`
// (what the bot would answer and why), answered privately to the agent.
import { renderAskAnswer, renderQueue } from './render-queue.ts';
import type { DeskContext } from './desk-context.ts';

export function registerProntoCommand(context: DeskContext): void {
  const { app, deps, desk } = context;
  const { config } = deps;

  app.command('/pronto', async ({ ack, command }) => {
    const [sub, ...rest] = command.text.trim().split(/\s+/);
    if (sub === 'queue') {
      const queue = renderQueue(await desk.tickets.listOpen(), { now: deps.now(), timeZone: config.timeZone });
      await ack({ response_type: 'ephemeral', text: queue.text, blocks: queue.blocks });
      return;
    }
    if (sub === 'ask' && rest.length > 0) {
      const question = rest.join(' ');
      const answer = renderAskAnswer(question, await deps.explain(question), deps.knowledge(), {
        answerThreshold: deps.answerThreshold,
      });
      await ack({ response_type: 'ephemeral', text: answer.text, blocks: answer.blocks });
      return;
    }
    await ack({
      response_type: 'ephemeral',
      text: 'Usage: `/pronto queue` (open handoffs by priority and waiting time) or `/pronto ask <question>` (what the bot would answer and why).',
    });
  });
}
