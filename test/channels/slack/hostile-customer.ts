// What a hostile or careless customer puts in front of agents: Slack control sequences that
// would ping everyone or disguise a link, and personal data of every kind (synthetic values).
import { expect } from 'vitest';

export const SLACK_INJECTIONS = ['<!channel>', '<!here>', '<!subteam^S123>', '<@U123>', '<https://evil.example|your bank>'] as const;

export const PERSONAL_DATA = {
  card: '4111 1111 1111 1111',
  iban: 'IT60X0542811101000000123456',
  email: 'mario.rossi@example.it',
  phone: '+39 333 1234567',
  codiceFiscale: 'RSSMRA85T10A562S',
  address: 'via Roma 12',
  password: 'Hunter22!',
} as const;

/** A message carrying every injection and every kind of personal data. */
export const HOSTILE_TEXT =
  `${SLACK_INJECTIONS.join(' ')} Sono ${PERSONAL_DATA.codiceFiscale}, mail ${PERSONAL_DATA.email}, ` +
  `cell ${PERSONAL_DATA.phone}, IBAN ${PERSONAL_DATA.iban}, carta ${PERSONAL_DATA.card}, casa ${PERSONAL_DATA.address}, password: ${PERSONAL_DATA.password}`;

/** A display name and handle that try the same. */
export const HOSTILE_NAME = '<!here> Mario <!subteam^S123>';
export const HOSTILE_HANDLE = '<@U123>';

/** Fails when any injection survived unescaped or any personal data is shown in clear. */
export function expectSafeForSlack(text: string): void {
  for (const injection of SLACK_INJECTIONS) expect(text).not.toContain(injection);
  for (const value of Object.values(PERSONAL_DATA)) expect(text).not.toContain(value);
}
