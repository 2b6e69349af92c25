// How Studio routes answer: every page is a URL, and the same URL ending in `.json` gives its
// data (Datasette's way). Pages are HTML from layout.ts; data is whatever the page was built from.
import type { Request, Response, Router } from 'express';
import { renderPage, type PageContext, type PageOptions } from './layout.ts';
import { html } from './html.ts';

/** A page; its JSON twin is the same URL with `.json` unless `json` says otherwise. */
export type PageView = PageOptions;

export interface StudioPages {
  context(request: Request): PageContext;
  /** Registers GET `path` (HTML) and `path.json` (the data); `load` answers undefined for 404. */
  page<T>(path: string, load: (request: Request) => Promise<T | undefined> | T | undefined, view: (data: T, request: Request) => PageView): void;
  /** Answers a page as HTML with a status (a form's error, a refusal). */
  send(request: Request, response: Response, view: PageView, status?: number): void;
}

export function createStudioPages(router: Router, knowledgeVersion: () => number, live: boolean): StudioPages {
  const context = (request: Request): PageContext => ({
    base: request.baseUrl,
    knowledgeVersion: knowledgeVersion(),
    live,
  });
  const send = (request: Request, response: Response, view: PageView, status = 200) => {
    const json = `${request.baseUrl}${request.path.replace(/\/$/, '') || ''}.json${queryOf(request)}`;
    const twin = view.json ?? (request.path === '/' ? `${request.baseUrl}/index.json` : json);
    response.status(status).type('html').send(renderPage(context(request), { ...view, json: twin }));
  };
  return {
    context,
    send,
    page(path, load, view) {
      const jsonPath = path === '/' ? '/index.json' : `${path}.json`;
      // The JSON twin first: `/desk/:id` would also match `/desk/abc.json`.
      router.get(jsonPath, async (request, response) => {
        const data = await load(request);
        if (data === undefined) response.status(404).json({ error: 'not found' });
        else response.json(data);
      });
      router.get(path, async (request, response) => {
        const data = await load(request);
        if (data === undefined) {
          send(request, response, notFound(), 404);
          return;
        }
        send(request, response, view(data, request));
      });
    },
  };
}

function queryOf(request: Request): string {
  const at = request.originalUrl.indexOf('?');
  return at < 0 ? '' : request.originalUrl.slice(at);
}

export function notFound(what = 'This page'): PageView {
  return {
    title: 'Not found',
    section: 'home',
    // No JSON twin: there is nothing to give.
    json: '',
    body: html`<h1>Not found</h1><p>${what} does not exist (any more). The sandbox forgets its conversations and handoffs when the Studio restarts.</p>`,
  };
}
