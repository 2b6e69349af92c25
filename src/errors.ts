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
