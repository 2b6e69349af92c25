// The real responder on the example knowledge, with the example brand @LumoAiuta, for tests that
// judge what the bot does with posts told in everyday words. `explain` decides without the store,
// so every post is judged on its own.
import { afterAll, beforeAll } from 'vitest';
import { createPronto, type Pronto } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { InboundMessage } from '../../src/core/model.ts';
import { aMessage } from './builders.ts';
import { ROOT } from './run-pronto.ts';

const silent = { info() {}, warn() {}, error() {} };

/** Starts Pronto before the file's tests and closes it after; returns the responder to use in them. */
export function useExampleResponder(): () => Pronto['responder'] {
  let pronto: Pronto | undefined;
  beforeAll(async () => {
    pronto = await createPronto({ config: loadConfig({ PRONTO_BRAND_HANDLES: 'LumoAiuta' }, ROOT), log: silent });
  });
  afterAll(() => pronto?.close());
  return () => {
    if (!pronto) throw new Error('useExampleResponder: the responder is used before beforeAll ran');
    return pronto.responder;
  };
}

/** A public post to the example brand. */
export const aMention = (text: string): InboundMessage => aMessage({ text: `@LumoAiuta ${text}` });
