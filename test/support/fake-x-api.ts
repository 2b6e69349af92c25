// A fake X API v2 on 127.0.0.1: answers the endpoints Pronto uses with X's documented JSON,
// records every request and lets a test inject failures (429, 5xx, 401, dropped sockets).
// It refuses what X refuses: over-long posts, replies to posts that did not summon the brand,
// DMs to users who do not accept them, and every call once the usage cap is reached.
// In-process: `await startFakeXApi()`. As its own process (crash tests):
// `node --import tsx test/support/fake-x-api.ts` prints `{"baseUrl":...}` on stdout and is
// driven over HTTP under /_fake/ (POST mentions, dm-events, users, fail-next; DELETE tweets/:id;
// GET state).
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import twitterText from 'twitter-text';
import { createWaitList } from './wait-list.ts';

export interface FakeXUser {
  id: string;
  username: string;
  name: string;
  followers: number;
  /**
   * X's `verified_type`: any paid account is `blue`, organisations are `business`, public bodies
   * `government` (docs.x.com, x-api/fundamentals/data-dictionary, user object). `verified` is
   * true for all three.
   */
  verifiedType: 'none' | 'blue' | 'business' | 'government';
  /** False: the user does not accept DMs from the brand (DM settings, or a block). */
  acceptsDms: boolean;
}

export interface FakeTweet {
  id: string;
  text: string;
  authorId: string;
  conversationId: string;
  createdAt: string;
  lang?: string;
  referencedTweets: { type: 'retweeted' | 'quoted' | 'replied_to'; id: string }[];
  deleted: boolean;
  /** Fields written over the served JSON as is (undefined removes one): malformed posts. */
  raw?: Record<string, unknown>;
}

export interface FakeDmEvent {
  id: string;
  eventType: string;
  text?: string;
  senderId: string;
  conversationId: string;
  createdAt: string;
  raw?: Record<string, unknown>;
}

export interface FakeSentDm {
  eventId: string;
  participantId: string;
  conversationId: string;
  text: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  headers: IncomingHttpHeaders;
  /** Set once answered; undefined for a dropped connection. */
  status?: number;
}

export interface MentionInput {
  id?: string;
  text?: string;
  /** Merged into the user with this id, or a new user. */
  author?: Partial<FakeXUser>;
  conversationId?: string;
  createdAt?: string;
  lang?: string;
  inReplyToTweetId?: string;
  /** Makes it a retweet of that post. */
  retweetOf?: string;
  /** Makes it a quote of that post. */
  quoteOf?: string;
  raw?: Record<string, unknown>;
}

export interface DmEventInput {
  id?: string;
  text?: string;
  sender?: Partial<FakeXUser>;
  /** MessageCreate (default), ParticipantsJoin, ParticipantsLeave. */
  eventType?: string;
  conversationId?: string;
  createdAt?: string;
  raw?: Record<string, unknown>;
}

/** `path` is exact, a RegExp, or a pattern with `:param` segments (`/2/users/:id/mentions`). */
export type FakeRequestMatcher = { method?: string; path?: string | RegExp } | ((request: RecordedRequest) => boolean);
export type FakeFailure = { status: number; headers?: Record<string, string>; body?: unknown } | { drop: true };

export interface FakeXApiOptions {
  brand?: Partial<FakeXUser>;
  /** When set, requests signed with another consumer key get 401 like X. */
  appKey?: string;
  /** Requests per 15-minute window by route (`GET /2/users/:id/mentions`); generous by default. */
  rateLimits?: Record<string, number>;
  port?: number;
}

export interface FakeXApi {
  readonly baseUrl: string;
  readonly brand: FakeXUser;
  /** API requests in arrival order (control calls under /_fake/ are not recorded). */
  readonly requests: RecordedRequest[];
  /** Posts the brand created through POST /2/tweets. */
  readonly postedTweets: FakeTweet[];
  readonly sentDms: FakeSentDm[];
  addUser(overrides?: Partial<FakeXUser>): FakeXUser;
  addMention(input?: MentionInput): FakeTweet;
  addDmEvent(input?: DmEventInput): FakeDmEvent;
  /** Later replies to it get 403 like X answers for a deleted post. */
  deleteTweet(id: string): void;
  failNext(matcher: FakeRequestMatcher, failure: FakeFailure, times?: number): void;
  /** From now on, matching requests (all by default) get X's usage-capped 429, until uncapped. */
  capUsage(matcher?: FakeRequestMatcher): void;
  uncapUsage(): void;
  /**
   * The Account Activity webhook body X would POST for this post (v1.1 tweet object in
   * `tweet_create_events`), so tests can deliver a post the way X's webhook does.
   */
  accountActivityEvent(tweetId: string): Record<string, unknown>;
  /** Resolves once the predicate holds (or `requests.length` reaches the number). */
  waitFor(predicate: ((fake: FakeXApi) => boolean) | number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** X's rate-limit windows last 15 minutes. */
const RATE_WINDOW_MS = 15 * 60_000;
/** High enough that only tests that set a limit ever meet it. */
const DEFAULT_RATE_LIMIT = 10_000;
const DEFAULT_WAIT_MS = 5_000;
/** X's limit, counted with X's own rules (twitter-text: URLs 23, emoji 2, CJK 2). */
const MAX_TWEET_WEIGHT = 280;
/** v1.1 tweet objects (webhooks) carry a longer post's start in `text`, the whole in `extended_tweet`. */
const V1_TEXT_CHARS = 140;
const SNOWFLAKE_EPOCH_MS = 1_288_834_974_657n;

type Json = Record<string, unknown>;
type Reply = { status: number; body?: unknown };
interface RateWindow {
  limit: number;
  remaining: number;
  reset: number;
}
interface Route {
  method: string;
  pattern: string;
  handle: (params: Record<string, string>, request: RecordedRequest) => Reply;
}

export async function startFakeXApi(options: FakeXApiOptions = {}): Promise<FakeXApi> {
  const users = new Map<string, FakeXUser>();
  const tweets = new Map<string, FakeTweet>();
  const mentionIds: string[] = [];
  const dmEvents: FakeDmEvent[] = [];
  const requests: RecordedRequest[] = [];
  const postedTweets: FakeTweet[] = [];
  const sentDms: FakeSentDm[] = [];
  const failures: { matcher: FakeRequestMatcher; failure: FakeFailure; times: number }[] = [];
  let usageCap: FakeRequestMatcher | undefined;
  const windows = new Map<string, RateWindow>();
  const waitList = createWaitList();
  let lastId = 0n;
  let userCount = 0;

  const nextId = (): string => {
    const fromClock = (BigInt(Date.now()) - SNOWFLAKE_EPOCH_MS) << 22n;
    lastId = fromClock > lastId ? fromClock : lastId + 1n;
    return lastId.toString();
  };
  const takeId = (id: string | undefined): string => {
    if (id === undefined) return nextId();
    if (/^\d+$/.test(id) && BigInt(id) > lastId) lastId = BigInt(id);
    return id;
  };
  const notify = (): void => waitList.notify();

  const addUser = (overrides: Partial<FakeXUser> = {}): FakeXUser => {
    const existing = overrides.id !== undefined ? users.get(overrides.id) : undefined;
    if (existing) {
      // Updated in place, so `fake.brand` and earlier references stay current.
      Object.assign(existing, overrides);
      notify();
      return existing;
    }
    userCount += 1;
    const user: FakeXUser = {
      id: String(1000 + userCount),
      username: `customer${userCount}`,
      name: `Customer ${userCount}`,
      followers: 100,
      verifiedType: 'none',
      acceptsDms: true,
      ...overrides,
    };
    users.set(user.id, user);
    notify();
    return user;
  };
  const brand = addUser({
    id: '9000000001',
    username: 'LumoAiuta',
    name: 'Lumo Aiuta',
    followers: 50_000,
    verifiedType: 'business',
    ...options.brand,
  });

  const addMention = (input: MentionInput = {}): FakeTweet => {
    const author = addUser(input.author);
    const id = takeId(input.id);
    const referencedTweets: FakeTweet['referencedTweets'] = [];
    if (input.retweetOf !== undefined) referencedTweets.push({ type: 'retweeted', id: input.retweetOf });
    if (input.quoteOf !== undefined) referencedTweets.push({ type: 'quoted', id: input.quoteOf });
    if (input.inReplyToTweetId !== undefined) referencedTweets.push({ type: 'replied_to', id: input.inReplyToTweetId });
    const parent = input.inReplyToTweetId !== undefined ? tweets.get(input.inReplyToTweetId) : undefined;
    const tweet: FakeTweet = {
      id,
      text: input.text ?? `@${brand.username} ciao, come faccio a ricaricare?`,
      authorId: author.id,
      conversationId: input.conversationId ?? parent?.conversationId ?? id,
      createdAt: input.createdAt ?? new Date().toISOString(),
      lang: input.lang ?? 'it',
      referencedTweets,
      deleted: false,
      ...(input.raw !== undefined ? { raw: input.raw } : {}),
    };
    tweets.set(id, tweet);
    mentionIds.push(id);
    notify();
    return tweet;
  };

  const addDmEvent = (input: DmEventInput = {}): FakeDmEvent => {
    const sender = addUser(input.sender);
    const eventType = input.eventType ?? 'MessageCreate';
    const event: FakeDmEvent = {
      id: takeId(input.id),
      eventType,
      ...(eventType === 'MessageCreate' ? { text: input.text ?? 'Ciao, il mio ordine non è arrivato' } : {}),
      senderId: sender.id,
      conversationId: input.conversationId ?? oneToOneId(sender.id, brand.id),
      createdAt: input.createdAt ?? new Date().toISOString(),
      ...(input.raw !== undefined ? { raw: input.raw } : {}),
    };
    dmEvents.push(event);
    notify();
    return event;
  };

  const deleteTweet = (id: string): void => {
    // Replies to unknown posts fail anyway, as for any post X cannot see.
    const tweet = tweets.get(id);
    if (tweet) tweet.deleted = true;
    notify();
  };

  const failNext = (matcher: FakeRequestMatcher, failure: FakeFailure, times = 1): void => {
    failures.push({ matcher, failure, times });
  };

  /**
   * Whether the author of `target` summoned the brand, so the brand may reply through the API:
   * "Replies via the API are only permitted if the replying account has been explicitly
   * summoned by the original post's author": an @mention of it, or a quote of one of its posts
   * (docs.x.com, x-api/posts/manage-tweets/integrate, Reply restrictions; changelog Feb 23,
   * 2026). The brand's own posts can always be continued.
   */
  const summonsBrand = (target: FakeTweet): boolean => {
    if (target.authorId === brand.id) return true;
    const mentioned = twitterText.extractMentions(target.text).some((name) => name.toLowerCase() === brand.username.toLowerCase());
    const quotesBrand = target.referencedTweets.some(
      (reference) => reference.type === 'quoted' && tweets.get(reference.id)?.authorId === brand.id,
    );
    return mentioned || quotesBrand;
  };

  // --- X endpoints -------------------------------------------------------------------------

  /** `includes` of posts: their authors and the posts they refer to (and those posts' authors). */
  const tweetIncludes = (items: FakeTweet[], query: Record<string, string>): Json => {
    const fields = requestedFields(query, 'tweet.fields');
    const expansions = requestedFields(query, 'expansions');
    const includes: Json = {};
    const referenced = unique(items.flatMap((tweet) => tweet.referencedTweets.map((reference) => reference.id)))
      .flatMap((id) => present(tweets.get(id)))
      .filter((tweet) => !tweet.deleted);
    const authorIds = [
      ...(expansions.includes('author_id') ? items.map((tweet) => tweet.authorId) : []),
      ...(expansions.includes('referenced_tweets.id.author_id') ? referenced.map((tweet) => tweet.authorId) : []),
    ];
    // X leaves empty sections out.
    const users = usersJson(authorIds, query);
    if (users.length > 0) includes.users = users;
    if (expansions.includes('referenced_tweets.id') && referenced.length > 0) includes.tweets = referenced.map((tweet) => tweetJson(tweet, fields));
    return includes;
  };

  const timelineReply = (items: FakeTweet[], request: RecordedRequest): Reply => {
    const page = pageOf(items, request.query, 5, 100, 10);
    if ('error' in page) return page.error;
    const fields = requestedFields(request.query, 'tweet.fields');
    const data = page.items.map((tweet) => tweetJson(tweet, fields));
    return { status: 200, body: pageBody(page, data, tweetIncludes(page.items, request.query)) };
  };

  const routes: Route[] = [
    {
      method: 'GET',
      pattern: '/2/users/me',
      handle: (_params, request) => ({ status: 200, body: { data: userJson(brand, request.query)[0] } }),
    },
    {
      method: 'GET',
      pattern: '/2/users/:id/mentions',
      handle: ({ id }, request) =>
        timelineReply(
          id === brand.id ? mentionIds.flatMap((mentionId) => present(tweets.get(mentionId))) : [],
          request,
        ),
    },
    {
      method: 'GET',
      pattern: '/2/tweets/:id',
      handle: ({ id = '' }, request) => {
        const tweet = tweets.get(id);
        if (tweet === undefined || tweet.deleted) {
          // A post that is gone is a 200 with a resource-not-found problem, not a 404
          // (docs.x.com, x-api/fundamentals/response-codes-and-errors, Partial errors).
          return {
            status: 200,
            body: {
              errors: [
                {
                  value: id,
                  detail: `Could not find tweet with id: [${id}].`,
                  title: 'Not Found Error',
                  resource_type: 'tweet',
                  parameter: 'id',
                  resource_id: id,
                  type: 'https://api.twitter.com/2/problems/resource-not-found',
                },
              ],
            },
          };
        }
        const includes = tweetIncludes([tweet], request.query);
        const data = tweetJson(tweet, requestedFields(request.query, 'tweet.fields'));
        return { status: 200, body: { data, ...(Object.keys(includes).length > 0 ? { includes } : {}) } };
      },
    },
    {
      method: 'GET',
      pattern: '/2/users/:id/tweets',
      handle: ({ id }, request) =>
        timelineReply(
          [...tweets.values()].filter((tweet) => tweet.authorId === id && !tweet.deleted),
          request,
        ),
    },
    {
      method: 'GET',
      pattern: '/2/dm_events',
      handle: (_params, request) => {
        // `event_types` keeps only those types (docs.x.com, x-api/direct-messages/lookup/quickstart).
        const types = requestedFields(request.query, 'event_types');
        const unknown = types.filter((type) => !DM_EVENT_TYPES.includes(type));
        if (unknown.length > 0) {
          return invalidRequest('event_types', `The \`event_types\` query parameter value [${unknown.join(',')}] is not one of [${DM_EVENT_TYPES.join(', ')}]`);
        }
        const wanted = types.length === 0 ? dmEvents : dmEvents.filter((event) => types.includes(event.eventType));
        const page = pageOf(wanted, request.query, 1, 100, 100);
        if ('error' in page) return page.error;
        const fields = requestedFields(request.query, 'dm_event.fields');
        const includes: Json = {};
        if (requestedFields(request.query, 'expansions').includes('sender_id')) {
          includes.users = usersJson(page.items.map((event) => event.senderId), request.query);
        }
        return { status: 200, body: pageBody(page, page.items.map((event) => dmEventJson(event, fields)), includes) };
      },
    },
    {
      method: 'GET',
      pattern: '/2/dm_conversations/with/:id/dm_events',
      handle: ({ id: participantId = '' }, request) => {
        const conversationId = oneToOneId(brand.id, participantId);
        const page = pageOf(dmEvents.filter((event) => event.conversationId === conversationId), request.query, 1, 100, 100);
        if ('error' in page) return page.error;
        const fields = requestedFields(request.query, 'dm_event.fields');
        return { status: 200, body: pageBody(page, page.items.map((event) => dmEventJson(event, fields)), {}) };
      },
    },
    {
      method: 'POST',
      pattern: '/2/tweets',
      handle: (_params, request) => {
        const body = isJson(request.body) ? request.body : {};
        const text = body.text;
        if (typeof text !== 'string' || text === '') return invalidRequest('text', 'The `text` field is required.');
        if (twitterText.parseTweet(text).weightedLength > MAX_TWEET_WEIGHT) {
          // What X answers POST /2/tweets for an over-long text (a 400 whose message points at
          // twitter-text), as reported in github.com/gundogan8/FotBot/issues/22.
          return invalidRequest('text', 'Your Tweet text is too long. For more information on how Twitter determines text length see https://github.com/twitter/twitter-text.');
        }
        const reply = isJson(body.reply) ? body.reply : undefined;
        const targetId = reply?.in_reply_to_tweet_id;
        let conversationId: string | undefined;
        if (reply !== undefined) {
          const target = typeof targetId === 'string' ? tweets.get(targetId) : undefined;
          if (target === undefined || target.deleted) {
            return problem(403, 'You attempted to reply to a Tweet that is deleted or not visible to you.');
          }
          if (!summonsBrand(target)) {
            // X's wording, as quoted in github.com/gptme/gptme-contrib/pull/811.
            return problem(403, 'Reply to this conversation is not allowed because you have not been mentioned or otherwise engaged by the author of the post you are replying to.');
          }
          conversationId = target.conversationId;
        }
        const id = nextId();
        const tweet: FakeTweet = {
          id,
          text,
          authorId: brand.id,
          conversationId: conversationId ?? id,
          createdAt: new Date().toISOString(),
          referencedTweets: typeof targetId === 'string' ? [{ type: 'replied_to', id: targetId }] : [],
          deleted: false,
        };
        tweets.set(id, tweet);
        postedTweets.push(tweet);
        return { status: 201, body: { data: { id, text, edit_history_tweet_ids: [id] } } };
      },
    },
    {
      method: 'POST',
      pattern: '/2/dm_conversations/with/:id/messages',
      handle: ({ id: participantId = '' }, request) => {
        const body = isJson(request.body) ? request.body : {};
        const text = body.text;
        if (typeof text !== 'string' || text === '') return invalidRequest('text', 'The `text` field is required.');
        if (users.get(participantId)?.acceptsDms === false) {
          // "Cannot send to user: the recipient may have DM settings that prevent messages from
          // unknown users, or may have blocked you" is a 403 (docs.x.com,
          // x-api/direct-messages/manage/integrate, Error handling). v2 documents no wording;
          // this is v1.1's (error 349) in v2's problem shape.
          return problem(403, 'You cannot send messages to this user.');
        }
        const conversationId = oneToOneId(brand.id, participantId);
        const event = addDmEvent({ sender: { id: brand.id }, text, conversationId });
        sentDms.push({ eventId: event.id, participantId, conversationId, text });
        return { status: 201, body: { data: { dm_conversation_id: event.conversationId, dm_event_id: event.id } } };
      },
    },
  ];

  // --- HTTP ----------------------------------------------------------------------------------

  const rateWindow = (key: string): RateWindow => {
    const now = Date.now();
    let window = windows.get(key);
    if (window === undefined || window.reset * 1_000 <= now) {
      const limit = options.rateLimits?.[key] ?? DEFAULT_RATE_LIMIT;
      window = { limit, remaining: limit, reset: Math.ceil((now + RATE_WINDOW_MS) / 1_000) };
      windows.set(key, window);
    }
    return window;
  };

  const handleApi = (request: RecordedRequest, res: ServerResponse): void => {
    const route = routes.find(
      (candidate) => candidate.method === request.method && matchPath(candidate.pattern, request.path),
    );
    const window = rateWindow(route ? `${route.method} ${route.pattern}` : 'unknown');
    const failure = takeFailure(failures, request);
    if (failure && 'drop' in failure) {
      res.socket?.destroy();
      notify();
      return;
    }
    let reply: Reply;
    const headers: Record<string, string> = {};
    if (failure) {
      const detail = http.STATUS_CODES[failure.status] ?? 'Error';
      reply = { status: failure.status, body: failure.body ?? problemBody(failure.status, detail) };
      // An injected 429 says the window is spent without spending the fake's own window.
      Object.assign(headers, failure.status === 429 ? { 'x-rate-limit-remaining': '0' } : {}, failure.headers);
    } else if (!isAuthorized(request.headers.authorization, options.appKey)) {
      reply = { status: 401, body: problemBody(401, 'Unauthorized') };
    } else if (usageCap !== undefined && matches(usageCap, request)) {
      reply = { status: 429, body: USAGE_CAPPED };
    } else if (route === undefined) {
      reply = { status: 404, body: { errors: [{ message: 'Sorry, that page does not exist', code: 34 }] } };
    } else if (window.remaining <= 0) {
      reply = { status: 429, body: problemBody(429, 'Too Many Requests') };
    } else {
      window.remaining -= 1;
      reply = route.handle(matchPath(route.pattern, request.path) ?? {}, request);
    }
    send(res, reply, { ...rateHeaders(window), ...headers });
    request.status = reply.status;
    notify();
  };

  const handleControl = (method: string, path: string, body: unknown, res: ServerResponse): void => {
    const items = (Array.isArray(body) ? body : [body]).filter(isJson);
    const ok = (data: unknown, status = 200): void => send(res, { status, body: { data } }, {});
    const deleted = matchPath('/_fake/tweets/:id', path);
    const route = `${method} ${path}`;
    if (route === 'POST /_fake/mentions') return ok(items.map((item) => addMention(item as MentionInput)), 201);
    if (route === 'POST /_fake/dm-events') return ok(items.map((item) => addDmEvent(item as DmEventInput)), 201);
    if (route === 'POST /_fake/users') return ok(items.map((item) => addUser(item as Partial<FakeXUser>)), 201);
    if (method === 'DELETE' && deleted?.id) return ok(deleteTweet(deleted.id));
    if (route === 'POST /_fake/fail-next' && isJson(body)) {
      const { method: failMethod, path: failPath, times, ...failure } = body;
      const matcher = {
        ...(typeof failMethod === 'string' ? { method: failMethod } : {}),
        ...(typeof failPath === 'string' ? { path: failPath } : {}),
      };
      failNext(matcher, failure as FakeFailure, typeof times === 'number' ? times : 1);
      return ok({ queued: failures.length }, 201);
    }
    if (route === 'GET /_fake/state') {
      const recorded = requests.map(({ headers: _headers, ...rest }) => rest);
      return ok({ brand, users: [...users.values()], postedTweets, sentDms, dmEvents, requests: recorded });
    }
    send(res, { status: 404, body: { error: `no control route ${method} ${path}` } }, {});
  };

  const server = http.createServer((req: IncomingMessage, res: ServerResponse) => {
    readBody(req)
      .then((rawBody) => {
        const url = new URL(req.url ?? '/', 'http://fake-x');
        const body = parseJson(rawBody);
        const method = req.method ?? 'GET';
        if (url.pathname.startsWith('/_fake/')) return handleControl(method, url.pathname, body, res);
        const query = Object.fromEntries(url.searchParams);
        const recorded: RecordedRequest = { method, path: url.pathname, query, body, headers: req.headers };
        requests.push(recorded);
        handleApi(recorded, res);
      })
      .catch((error: unknown) => {
        // A bug in the fake must show up as a loud 500, not as a hung test.
        if (!res.headersSent) send(res, problem(500, `fake X API failed: ${String(error)}`), {});
        else res.destroy();
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;

  const fake: FakeXApi = {
    baseUrl: `http://127.0.0.1:${port}`,
    brand,
    requests,
    postedTweets,
    sentDms,
    addUser,
    addMention,
    addDmEvent,
    deleteTweet,
    failNext,
    capUsage(matcher = {}) {
      usageCap = matcher;
    },
    uncapUsage() {
      usageCap = undefined;
    },
    accountActivityEvent(tweetId) {
      const tweet = tweets.get(tweetId);
      if (tweet === undefined) throw new Error(`fake X has no post ${tweetId}`);
      return { for_user_id: brand.id, tweet_create_events: [v1TweetJson(tweet)] };
    },
    waitFor(predicate, timeoutMs = DEFAULT_WAIT_MS) {
      const holds = typeof predicate === 'number' ? () => requests.length >= predicate : () => predicate(fake);
      return waitList.until(holds, timeoutMs, () => {
        const seen = requests.map((request) => `${request.method} ${request.path} -> ${request.status ?? 'dropped'}`);
        return `fake X API requests so far: ${seen.join(', ') || 'none'}`;
      });
    },
    close() {
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
  return fake;

  /** The users X would expand, once each, skipping unknown ids as X does. */
  function usersJson(ids: string[], query: Record<string, string>): Json[] {
    return unique(ids).flatMap((id) => userJson(users.get(id), query));
  }

  function userJson(user: FakeXUser | undefined, query: Record<string, string>): Json[] {
    if (user === undefined) return [];
    const full: Json = {
      id: user.id,
      name: user.name,
      username: user.username,
      verified: user.verifiedType !== 'none',
      verified_type: user.verifiedType,
      public_metrics: { followers_count: user.followers, following_count: 0, tweet_count: 0, listed_count: 0 },
    };
    return [pick(full, ['id', 'name', 'username', ...requestedFields(query, 'user.fields')])];
  }

  /**
   * A post as v1.1 tweet object, the shape of Account Activity webhooks (docs.x.com,
   * x-api/account-activity/introduction): ids as numbers and `_str` strings, the post replied to
   * (not the thread's root), the quoted post inline, text escaped, a legacy `verified` flag and
   * no verification type.
   */
  function v1TweetJson(tweet: FakeTweet): Json {
    const author = users.get(tweet.authorId);
    const repliedTo = tweet.referencedTweets.find((reference) => reference.type === 'replied_to')?.id;
    const quoted = tweet.referencedTweets.find((reference) => reference.type === 'quoted')?.id;
    const quotedTweet = quoted === undefined ? undefined : tweets.get(quoted);
    const retweeted = tweet.referencedTweets.find((reference) => reference.type === 'retweeted')?.id;
    const retweetedTweet = retweeted === undefined ? undefined : tweets.get(retweeted);
    const long = [...tweet.text].length > V1_TEXT_CHARS;
    return {
      created_at: v1Time(tweet.createdAt),
      id: Number(tweet.id),
      id_str: tweet.id,
      text: escapeXText(long ? `${[...tweet.text].slice(0, V1_TEXT_CHARS - 1).join('')}…` : tweet.text),
      truncated: long,
      ...(long ? { extended_tweet: { full_text: escapeXText(tweet.text) } } : {}),
      in_reply_to_status_id: repliedTo === undefined ? null : Number(repliedTo),
      in_reply_to_status_id_str: repliedTo ?? null,
      in_reply_to_user_id_str: repliedTo === undefined ? null : (tweets.get(repliedTo)?.authorId ?? null),
      user: author === undefined ? { id_str: tweet.authorId } : {
        id: Number(author.id),
        id_str: author.id,
        name: author.name,
        screen_name: author.username,
        followers_count: author.followers,
        verified: author.verifiedType !== 'none',
      },
      is_quote_status: quotedTweet !== undefined,
      ...(quotedTweet !== undefined ? { quoted_status_id_str: quotedTweet.id, quoted_status: v1TweetJson(quotedTweet) } : {}),
      ...(retweetedTweet !== undefined ? { retweeted_status: v1TweetJson(retweetedTweet) } : {}),
      lang: tweet.lang ?? 'und',
      timestamp_ms: String(Date.parse(tweet.createdAt)),
    };
  }
}

// --- JSON shapes -----------------------------------------------------------------------------

function tweetJson(tweet: FakeTweet, fields: string[]): Json {
  const long = [...tweet.text].length > MAX_TWEET_WEIGHT;
  const full: Json = {
    id: tweet.id,
    // Long posts: `text` holds the start, `note_tweet.text` the whole.
    text: escapeXText(long ? [...tweet.text].slice(0, MAX_TWEET_WEIGHT).join('') : tweet.text),
    edit_history_tweet_ids: [tweet.id],
    author_id: tweet.authorId,
    conversation_id: tweet.conversationId,
    created_at: tweet.createdAt,
    lang: tweet.lang,
    ...(tweet.referencedTweets.length > 0 ? { referenced_tweets: tweet.referencedTweets } : {}),
    ...(long ? { note_tweet: { text: escapeXText(tweet.text) } } : {}),
  };
  return { ...pick(full, ['id', 'text', 'edit_history_tweet_ids', ...fields]), ...tweet.raw };
}

function dmEventJson(event: FakeDmEvent, fields: string[]): Json {
  const full: Json = {
    id: event.id,
    event_type: event.eventType,
    text: event.text,
    sender_id: event.senderId,
    dm_conversation_id: event.conversationId,
    created_at: event.createdAt,
    ...(event.eventType !== 'MessageCreate' ? { participant_ids: [event.senderId] } : {}),
  };
  return { ...pick(full, ['id', 'event_type', 'text', ...fields]), ...event.raw };
}

type Page<T> = { items: T[]; nextToken?: string };

/** Newest first, after `since_id`, before the `pagination_token` (an anchor id, as opaque to clients as X's). */
function pageOf<T extends { id: string }>(
  all: T[],
  query: Record<string, string>,
  min: number,
  max: number,
  fallback: number,
): Page<T> | { error: Reply } {
  const size = query.max_results === undefined ? fallback : Number(query.max_results);
  if (!Number.isInteger(size) || size < min || size > max) {
    const message = `The \`max_results\` query parameter value [${query.max_results}] is not between ${min} and ${max}`;
    return { error: invalidRequest('max_results', message) };
  }
  const sinceId = query.since_id;
  if (sinceId !== undefined && !/^\d+$/.test(sinceId)) {
    return { error: invalidRequest('since_id', `The \`since_id\` query parameter value [${sinceId}] is not valid`) };
  }
  const token = query.pagination_token;
  const before = token === undefined ? undefined : Buffer.from(token, 'base64url').toString('utf8');
  if (before !== undefined && !/^\d+$/.test(before)) {
    const message = `The \`pagination_token\` query parameter value [${token}] is not valid`;
    return { error: invalidRequest('pagination_token', message) };
  }
  const candidates = all
    .filter((item) => sinceId === undefined || compareIds(item.id, sinceId) > 0)
    .filter((item) => before === undefined || compareIds(item.id, before) < 0)
    .sort((a, b) => compareIds(b.id, a.id));
  const items = candidates.slice(0, size);
  const last = items.at(-1);
  if (candidates.length <= size || last === undefined) return { items };
  return { items, nextToken: Buffer.from(last.id).toString('base64url') };
}

function pageBody<T extends { id: string }>(page: Page<T>, data: Json[], includes: Json): Json {
  const meta: Json = { result_count: data.length };
  if (page.items.length > 0) {
    meta.newest_id = page.items[0]?.id;
    meta.oldest_id = page.items.at(-1)?.id;
  }
  if (page.nextToken !== undefined) meta.next_token = page.nextToken;
  const hasIncludes = Object.values(includes).some((list) => Array.isArray(list) && list.length > 0);
  return { ...(data.length > 0 ? { data } : {}), ...(hasIncludes ? { includes } : {}), meta };
}

/** The DM event types of GET /2/dm_events (docs.x.com openapi.json, `event_types`). */
const DM_EVENT_TYPES = ['MessageCreate', 'ParticipantsJoin', 'ParticipantsLeave'];

/**
 * What X answers once a usage cap is reached: a 429 whose problem type is `usage-capped`, while
 * the rate-limit headers still show room (github.com/xdevplatform/xdk/issues/25; the
 * UsageCapExceededProblem schema of X's OpenAPI spec has `period` and `scope`).
 */
const USAGE_CAPPED: Json = {
  title: 'UsageCapExceeded',
  detail: 'Usage cap exceeded: Monthly product cap',
  type: 'https://api.twitter.com/2/problems/usage-capped',
  period: 'Monthly',
  scope: 'Product',
};

function problemBody(status: number, detail: string): Json {
  return { title: http.STATUS_CODES[status] ?? 'Error', detail, type: 'about:blank', status };
}

function problem(status: number, detail: string): Reply {
  return { status, body: problemBody(status, detail) };
}

function invalidRequest(parameter: string, message: string): Reply {
  return {
    status: 400,
    body: {
      errors: [{ parameters: { [parameter]: [] }, message }],
      title: 'Invalid Request',
      detail: 'One or more parameters to your request was invalid.',
      type: 'https://api.twitter.com/2/problems/invalid-request',
    },
  };
}

// --- helpers ---------------------------------------------------------------------------------

function takeFailure(
  failures: { matcher: FakeRequestMatcher; failure: FakeFailure; times: number }[],
  request: RecordedRequest,
): FakeFailure | undefined {
  const index = failures.findIndex(({ matcher }) => matches(matcher, request));
  const entry = failures[index];
  if (entry === undefined) return undefined;
  entry.times -= 1;
  if (entry.times <= 0) failures.splice(index, 1);
  return entry.failure;
}

function matches(matcher: FakeRequestMatcher, request: RecordedRequest): boolean {
  if (typeof matcher === 'function') return matcher(request);
  if (matcher.method !== undefined && matcher.method.toUpperCase() !== request.method) return false;
  if (matcher.path === undefined) return true;
  if (matcher.path instanceof RegExp) return matcher.path.test(request.path);
  return matchPath(matcher.path, request.path) !== undefined;
}

/** Path parameters when `path` fits `pattern` (`/2/users/:id/mentions`), else undefined. */
function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, segment] of want.entries()) {
    const actual = decodeURIComponent(got[index] ?? '');
    if (segment.startsWith(':')) params[segment.slice(1)] = actual;
    else if (segment !== actual) return undefined;
  }
  return params;
}

function isAuthorized(header: string | undefined, appKey: string | undefined): boolean {
  if (header === undefined) return false;
  if (header.startsWith('Bearer ')) return appKey === undefined;
  if (!header.startsWith('OAuth ')) return false;
  if (appKey === undefined) return true;
  const consumerKey = /oauth_consumer_key="([^"]*)"/.exec(header)?.[1];
  return consumerKey !== undefined && decodeURIComponent(consumerKey) === appKey;
}

function rateHeaders(window: RateWindow): Record<string, string> {
  return {
    'x-rate-limit-limit': String(window.limit),
    'x-rate-limit-remaining': String(Math.max(0, window.remaining)),
    'x-rate-limit-reset': String(window.reset),
  };
}

function send(res: ServerResponse, reply: Reply, headers: Record<string, string>): void {
  const body = reply.body === undefined ? '' : JSON.stringify(reply.body);
  res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function requestedFields(query: Record<string, string>, name: string): string[] {
  return (query[name] ?? '').split(',').filter((field) => field !== '');
}

function pick(full: Json, fields: string[]): Json {
  return Object.fromEntries(fields.filter((field) => full[field] !== undefined).map((field) => [field, full[field]]));
}

/**
 * X serves post texts with &, < and > escaped (`&amp;`, `&lt;`, `&gt;`), v2 as v1.1 (docs.x.com,
 * x-api/fundamentals/data-dictionary: "understand &amp; respond"). DM texts are served as sent.
 */
function escapeXText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** v1.1's `created_at`: "Wed Oct 10 20:19:24 +0000 2018". */
function v1Time(iso: string): string {
  const [weekday, day, month, year, time] = new Date(iso).toUTCString().replace(',', '').split(' ');
  return `${weekday} ${month} ${day} ${time} +0000 ${year}`;
}

function compareIds(a: string, b: string): number {
  const difference = BigInt(a) - BigInt(b);
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

function oneToOneId(a: string, b: string): string {
  return compareIds(a, b) <= 0 ? `${a}-${b}` : `${b}-${a}`;
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

function present<T>(value: T | undefined): T[] {
  return value === undefined ? [] : [value];
}

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Run as its own process: print where it listens, stop cleanly on SIGTERM/SIGINT.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const fake = await startFakeXApi({
    port: Number(process.env.FAKE_X_PORT ?? 0),
    ...(process.env.FAKE_X_APP_KEY ? { appKey: process.env.FAKE_X_APP_KEY } : {}),
  });
  process.stdout.write(`${JSON.stringify({ baseUrl: fake.baseUrl, brand: fake.brand })}\n`);
  const stop = (): void => {
    void fake.close().then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
