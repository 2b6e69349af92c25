// The Studio inside the live service, at /studio, when PRONTO_STUDIO_TOKEN is set: the knowledge
// the service answers from, the gap report and the team view from the real store; a playground
// and its desk in a sandbox of their own, so trying the bot never reaches a customer or Slack.
import express, { type RequestHandler } from 'express';
import type { Pronto } from '../app.ts';
import type { Logger } from '../core/ports.ts';
import type { InsightStore } from '../insights/insight-store.ts';
import type { ServiceConfig } from '../service-config.ts';
import { createStudioRouter } from './create-studio.ts';
import { requireStudioToken } from './require-studio-token.ts';
import { createSandbox } from './sandbox/create-sandbox.ts';

export const STUDIO_PATH = '/studio';

export interface LiveStudio {
  router: RequestHandler;
  close(): void;
}

export function createLiveStudio(
  config: ServiceConfig & { studio: NonNullable<ServiceConfig['studio']> },
  pronto: Pronto,
  store: InsightStore,
  log: Logger,
  warn: (data: object, event: string) => void,
): LiveStudio {
  const sandbox = createSandbox(pronto, config, log);
  const router = express.Router();
  router.use(requireStudioToken({ token: config.studio.token, onRejected: (data) => warn(data, 'studio.token_rejected') }));
  router.use(
    createStudioRouter({
      pronto,
      config,
      log,
      sandbox,
      live: true,
      ...(config.studio.evalFile ? { evalFile: config.studio.evalFile } : {}),
      insights: { store, label: 'the live store', lastDay: () => new Date().toISOString().slice(0, 10), malformed: () => [] },
    }),
  );
  return { router, close: () => sandbox.close() };
}
