// Validates one replay line (DESIGN section 3) into an InboundMessage. Every problem is named,
// so an operator can fix the file: "author.id: missing (the author's user id on the channel)".
// A field of the wrong type is a problem too, never silently dropped or replaced by a default.
import type { InboundMessage } from '../../core/model.ts';

export type ParseResult = { message: InboundMessage } | { error: string };

/** Longer texts are cut: no channel allows more, and matching cost must stay bounded. */
export const MAX_INBOUND_TEXT_CHARS = 10_000;

// ISO 8601 with a zone: without one, JavaScript reads the local time of whichever machine
// replays the file, and business hours and deadlines move with it.
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
const ISO_EXAMPLE = '2026-11-20T09:00:00Z';

/** `receivedAt` stands in for a missing `at`. */
export function parseInboundMessage(line: string, receivedAt: Date): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (error) {
    return { error: `not valid JSON (${(error as Error).message})` };
  }
  if (!isRecord(raw)) return { error: 'expected a JSON object with id, channel, kind, author, text' };

  const problems: string[] = [];
  const id = readId(problems, 'id', raw.id, 'the message id on the channel');
  const channel = readId(problems, 'channel', raw.channel, 'e.g. "twitter" or "botframework"');
  const kind = raw.kind;
  if (kind !== 'mention' && kind !== 'dm') {
    problems.push(`kind: ${JSON.stringify(kind)} is not "mention" (public) or "dm" (private)`);
  }
  const author = readAuthor(problems, raw.author);
  if (raw.text === undefined || raw.text === null) problems.push('text: missing (the message text, may be empty)');
  else if (typeof raw.text !== 'string') problems.push(`text: must be text, not ${typeOf(raw.text)}`);
  const at = readTime(problems, raw.at) ?? receivedAt.toISOString();
  const conversationId =
    isAbsent(raw.conversationId) || raw.conversationId === '' ? id : readId(problems, 'conversationId', raw.conversationId, 'the thread or chat id');
  const lang = readOptional(problems, 'lang', raw.lang, 'string');
  const retweet = readOptional(problems, 'retweet', raw.retweet, 'boolean');
  if (problems.length > 0 || author === undefined) return { error: problems.join('; ') };

  const message: InboundMessage = {
    id,
    channel,
    kind: kind as InboundMessage['kind'],
    conversationId,
    author,
    text: (raw.text as string).slice(0, MAX_INBOUND_TEXT_CHARS),
    at,
    ...(lang ? { lang } : {}),
    ...(retweet ? { retweet: true } : {}),
  };
  return { message };
}

function readAuthor(problems: string[], value: unknown): InboundMessage['author'] | undefined {
  if (isAbsent(value) || !isRecord(value)) {
    problems.push(`author: ${isAbsent(value) ? 'missing' : `must be an object, not ${typeOf(value)}`} (an object with at least "id")`);
    return undefined;
  }
  const id = readId(problems, 'author.id', value.id, "the author's user id on the channel");
  const handle = readOptional(problems, 'author.handle', value.handle, 'string');
  const name = readOptional(problems, 'author.name', value.name, 'string');
  const followers = readOptional(problems, 'author.followers', value.followers, 'number');
  if (followers !== undefined && !(Number.isInteger(followers) && followers >= 0)) {
    problems.push(`author.followers: must be a whole number of 0 or more, not ${followers}`);
  }
  const verified = readOptional(problems, 'author.verified', value.verified, 'boolean');
  return {
    id,
    ...(handle !== undefined ? { handle } : {}),
    ...(name !== undefined ? { name } : {}),
    ...(followers !== undefined ? { followers } : {}),
    ...(verified !== undefined ? { verified } : {}),
  };
}

/** Ids are text; a JSON number is accepted as long as it still holds every digit. */
function readId(problems: string[], field: string, value: unknown, what: string): string {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  if (typeof value === 'number') {
    problems.push(`${field}: ${value} is too large for a JSON number and has lost digits; write it as text in quotes`);
  } else if (isAbsent(value) || value === '') {
    problems.push(`${field}: missing (${what})`);
  } else {
    problems.push(`${field}: must be text, not ${typeOf(value)}`);
  }
  return '';
}

interface TypeOfName {
  string: string;
  number: number;
  boolean: boolean;
}

/** An optional field: absent (or null) gives undefined; present, it must have its type. */
function readOptional<T extends keyof TypeOfName>(
  problems: string[],
  field: string,
  value: unknown,
  type: T,
): TypeOfName[T] | undefined {
  if (isAbsent(value)) return undefined;
  if (typeof value === type) return value as TypeOfName[T];
  const expected = { string: 'text', number: 'a number', boolean: 'true or false' }[type];
  problems.push(`${field}: must be ${expected}, not ${typeOf(value)}`);
  return undefined;
}

function readTime(problems: string[], value: unknown): string | undefined {
  if (isAbsent(value)) return undefined;
  if (typeof value !== 'string') {
    problems.push(`at: must be an ISO 8601 time such as ${ISO_EXAMPLE}, not ${typeOf(value)}`);
    return undefined;
  }
  const parts = ISO_TIME.exec(value);
  // Date.parse rolls 2026-02-30 over to March instead of refusing it.
  const valid = parts !== null && !Number.isNaN(Date.parse(value)) && isRealDay(parts);
  if (valid) return value;
  const zoneless = /^\d{4}-\d{2}-\d{2}T[\d:.]+$/.test(value);
  problems.push(
    `at: ${JSON.stringify(value.slice(0, 40))} is not an ISO 8601 time such as ${ISO_EXAMPLE}` +
      (zoneless ? ' (it has no time zone: add Z for UTC or an offset such as +01:00)' : ''),
  );
  return undefined;
}

function isRealDay([, year, month, day]: RegExpExecArray): boolean {
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))).getUTCDate() === Number(day);
}

function isAbsent(value: unknown): value is undefined | null {
  return value === undefined || value === null;
}

function typeOf(value: unknown): string {
  if (typeof value === 'string') return 'text';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
