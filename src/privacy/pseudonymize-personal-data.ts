// Personal data out first (DESIGN section 7): what goes to a model carries placeholders instead
// of the customer's details: `[EMAIL_1]`, `[PHONE_1]`, `[CARD_1]`, `[IBAN_1]`, `[CF_1]`,
// `[ADDRESS_1]`, `[SECRET_1]`, and `[NAME]` for the customer's own name and handle. One
// pseudonymizer serves one request, so the same value is the same placeholder in the message
// and in the thread, and the model can still tell two cards apart. Values already masked for
// agents (`**** **** **** 1111`, `m***@example.it`, as the conversation history keeps them)
// become placeholders too: their last characters are still the customer's.
import type { PersonalDataType } from '../core/model.ts';
import { detectPersonalData } from './detect-personal-data.ts';
import { normalizeForDetection } from './normalize-for-detection.ts';

const LABELS: Readonly<Record<PersonalDataType, string>> = {
  email: 'EMAIL',
  phone: 'PHONE',
  card: 'CARD',
  iban: 'IBAN',
  codice_fiscale: 'CF',
  address: 'ADDRESS',
  secret: 'SECRET',
};

/** Every placeholder a pseudonymizer writes, for checks that none comes back. */
export const PLACEHOLDER = /\[(?:(?:EMAIL|PHONE|CARD|IBAN|CF|ADDRESS|SECRET)_\d+|NAME)\]/giu;

/** An e-mail as maskPersonalData shows it: first letter, three stars, the domain. */
const MASKED_EMAIL = /[\p{L}\p{N}]\*{3}@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
/**
 * A value masked with stars that keeps its last characters (cards, IBANs, phones, codici
 * fiscali): stars in groups, then at most four visible characters, single separators between.
 */
const MASKED_VALUE = /\+?\*{2,}(?:[\s./-]?\*+)*(?:[\s./-]?[\p{L}\p{N}]){1,4}/gu;
/** Shorter runs of stars are not a masked value ("f***", a rating). */
const MASKED_MIN_CHARS = 8;
/** Name parts shorter than this are initials or particles ("di", "J."), not worth replacing. */
const NAME_PART_MIN_CHARS = 3;

export interface Pseudonymizer {
  /** The text with every personal-data value (and the customer's name) as a placeholder. */
  pseudonymize(text: string): string;
}

/** `names`: the customer's display name and handle, replaced by `[NAME]`. */
export function createPseudonymizer(names: readonly string[] = []): Pseudonymizer {
  const assigned = new Map<string, string>();
  const counts = new Map<string, number>();
  const namePattern = nameMatcher(names);

  function placeholderFor(label: string, identity: string): string {
    const key = `${label}:${identity}`;
    let placeholder = assigned.get(key);
    if (placeholder === undefined) {
      const count = (counts.get(label) ?? 0) + 1;
      counts.set(label, count);
      placeholder = `[${label}_${count}]`;
      assigned.set(key, placeholder);
    }
    return placeholder;
  }

  return {
    pseudonymize(text) {
      let result = '';
      let at = 0;
      for (const finding of detectPersonalData(text)) {
        const identity = normalizeForDetection(finding.value).text.replace(/[^\p{L}\p{N}@.+]/gu, '').toLowerCase();
        result += text.slice(at, finding.start) + placeholderFor(LABELS[finding.type], identity);
        at = finding.end;
      }
      result += text.slice(at);
      result = result
        .replace(MASKED_EMAIL, (masked) => placeholderFor('EMAIL', masked.toLowerCase()))
        .replace(MASKED_VALUE, (masked) =>
          countValueChars(masked) < MASKED_MIN_CHARS ? masked : placeholderFor(labelOfMasked(masked), masked.replace(/[\s./-]/gu, '')),
        );
      return namePattern === undefined ? result : result.replace(namePattern, '[NAME]');
    },
  };
}

function countValueChars(masked: string): number {
  return masked.replace(/[^*\p{L}\p{N}]/gu, '').length;
}

/** Which kind a masked value was, from its shape (the masking keeps layout and length). */
function labelOfMasked(masked: string): string {
  if (masked.startsWith('+')) return 'PHONE';
  const length = countValueChars(masked);
  const visibleLetter = /\p{L}/u.test(masked.replace(/\*/gu, ''));
  if (length === 16 && visibleLetter) return 'CF';
  if (length >= 20) return 'IBAN';
  if (length >= 13) return 'CARD';
  return 'PHONE';
}

function nameMatcher(names: readonly string[]): RegExp | undefined {
  const parts = names
    .flatMap((name) => name.replace(/^@/u, '').split(/[\s_.-]+/u))
    .filter((part) => [...part].length >= NAME_PART_MIN_CHARS && /\p{L}/u.test(part))
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  if (parts.length === 0) return undefined;
  // Whole words only, longest first, so "Maria" does not eat the start of "Mariangela".
  const alternatives = [...new Set(parts)].sort((a, b) => b.length - a.length).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}_@])@?(?:${alternatives})(?![\\p{L}\\p{N}_])`, 'giu');
}
