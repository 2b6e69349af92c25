// The body of POST /api/messages checked before anything acts on it. An activity must say where
// a reply goes (serviceUrl, conversation), who wrote (from) and to which bot (recipient), else it
// is bad input: answered 400 with what is missing, and nothing is queued.
import { Activity } from '@microsoft/agents-activity';

export type ReadActivity = { ok: true; activity: Activity } | { ok: false; reason: string };

export function readActivity(body: unknown): ReadActivity {
  if (!isRecord(body)) return bad('the body must be a JSON activity object');
  if (typeof body.type !== 'string' || body.type === '') return bad('type is required (message, conversationUpdate, ...)');
  const problem = missingField(body);
  if (problem !== undefined) return bad(problem);
  try {
    // The SDK's own schema: a field of the wrong shape (text as a number...) is named.
    return { ok: true, activity: Activity.fromObject(body as never) };
  } catch (error) {
    return bad(`not a Bot Framework activity: ${describeSchemaError(error)}`);
  }
}

function missingField(body: Record<string, unknown>): string | undefined {
  const { serviceUrl } = body;
  if (typeof serviceUrl !== 'string' || !/^https?:\/\/\S+$/i.test(serviceUrl)) {
    return 'serviceUrl is required: the http(s) address of the Bot Connector that takes the replies';
  }
  if (!hasId(body.conversation)) return 'conversation.id is required';
  if (!hasId(body.from)) return 'from.id is required: who wrote the activity';
  if (!hasId(body.recipient)) return 'recipient.id is required: the bot the activity is for';
  if (typeof body.channelId !== 'string' || body.channelId === '') return 'channelId is required (msteams, webchat, ...)';
  // Messages are deduplicated by their id: a channel's retry must be recognised.
  if (body.type === 'message' && (typeof body.id !== 'string' || body.id === '')) return 'id is required for a message';
  return undefined;
}

function hasId(value: unknown): boolean {
  return isRecord(value) && typeof value.id === 'string' && value.id !== '';
}

/** The first problem zod found, as `path: message`. */
function describeSchemaError(error: unknown): string {
  const issues = (error as { issues?: unknown } | null)?.issues;
  const first = Array.isArray(issues) ? (issues[0] as { path?: unknown; message?: unknown } | undefined) : undefined;
  if (first && typeof first.message === 'string') {
    const path = Array.isArray(first.path) ? first.path.join('.') : '';
    return path === '' ? first.message : `${path}: ${first.message}`;
  }
  return error instanceof Error ? error.message.slice(0, 200) : String(error);
}

function bad(reason: string): ReadActivity {
  return { ok: false, reason };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
