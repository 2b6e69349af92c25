// Bot Framework's handoff protocol, so a Bot Framework-aware agent hub sees that a person takes
// over: an event named `handoff.initiate`, the hub's context as its value and the conversation so
// far as a JSON attachment named "Transcript" ({activities: [...]}), as botbuilder's
// EventFactory.createHandoffInitiation builds it (botbuilder-js,
// libraries/botbuilder/src/eventFactory.ts; learn.microsoft.com/javascript/api/botbuilder/eventfactory).
import type { Activity, ChannelAccount, ConversationReference } from '@microsoft/agents-activity';
import type { HandoffAction } from '../../core/model.ts';
import type { ConversationTurn } from '../../core/ports.ts';

const HANDOFF_INITIATE = 'handoff.initiate';

/** The history is kept masked (the store masks every turn), so the transcript shows no personal data in full. */
export function buildHandoffEvent(handoff: HandoffAction, turns: readonly ConversationTurn[], reference: ConversationReference): Partial<Activity> {
  const customer: ChannelAccount = { ...reference.user, role: 'user' } as ChannelAccount;
  const bot: ChannelAccount = { ...(reference.agent ?? {}), role: 'bot' } as ChannelAccount;
  const activities = turns
    .filter((turn) => turn.from !== 'referenced')
    .map((turn) => ({
      type: 'message',
      text: turn.text,
      timestamp: turn.at,
      from: turn.from === 'customer' ? customer : { ...bot, ...(turn.from === 'agent' ? { name: 'agent' } : {}) },
    }));
  return {
    type: 'event',
    name: HANDOFF_INITIATE,
    value: { priority: handoff.priority, reasons: handoff.reasons, lang: handoff.lang },
    attachments: [{ contentType: 'application/json', name: 'Transcript', content: { activities } }],
  };
}
