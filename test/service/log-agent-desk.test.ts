import { describe, expect, it } from 'vitest';
import { createLogAgentDesk } from '../../src/service/log-agent-desk.ts';
import { aMessage } from '../support/builders.ts';
import { aHandoff } from '../store/builders.ts';
import { createRecordingLog } from '../support/recording-log.ts';
import { PERSONAL_DATA, HOSTILE_TEXT } from '../channels/slack/hostile-customer.ts';

describe('createLogAgentDesk', () => {
  it('logs the handoff with every kind of personal data in the draft hidden', async () => {
    const { log, lines } = createRecordingLog();
    const desk = createLogAgentDesk(log);
    await desk.openHandoff(
      aHandoff({ event: 'm1', reasons: ['complaint'], draft: HOSTILE_TEXT }),
      aMessage(),
    );
    const line = lines.find((entry) => entry.msg === 'handoff.opened');
    expect(line).toMatchObject({ priority: 'high', reasons: ['complaint'], draftFor: 'reply', draftBy: 'templates' });
    for (const value of Object.values(PERSONAL_DATA)) expect(JSON.stringify(line)).not.toContain(value);
    // Masked for agents by the desk, then redacted by the log's serializer: logs outlive the conversation.
    expect(line?.draft).toContain('[email]');
  });

  it('logs the summary with personal data redacted when the summary quotes the customer', async () => {
    const { log, lines } = createRecordingLog();
    await createLogAgentDesk(log).openHandoff(aHandoff({ summary: `Account matter: «${HOSTILE_TEXT}» · calm · it` }), aMessage());
    const line = lines.find((entry) => entry.msg === 'handoff.opened');
    expect(line?.summary).toMatch(/^Account matter: «/);
    for (const value of Object.values(PERSONAL_DATA)) expect(JSON.stringify(line)).not.toContain(value);
  });
});
