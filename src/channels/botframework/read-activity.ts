// The body of POST /api/messages checked before anything acts on it. An activity must say where
// a reply goes (serviceUrl, conversation), who wrote (from) and to which bot (recipient), else it
// is bad input: answered 400 with what is missing, and nothing is queued.
export type ReadActivity = { ok: true; body: Record<string, unknown> } | { ok: false; reason: string };

/**
 * The fields a reply needs. The SDK parses the whole activity with its own schema when it opens
 * the turn (once: parsing is a good share of the cost of an activity); a field of the wrong shape
 * is then named by describeSchemaError.
 */
export function readActivity(body: unknown): ReadActivity {
  if (!isRecord(body)) return bad('the body must be a JSON activity object');
  if (typeof body.type !== 'string' || body.type === '') return bad('type is required (message, conversationUpdate, ...)');
  const problem = missingField(body);
  return problem === undefined ? { ok: true, body } : bad(problem);
}

/** The SDK's schema (zod) refused the activity: its error carries `issues`. */
export function isSchemaError(error: unknown): boolean {
  return Array.isArray((error as { issues?: unknown } | null)?.issues);
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

/** The first problem the SDK's schema found, as `not a Bot Framework activity: path: message`. */
export function describeSchemaError(error: unknown): string {
  const issues = (error as { issues?: unknown } | null)?.issues;
  const first = Array.isArray(issues) ? (issues[0] as { path?: unknown; message?: unknown } | undefined) : undefined;
  if (first && typeof first.message === 'string') {
    const path = Array.isArray(first.path) ? first.path.join('.') : '';
    return `not a Bot Framework activity: ${path === '' ? first.message : `${path}: ${first.message}`}`;
  }
  return `not a Bot Framework activity: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`;
}

function bad(reason: string): ReadActivity {
  return { ok: false, reason };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
