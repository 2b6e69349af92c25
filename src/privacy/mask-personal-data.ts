import type { PersonalDataFinding, PersonalDataType } from '../core/model.ts';
import { detectCardNumbers, detectPersonalData } from './detect-personal-data.ts';
import { normalizeForDetection } from './normalize-for-detection.ts';

// The last four digits, as receipts and banking apps show them: enough for an agent to tell
// which card a customer means, not enough to use it.
const VISIBLE_CARD_DIGITS = 4;

const PLACEHOLDERS: Readonly<Record<Exclude<PersonalDataType, 'card'>, string>> = {
  iban: '[iban]',
  email: '[email]',
  phone: '[phone]',
  codice_fiscale: '[codice fiscale]',
  address: '[address]',
  secret: '[secret]',
};

const lastDigits = (value: string) => value.replace(/\D/g, '').slice(-VISIBLE_CARD_DIGITS);

/** `4111 1111 1111 1234` → `**** **** **** 1234`: every digit but the last four, layout kept. */
function maskCard(value: string): string {
  let hidden = value.replace(/\D/g, '').length - VISIBLE_CARD_DIGITS;
  return value.replace(/\d/g, (digit) => (hidden-- > 0 ? '*' : digit));
}

/**
 * The text with each finding's original span replaced. `replace` gets the value as detection
 * read it (ASCII digits, no invisible characters), so nothing of a disguised value survives.
 */
function replaceFindings(
  text: string,
  findings: readonly PersonalDataFinding[],
  replace: (finding: PersonalDataFinding) => string,
): string {
  let result = '';
  let at = 0;
  for (const finding of findings) {
    const value = normalizeForDetection(finding.value).text;
    result += text.slice(at, finding.start) + replace({ ...finding, value });
    at = finding.end;
  }
  return result + text.slice(at);
}

/** Masks every payment card number in `text`, keeping only its last four digits. */
export function maskCardNumbers(text: string): string {
  const cards = detectCardNumbers(text);
  return replaceFindings(text, cards, (card) => maskCard(card.value));
}

/**
 * `m***@example.com`: the first letter says whose address it is in a thread, the domain tells
 * a work address from a private one; the rest would let anyone reading Slack write to them.
 */
function maskEmail(value: string): string {
  const at = value.lastIndexOf('@');
  return `${value.slice(0, 1)}***${value.slice(at)}`;
}

/** Every letter and digit but the last four hidden, layout kept: `IT60 X054 ... 3456` → `**** **** ... 3456`. */
function maskTail(value: string): string {
  let hidden = value.replace(/[^\p{L}\p{N}]/gu, '').length - VISIBLE_CARD_DIGITS;
  return value.replace(/[\p{L}\p{N}]/gu, (char) => (hidden-- > 0 ? '*' : char));
}

/**
 * Masks every kind of personal data for people who need to recognise it but not use it (agents
 * in Slack): cards, IBANs, phone numbers and codici fiscali keep their last four characters, an
 * e-mail its first letter and domain; a home address is hidden whole (its last characters are
 * the house number and the street's end, which tell where someone lives), and so is a password
 * or PIN (nobody needs any of it). The customer sends the full details in the DM.
 */
export function maskPersonalData(text: string): string {
  return replaceFindings(text, detectPersonalData(text), (finding) => {
    switch (finding.type) {
      case 'card':
        return maskCard(finding.value);
      case 'email':
        return maskEmail(finding.value);
      case 'address':
      case 'secret':
        return PLACEHOLDERS[finding.type];
      default:
        return maskTail(finding.value);
    }
  });
}

/**
 * Replaces all personal data with typed placeholders (`[card ****1234]`, `[iban]`, `[email]`,
 * `[phone]`, `[codice fiscale]`, `[address]`, `[secret]`): for text that goes to an LLM, a log
 * or anywhere else that does not need the values.
 */
export function redactPersonalData(text: string): string {
  return replaceFindings(text, detectPersonalData(text), (finding) =>
    finding.type === 'card' ? `[card ****${lastDigits(finding.value)}]` : PLACEHOLDERS[finding.type],
  );
}
