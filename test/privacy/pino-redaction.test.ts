import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { PINO_PRIVACY_OPTIONS, serializeCustomerText } from '../../src/privacy/pino-redaction.ts';

/** A real pino logger writing to memory, and the JSON lines it wrote. */
function recordingLogger() {
  const lines: string[] = [];
  const logger = pino({ ...PINO_PRIVACY_OPTIONS, base: undefined, timestamp: false }, { write: (line: string) => lines.push(line) });
  const entries = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  return { logger, entries };
}

describe('PINO_PRIVACY_OPTIONS', () => {
  it('redacts secrets when they sit at the top, one level down or in headers', () => {
    const { logger, entries } = recordingLogger();
    logger.info(
      {
        token: 'xoxb-top',
        config: { apiKey: 'sk-nested', signingSecret: 'shh', port: 3000 },
        headers: { authorization: 'Bearer abc', 'x-api-key': 'key-1', accept: 'application/json' },
        req: { headers: { cookie: 'session=1' } },
      },
      'slack.request_received',
    );
    const [entry] = entries();
    const serialized = JSON.stringify(entry);
    for (const secret of ['xoxb-top', 'sk-nested', 'shh', 'Bearer abc', 'key-1', 'session=1']) {
      expect(serialized).not.toContain(secret);
    }
    expect(entry).toMatchObject({
      token: '[redacted]',
      config: { apiKey: '[redacted]', signingSecret: '[redacted]', port: 3000 },
      headers: { authorization: '[redacted]', 'x-api-key': '[redacted]', accept: 'application/json' },
    });
  });

  it("redacts the Facebook Page's token, app secret and verify token when its settings are logged", () => {
    const { logger, entries } = recordingLogger();
    logger.info({ facebook: { pageId: '1099', pageAccessToken: 'EAAG-page', appSecret: 'app-shh', verifyToken: 'verify-me' } }, 'service.configured');
    expect(entries()[0]).toMatchObject({ facebook: { pageId: '1099', pageAccessToken: '[redacted]', appSecret: '[redacted]', verifyToken: '[redacted]' } });
  });

  it('redacts every kind of personal data in customer text, drafts, summaries and the message', () => {
    const { logger, entries } = recordingLogger();
    logger.info(
      {
        text: 'carta 4111 1111 1111 1111, chiamatemi al 347 123 4567',
        question: 'scrivete a mario.rossi@example.com',
        draft: 'Ciao, la carta 5555555555554444 è bloccata, rimborso su IT60X0542811101000000123456',
        summary: 'rimborso chiesto da mario.rossi@example.com',
        refersTo: { id: 'p1', text: 'chiamami al 347 123 4567' },
        lang: 'it',
      },
      'inbound 4111-1111-1111-1111 from 347 123 4567 received',
    );
    const [entry] = entries();
    expect(JSON.stringify(entry)).not.toMatch(/347 123 4567|mario\.rossi|IT60X054/);
    expect(entry).toMatchObject({
      text: 'carta [card ****1111], chiamatemi al [phone]',
      question: 'scrivete a [email]',
      draft: 'Ciao, la carta [card ****4444] è bloccata, rimborso su [iban]',
      summary: 'rimborso chiesto da [email]',
      refersTo: { id: 'p1', text: 'chiamami al [phone]' },
      lang: 'it',
      msg: 'inbound [card ****1111] from [phone] received',
    });
  });
});

describe('serializeCustomerText', () => {
  it('redacts personal data when the value is a string', () => {
    expect(serializeCustomerText('4111111111111111')).toBe('[card ****1111]');
  });

  it('passes the value through when it is not a string', () => {
    const value = { nested: '4111111111111111' };
    expect(serializeCustomerText(value)).toBe(value);
    expect(serializeCustomerText(undefined)).toBeUndefined();
  });
});
