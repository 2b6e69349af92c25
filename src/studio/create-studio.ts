// Pronto Studio: one web page for content editors, team leads and newcomers, as an Express
// router. `pronto studio` serves it on its own port; the live service mounts it at /studio
// behind a token. Server-rendered HTML, every page also JSON, one small script, no build step;
// its Content-Security-Policy lets the page load nothing from anywhere else.
import path from 'node:path';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { Pronto } from '../app.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../core/ports.ts';
import type { InsightStore } from '../insights/insight-store.ts';
import { summarizeTeam, daysUpTo } from '../insights/summarize-team.ts';
import { renderHomePage } from './pages/home-page.ts';
import type { Sandbox } from './sandbox/create-sandbox.ts';
import { createStudioPages, notFound } from './studio-pages.ts';
import { registerPlaygroundRoutes } from './routes/register-playground-routes.ts';
import { registerDeskRoutes } from './routes/register-desk-routes.ts';
import { registerKnowledgeRoutes } from './routes/register-knowledge-routes.ts';
import { registerInsightRoutes } from './routes/register-insight-routes.ts';

/** Where the gap report and the team view read from. */
export interface InsightSource {
  store: InsightStore;
  /** For people: "the live store", "the replay of examples/inbound.jsonl and the playground". */
  label: string;
  /** The last day of the default period (today; a replay file's last day when that is later). */
  lastDay(): string;
  /** Lines of a replay file that could not be read. */
  malformed(): string[];
}

export interface StudioDeps {
  pronto: Pronto;
  config: Config;
  log: Logger;
  sandbox: Sandbox;
  insights: InsightSource;
  /** kb eval's questions (JSON lines), when there is a file. */
  evalFile?: string;
  /** Served by the live service (its playground is a sandbox beside real traffic). */
  live: boolean;
  now?: () => Date;
}

/**
 * Nothing but the Studio's own files and forms: no CDN, no font, no image from elsewhere, no
 * inline script; a customer's text that looks like markup can do nothing even if it slipped
 * through escaping.
 */
export const STUDIO_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/** A form post is a few kilobytes; the longest is a 10,000-character DM. */
const MAX_FORM_BYTES = 64 * 1024;

const ASSETS_DIR = path.join(import.meta.dirname, 'assets');

export function createStudioRouter(deps: StudioDeps): Router {
  const router = express.Router();
  const pages = createStudioPages(router, () => deps.pronto.version(), deps.live);
  router.use(securityHeaders);
  router.use(sameOriginPosts);
  router.use('/assets', express.static(ASSETS_DIR, { fallthrough: false, index: false, maxAge: 0 }));
  router.use(express.urlencoded({ extended: false, limit: MAX_FORM_BYTES }));

  router.get('/status.json', (_request, response) => {
    response.json({ knowledgeVersion: deps.pronto.version(), entries: deps.pronto.entries().length, problems: deps.pronto.problems().length });
  });

  pages.page(
    '/',
    async () => {
      const days = daysUpTo(deps.insights.lastDay(), 30);
      const summary = summarizeTeam(days, await deps.insights.store.loadDailyCounters(days));
      const entries = deps.pronto.entries();
      // Load problems only: kb check's warnings take a search per example question (the knowledge page has them).
      return {
        entries: new Set(entries.map((entry) => entry.id)).size,
        languages: [...new Set(entries.map((entry) => entry.lang))].sort(),
        errors: deps.pronto.problems().filter((problem) => problem.severity === 'error').length,
        openHandoffs: (await deps.sandbox.desk.tickets.listOpen()).length,
        posts: (['answered', 'handed-off', 'other'] as const).reduce((sum, outcome) => sum + summary.outcomes[outcome].reduce((a, b) => a + b, 0), 0),
        answeredShare: summary.answeredShare,
        gaps: summary.gaps.reduce((a, b) => a + b, 0),
        days: days.length,
        source: deps.insights.label,
      };
    },
    (figures, request) => ({ title: 'Home', section: 'home', autoReload: true, body: renderHomePage(request.baseUrl, figures) }),
  );

  registerPlaygroundRoutes(router, pages, deps);
  registerDeskRoutes(router, pages, deps);
  registerKnowledgeRoutes(router, pages, deps);
  registerInsightRoutes(router, pages, deps);
  router.use((request, response) => pages.send(request, response, notFound(), 404));
  router.use((error: unknown, request: Request, response: Response, next: NextFunction) => {
    // A static file that does not exist is a plain 404, not a failure.
    if ((error as { status?: number }).status === 404) {
      response.status(404).type('text').send('not found');
      return;
    }
    deps.log.error({ err: error, path: request.path }, 'studio.request_failed');
    next(error);
  });
  return router;
}

function securityHeaders(_request: Request, response: Response, next: NextFunction): void {
  response.setHeader('Content-Security-Policy', STUDIO_CSP);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  // Not no-referrer: with it browsers send `Origin: null` on form posts, and sameOriginPosts needs the origin.
  response.setHeader('Referrer-Policy', 'same-origin');
  response.setHeader('Cache-Control', 'no-store');
  next();
}

/**
 * A form posted from another site (a page the user has open elsewhere) must not act in the
 * Studio: browsers send `Origin` with every form post, and it must be the Studio's own.
 */
function sameOriginPosts(request: Request, response: Response, next: NextFunction): void {
  const origin = request.headers.origin;
  if (request.method !== 'POST' || origin === undefined) {
    next();
    return;
  }
  let host: string | undefined;
  try {
    host = new URL(origin).host;
  } catch {
    host = undefined;
  }
  if (host !== request.headers.host) {
    response.status(403).type('text').send('This form was sent from another site: it does nothing here.');
    return;
  }
  next();
}
