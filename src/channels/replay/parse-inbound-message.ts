// Validates one replay line (DESIGN section 3) into an InboundMessage. Every problem is named,
// so an operator can fix the file: "author.id: missing (the author's user id on the channel)".
import type { InboundMessage } from '../../core/model.ts';

export type ParseResult = { message: InboundMessage } | { error: string };

/** Longer texts are cut: no channel allows more, and matching cost must stay bounded. */
export const MAX_INBOUND_TEXT_CHARS = 10_000;

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
  const text = (field: string, value: unknown, what: string): string => {
    if (typeof value === 'string' && value.trim() !== '') return value;
    if (typeof value === 'number') return String(value);
    problems.push(`${field}: missing (${what})`);
    return '';
  };
  const id = text('id', raw.id, 'the message id on the channel');
  const channel = text('channel', raw.channel, 'e.g. "twitter" or "botframework"');
  const kind = raw.kind;
  if (kind !== 'mention' && kind !== 'dm') {
    problems.push(`kind: ${JSON.stringify(kind)} is not "mention" (public) or "dm" (private)`);
  }
  const author = isRecord(raw.author) ? raw.author : undefined;
  if (author === undefined) problems.push('author: missing (an object with at least "id")');
  const authorId = author ? text('author.id', author.id, "the author's user id on the channel") : '';
  if (typeof raw.text !== 'string') problems.push('text: missing (the message text, may be empty)');
  const at = typeof raw.at === 'string' ? raw.at : receivedAt.toISOString();
  if (raw.at !== undefined && Number.isNaN(Date.parse(at))) {
    problems.push(`at: ${JSON.stringify(raw.at)} is not an ISO time such as 2026-11-20T09:00:00Z`);
  }
  if (problems.length > 0) return { error: problems.join('; ') };

  const message: InboundMessage = {
    id,
    channel,
    kind: kind as InboundMessage['kind'],
    conversationId: typeof raw.conversationId === 'string' && raw.conversationId !== '' ? raw.conversationId : id,
    author: {
      id: authorId,
      ...(typeof author?.handle === 'string' ? { handle: author.handle } : {}),
      ...(typeof author?.name === 'string' ? { name: author.name } : {}),
      ...(typeof author?.followers === 'number' ? { followers: author.followers } : {}),
      ...(typeof author?.verified === 'boolean' ? { verified: author.verified } : {}),
    },
    text: (raw.text as string).slice(0, MAX_INBOUND_TEXT_CHARS),
    at,
    ...(typeof raw.lang === 'string' && raw.lang !== '' ? { lang: raw.lang } : {}),
    ...(raw.retweet === true ? { retweet: true } : {}),
  };
  return { message };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
