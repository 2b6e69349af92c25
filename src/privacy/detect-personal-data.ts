import type { PersonalDataFinding, PersonalDataType } from '../core/model.ts';
import { findCardNumbers } from './find-card-numbers.ts';
import { findCodiciFiscali } from './find-codici-fiscali.ts';
import { findEmails } from './find-emails.ts';
import { findIbans } from './find-ibans.ts';
import { findNumberLookalikes } from './find-number-lookalikes.ts';
import { findPhoneNumbers } from './find-phone-numbers.ts';
import { findSecrets } from './find-secrets.ts';
import { findStreetAddresses } from './find-street-addresses.ts';
import { normalizeForDetection, type NormalizedText } from './normalize-for-detection.ts';
import type { TextSpan } from './text-span.ts';

interface Finder {
  /** `undefined`: spans to hide from the finders after it, not personal data themselves. */
  type: PersonalDataType | undefined;
  find: (text: string) => TextSpan[];
  /** Digits the text needs before this finder can find anything (a cheap early exit). */
  minDigits: number;
}

// In order of precedence: each finder sees the text with what the earlier ones found blanked,
// so findings never overlap, an IBAN's or a card's digits are never read as a phone number, and
// dates and links never as either.
const FINDERS: readonly Finder[] = [
  { type: 'email', find: findEmails, minDigits: 0 },
  { type: 'iban', find: findIbans, minDigits: 2 },
  { type: 'codice_fiscale', find: findCodiciFiscali, minDigits: 0 },
  // Before numbers: a PUK's eight digits are no phone number.
  { type: 'secret', find: findSecrets, minDigits: 0 },
  { type: undefined, find: findNumberLookalikes, minDigits: 6 },
  { type: 'card', find: findCardNumbers, minDigits: 12 },
  // Before phones: a house number beside a postcode is no phone number.
  { type: 'address', find: findStreetAddresses, minDigits: 1 },
  { type: 'phone', find: findPhoneNumbers, minDigits: 6 },
];

// Neither a letter, a digit nor a separator: blanked text ends every token around it.
const BLANK = '\u0000';

function countDigits(text: string): number {
  let digits = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) digits += 1;
  }
  return digits;
}

function blank(text: string, spans: TextSpan[]): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let blanked = '';
  let at = 0;
  for (const span of sorted) {
    if (span.end <= at) continue;
    const from = Math.max(at, span.start);
    blanked += text.slice(at, from) + BLANK.repeat(span.end - from);
    at = span.end;
  }
  return blanked + text.slice(at);
}

/**
 * Personal data in a message: payment card numbers, IBANs, e-mail addresses, phone numbers,
 * Italian codici fiscali, street addresses with a house number and passwords or PINs, sorted
 * by `start` and never overlapping. Runs on every message, so it is regular expressions plus
 * checksums; libphonenumber only settles bare digit runs. The
 * finders read the text normalized (full-width digits, invisible characters, see
 * normalize-for-detection.ts); offsets and values are the original text's.
 */
export function detectPersonalData(text: string): PersonalDataFinding[] {
  const normalized = normalizeForDetection(text);
  return findIn(text, normalized, countDigits(normalized.text));
}

const CARD_MIN_DIGITS = FINDERS.find((finder) => finder.type === 'card')!.minDigits;

/**
 * The payment card numbers of `text`, as `detectPersonalData` finds them. Every reply and draft
 * is masked with this, and almost none has a card's digits: then no finder needs to run.
 */
export function detectCardNumbers(text: string): PersonalDataFinding[] {
  const normalized = normalizeForDetection(text);
  const digits = countDigits(normalized.text);
  if (digits < CARD_MIN_DIGITS) return [];
  return findIn(text, normalized, digits).filter((finding) => finding.type === 'card');
}

/** The findings of every finder in precedence order; `digits` the normalized text's digit count. */
function findIn(text: string, normalized: NormalizedText, digits: number): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  let visible = normalized.text;
  for (const finder of FINDERS) {
    if (digits < finder.minDigits) continue;
    const spans = finder.find(visible);
    if (spans.length === 0) continue;
    if (finder.type !== undefined) {
      for (const span of spans) {
        const { start, end } = normalized.toOriginal(span);
        findings.push({ type: finder.type, start, end, value: text.slice(start, end) });
      }
    }
    visible = blank(visible, spans);
  }
  return findings.sort((a, b) => a.start - b.start);
}
