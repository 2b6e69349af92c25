// A few error classes with a stable `code`, so callers and logs can tell failures apart without
// parsing messages.

export class ProntoError extends Error {
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** A setting is missing or wrong: the message names the variable and what to set. */
export class ConfigError extends ProntoError {
  constructor(message: string) {
    super('config_invalid', message);
  }
}

/** A command was called wrongly: the message says the right usage. */
export class UsageError extends ProntoError {
  constructor(message: string) {
    super('usage_invalid', message);
  }
}

/**
 * A channel's vendor API refused or failed. `retryAfterMs` is set when rate-limited (wait that
 * long), `retryable` for server errors and network failures (retry with backoff); anything
 * else (bad credentials, deleted tweet) will not get better by retrying.
 */
export class ChannelError extends ProntoError {
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;
  readonly status: number | undefined;

  constructor(
    code: string,
    message: string,
    options: { cause?: unknown; retryable?: boolean; retryAfterMs?: number; status?: number } = {},
  ) {
    super(code, message, { cause: options.cause });
    this.retryable = options.retryable ?? options.retryAfterMs !== undefined;
    this.retryAfterMs = options.retryAfterMs;
    this.status = options.status;
  }
}
