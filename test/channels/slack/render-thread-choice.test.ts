import { describe, expect, it } from 'vitest';
import type { HandoffTicket } from '../../../src/desk/handoff-ticket.ts';
import {
  parseThreadChoiceValue,
  renderDeadlineMissed,
  renderReminder,
  renderThreadChoice,
} from '../../../src/channels/slack/render-thread-choice.ts';
import { aTicket as aBaseTicket } from '../../support/builders.ts';

function aTicket(overrides: Partial<HandoffTicket> = {}): HandoffTicket {
  return aBaseTicket({ priority: 'urgent', reasons: ['legal'], deadlineAt: '2026-01-12T10:15:00.000Z', ...overrides });
}

describe('renderThreadChoice', () => {
  it('offers take over and send once with the ticket and message in the value when the bot owns the thread', () => {
    const message = renderThreadChoice(aTicket(), '1700000000.000100');
    const actions = message.blocks.find((block) => block.type === 'actions');
    if (actions?.type !== 'actions') throw new Error('no actions');
    const buttons = actions.elements.map((element) => ({
      id: 'action_id' in element ? element.action_id : undefined,
      value: 'value' in element ? element.value : undefined,
    }));
    expect(buttons.map((button) => button.id)).toEqual(['pronto_thread_take_over', 'pronto_thread_send_once']);
    for (const button of buttons) {
      expect(parseThreadChoiceValue(button.value ?? '')).toEqual({ ticketId: 't1', messageTs: '1700000000.000100' });
    }
    expect(message.text).toContain('Mario Rossi (@mrossi)');
  });

  it.each(['not json', '{"ticketId":1,"messageTs":"2"}', 'null'])('reads no value when it is %j', (value) => {
    expect(parseThreadChoiceValue(value)).toBeUndefined();
  });
});

describe('renderReminder', () => {
  it('says who waits and how long is left when the deadline is near', () => {
    expect(renderReminder(aTicket(), new Date('2026-01-12T10:10:00Z'))).toBe(
      ':red_circle: Reminder: Mario Rossi (@mrossi) is still waiting; reply by 10:15 (in 5 min).',
    );
  });
});

describe('renderDeadlineMissed', () => {
  it('mentions the on-call group when one is configured', () => {
    expect(renderDeadlineMissed(aTicket(), 'S0ONCALL')).toBe(
      '<!subteam^S0ONCALL> :rotating_light: Missed first-response deadline (10:15) for Mario Rossi (@mrossi), priority urgent: please answer now.',
    );
  });

  it('mentions nobody when there is no on-call group', () => {
    expect(renderDeadlineMissed(aTicket(), undefined, 'Europe/Rome')).toMatch(/^:rotating_light: Missed first-response deadline \(11:15\)/);
  });
});
