// `/pronto queue` and `/pronto ask`: the open handoffs, most urgent and longest waiting first, and
// what the bot would answer to a question and why (the same facts as `pronto kb ask`).
import type { types } from '@slack/bolt';
import type { Action } from '../../core/model.ts';
import type { KnowledgeIndex } from '../../core/ports.ts';
import type { HandledMessage } from '../../core/responder.ts';
import type { ResponderSettings } from '../../core/settings.ts';
import type { HandoffTicket } from '../../desk/handoff-ticket.ts';
import { sortQueue } from '../../desk/sort-queue.ts';
import { PRIORITY_EMOJI, customerLabel, describeDeadline } from './render-handoff-message.ts';
import { channelName } from '../../desk/channel-names.ts';
import type { SlackMessage } from './render-handoff-message.ts';
import { MESSAGE_MAX_BLOCKS, SECTION_TEXT_MAX_CHARS, escapeMrkdwn, limitText } from './render-limits.ts';
import { formatDuration } from '../../desk/format-time.ts';
import { describePlanStep } from '../../core/describe-plan-step.ts';
import { showCustomerText } from './show-customer-text.ts';

type KnownBlock = types.KnownBlock;

function section(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: limitText(text, SECTION_TEXT_MAX_CHARS) } };
}

function queueLine(ticket: HandoffTicket, now: Date, timeZone: string): string {
  const waiting = formatDuration(now.getTime() - Date.parse(ticket.openedAt));
  const where = `${channelName(ticket.channel)} ${ticket.kind === 'mention' ? 'public' : 'DM'}`;
  const owner = ticket.takenBy === undefined ? '' : ` · taken by <@${ticket.takenBy}>`;
  const link = ticket.slack === undefined ? '' : ` · thread ${ticket.slack.ts}`;
  return (
    `${PRIORITY_EMOJI[ticket.priority]} *${ticket.priority}* · ${customerLabel(ticket)} · ${where} · ` +
    `waiting ${waiting} · ${describeDeadline(ticket, now, timeZone)}${owner}${link}`
  );
}

export function renderQueue(tickets: readonly HandoffTicket[], options: { now: Date; timeZone?: string }): SlackMessage {
  const queue = sortQueue(tickets);
  if (queue.length === 0) {
    const text = ':tada: No open handoffs: nobody is waiting for an agent.';
    return { text, blocks: [section(text)] };
  }
  const title = `*${queue.length} open handoff${queue.length === 1 ? '' : 's'}*, most urgent first`;
  const sections: string[] = [title];
  for (const ticket of queue) {
    const line = queueLine(ticket, options.now, options.timeZone ?? 'UTC');
    const last = sections.length - 1;
    const joined = `${sections[last]}\n${line}`;
    if (joined.length <= SECTION_TEXT_MAX_CHARS) sections[last] = joined;
    else sections.push(line);
  }
  const shown = sections.slice(0, MESSAGE_MAX_BLOCKS - 1);
  const blocks = shown.map(section);
  if (shown.length < sections.length) blocks.push(section(`…and more: ${sections.length - shown.length} sections left out`));
  return { text: `${queue.length} open handoffs`, blocks };
}

/** `/pronto ask`: matches with confidence, the decision and the reply the bot would send. */
export function renderAskAnswer(
  question: string,
  handled: HandledMessage,
  knowledge: KnowledgeIndex,
  settings: Pick<ResponderSettings, 'answerThreshold'>,
): SlackMessage {
  const blocks: KnownBlock[] = [section(`*Question*\n>${showCustomerText(question)}`)];
  const explanation = handled.explanation;
  if (explanation !== undefined) {
    const { triage, candidates, plan } = explanation;
    const traits = triage.traits.length > 0 ? triage.traits.join(', ') : '-';
    blocks.push({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: `language \`${triage.lang}\` (${triage.langSource}) · seen as ${traits} · sentiment ${triage.sentiment} · urgency ${triage.urgency}`,
        },
      ],
    });
    const lines = candidates.map((candidate) => {
      const entry =
        knowledge.entry(candidate.id, triage.lang) ?? knowledge.entry(candidate.id, knowledge.languages(candidate.id)[0] ?? '');
      const confident = candidate.confidence >= settings.answerThreshold ? ':white_check_mark:' : ':grey_question:';
      const translation = candidate.hasTranslation ? '' : ` (no \`${triage.lang}\` translation)`;
      return `${confident} ${candidate.confidence.toFixed(2)} \`${candidate.id}\` ${escapeMrkdwn(entry?.title ?? '')}${translation}`;
    });
    blocks.push(section(`*Matches* (answer threshold ${settings.answerThreshold})\n${lines.length > 0 ? lines.join('\n') : 'none'}`));
    blocks.push(section(`*Decision*  ${plan.map((step) => describePlanStep(step, (id) => `\`${id}\``)).join(' + ')}`));
  }
  const replies = handled.actions.map(describeAction);
  blocks.push(section(`*The bot would send*\n${replies.join('\n')}`));
  return { text: `What the bot would answer to: ${limitText(question, 200)}`, blocks };
}

function describeAction(action: Action): string {
  switch (action.type) {
    case 'reply':
      return `public reply:\n>${showCustomerText(action.text)}`;
    case 'dm':
      return `DM:\n>${showCustomerText(action.text)}`;
    case 'handoff':
      return `handoff (${action.priority}), draft for the agent:\n>${showCustomerText(action.draft)}`;
    case 'ignore':
      return `nothing (${action.reasons.join(', ')})`;
  }
}
