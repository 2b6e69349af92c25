// The X API client (twitter-api-v2, OAuth 1.0a user context: the brand account itself posts and
// reads its DMs). `baseUrl` points it at a local fake X API for tests and demos.
import http from 'node:http';
import https from 'node:https';
import { TwitterApi, type ITwitterApiClientPlugin, type TwitterRateLimit } from 'twitter-api-v2';

export interface XCredentials {
  appKey: string;
  appSecret: string;
  accessToken: string;
  accessSecret: string;
}

/** One endpoint's rate-limit window as X last reported it, for metrics. */
export interface XRateLimitInfo {
  /** `METHOD /2/path` with ids replaced by `:id`, so metric labels stay few. */
  endpoint: string;
  limit: number;
  remaining: number;
  /** Epoch seconds. */
  reset: number;
}

export interface CreateXClientOptions {
  /** e.g. `http://127.0.0.1:4010`: every call to api.x.com goes there instead. */
  baseUrl?: string;
  /** Called after every response that carries X's rate-limit headers. */
  onRateLimit?: (info: XRateLimitInfo) => void;
  /** Socket idle timeout per request. */
  timeoutMs?: number;
}

/** X answers in well under a second; without a timeout one stuck socket would stall the poller forever. */
export const X_REQUEST_TIMEOUT_MS = 30_000;

const X_API_ORIGINS = ['https://api.x.com/', 'https://api.twitter.com/'];

export function createXClient(credentials: XCredentials, options: CreateXClientOptions = {}): TwitterApi {
  const plugins: ITwitterApiClientPlugin[] = [withTimeout(options.timeoutMs ?? X_REQUEST_TIMEOUT_MS)];
  if (options.onRateLimit) plugins.push(reportRateLimits(options.onRateLimit));
  // Keep-alive: a poll and its replies are many small requests; a new TLS handshake for each
  // would add tens of milliseconds to every reply.
  if (options.baseUrl === undefined) return new TwitterApi(credentials, { plugins, httpAgent: new https.Agent({ keepAlive: true }) });
  plugins.unshift(redirectTo(options.baseUrl));
  // The library always calls https.request; a plain agent lets it speak HTTP to a local fake.
  return new TwitterApi(credentials, { plugins, httpAgent: new http.Agent({ keepAlive: true }) });
}

function withTimeout(timeoutMs: number): ITwitterApiClientPlugin {
  return {
    onBeforeRequestConfig({ params }) {
      params.timeout ??= timeoutMs;
    },
  };
}

function redirectTo(baseUrl: string): ITwitterApiClientPlugin {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return {
    onBeforeRequestConfig({ params }) {
      const origin = X_API_ORIGINS.find((candidate) => params.url.startsWith(candidate));
      if (origin !== undefined) params.url = base + params.url.slice(origin.length);
    },
  };
}

function reportRateLimits(report: (info: XRateLimitInfo) => void): ITwitterApiClientPlugin {
  const emit = (method: string, url: URL, rateLimit: TwitterRateLimit | undefined): void => {
    if (rateLimit === undefined) return;
    // `/2/users/123/mentions` -> `/2/users/:id/mentions` (the version segment is numeric too).
    const path = url.pathname
      .split('/')
      .map((segment, index) => (index > 1 && /^\d+$/.test(segment) ? ':id' : segment))
      .join('/');
    const endpoint = `${method} ${path}`;
    report({ endpoint, limit: rateLimit.limit, remaining: rateLimit.remaining, reset: rateLimit.reset });
  };
  return {
    onAfterRequest({ computedParams, response }) {
      emit(computedParams.method, computedParams.url, response.rateLimit);
    },
    onResponseError({ computedParams, error }) {
      emit(computedParams.method, computedParams.url, error.rateLimit);
    },
  };
}
