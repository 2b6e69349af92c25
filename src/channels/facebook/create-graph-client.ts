// The Graph API over plain `fetch` (no maintained SDK covers comments and private replies; see
// STACK.md): the version pinned by configuration, the Page token in the Authorization header,
// Meta's usage headers obeyed before Meta has to refuse, every failure mapped to a ChannelError.
import { ChannelError } from '../../errors.ts';
import { FACEBOOK_AUTH_FAILED, mapGraphError, type GraphOperation } from './map-graph-error.ts';
import { readGraphUsage, type GraphUsage } from './read-graph-usage.ts';

export interface GraphClient {
  get(path: string, query?: Record<string, string>): Promise<unknown>;
  post(path: string, body: Record<string, unknown>, operation: Exclude<GraphOperation, 'read'>): Promise<unknown>;
  /** Why calls cannot work (the token expired or was revoked, and the fix), until one works again. */
  authProblem(): string | undefined;
}

export interface GraphClientOptions {
  graphUrl: string;
  graphVersion: string;
  accessToken: string;
  /** Epoch milliseconds; injectable for tests of waits. */
  now?: () => number;
  /** Each response's usage headers, for debug logs. */
  onUsage?: (usage: GraphUsage) => void;
}

/**
 * A Graph call that has not answered by then is abandoned (and retried with backoff): well under
 * DELIVERY_HOLD_MS (60 s by default), so an expired delivery hold always means a dead sender.
 */
const GRAPH_TIMEOUT_MS = 30_000;

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const now = options.now ?? Date.now;
  const base = `${options.graphUrl}/${options.graphVersion}`;
  /** Meta said its limits are reached: calls wait until then instead of being refused one by one. */
  let blockedUntil = 0;
  let authProblem: string | undefined;

  async function call(method: 'GET' | 'POST', path: string, operation: GraphOperation, query?: Record<string, string>, body?: unknown): Promise<unknown> {
    const waitMs = blockedUntil - now();
    if (waitMs > 0) {
      throw new ChannelError('facebook_rate_limited', `Facebook usage limits are reached: calls wait ${Math.ceil(waitMs / 1000)} s`, { retryAfterMs: waitMs });
    }
    const url = new URL(`${base}/${path.replace(/^\/+/, '')}`);
    for (const [name, value] of Object.entries(query ?? {})) url.searchParams.set(name, value);
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: {
          authorization: `Bearer ${options.accessToken}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(GRAPH_TIMEOUT_MS),
      });
    } catch (error) {
      throw new ChannelError('facebook_unavailable', `Facebook could not be reached: ${(error as Error).message}`, { cause: error, retryable: true });
    }
    const usage = readGraphUsage(response.headers);
    options.onUsage?.(usage);
    if (usage.waitMs !== undefined) blockedUntil = Math.max(blockedUntil, now() + usage.waitMs);
    const text = await response.text();
    const parsed = parseJson(text);
    if (!response.ok) {
      const error = mapGraphError({ status: response.status, body: parsed ?? text, headers: response.headers }, { operation });
      if (error.code === FACEBOOK_AUTH_FAILED) authProblem = error.message;
      throw error;
    }
    authProblem = undefined;
    if (parsed === undefined) {
      // A write Meta accepted must not be sent again; a read may simply be asked again.
      throw new ChannelError('facebook_unexpected_response', `Facebook answered ${method} ${path} with something that is not JSON`, {
        retryable: operation === 'read',
        status: response.status,
      });
    }
    return parsed;
  }

  return {
    get: (path, query) => call('GET', path, 'read', query),
    post: (path, body, operation) => call('POST', path, operation, undefined, body),
    authProblem: () => authProblem,
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
