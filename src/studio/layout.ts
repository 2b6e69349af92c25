// The frame of every Studio page: navigation, a skip link, a live region for notices, and the
// link to the same page as JSON (every table is also data).
import { html, type SafeHtml } from './html.ts';

export type Section = 'home' | 'playground' | 'desk' | 'knowledge' | 'gaps' | 'team';

/** What every page needs to know about where it is served. */
export interface PageContext {
  /** Where the Studio is mounted (`''` on its own port, `/studio` in the service). */
  base: string;
  knowledgeVersion: number;
  /** The live service's Studio: the playground is a sandbox beside real traffic. */
  live: boolean;
}

export interface PageOptions {
  title: string;
  section: Section;
  body: SafeHtml;
  /** This page as JSON, when it has a JSON twin. */
  json?: string;
  /** Pages that only show the knowledge reload by themselves when it changes. */
  autoReload?: boolean;
}

const SECTIONS: readonly [Section, string, string][] = [
  ['playground', 'Playground', '/playground'],
  ['desk', 'Desk', '/desk'],
  ['knowledge', 'Knowledge', '/knowledge'],
  ['gaps', 'Gap report', '/gaps'],
  ['team', 'Team', '/team'],
];

export function renderPage(context: PageContext, options: PageOptions): string {
  const { base } = context;
  const nav = SECTIONS.map(
    ([section, label, path]) =>
      html`<li><a href="${base}${path}"${section === options.section ? html` aria-current="page"` : ''}>${label}</a></li>`,
  );
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · Pronto Studio</title>
<link rel="icon" href="${base}/assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${base}/assets/studio.css">
<script src="${base}/assets/studio.js" defer></script>
</head>
<body data-status-url="${base}/status.json" data-knowledge-version="${context.knowledgeVersion}" data-auto-reload="${options.autoReload === true ? 'true' : 'false'}">
<a class="skip" href="#main">Skip to content</a>
<header class="top"><div class="top-inner">
<a class="brand" href="${base}/"${options.section === 'home' ? html` aria-current="page"` : ''}>Pronto Studio</a>
<nav aria-label="Studio sections"><ul>${nav}</ul></nav>
</div></header>
<div id="notice" class="notice" role="status" aria-live="polite"></div>
<main id="main" tabindex="-1">
${options.body}
</main>
<footer>
${options.json ? html`<a href="${options.json}">This page as JSON</a> · ` : ''}${
    context.live
      ? 'Live service: knowledge, gaps and team figures are the real ones; the playground and its desk are a sandbox that never reaches a customer.'
      : 'Local Studio: in-memory state and the offline composer; nothing here reaches a customer or the internet.'
  }
</footer>
</body>
</html>
`;
  return page.value;
}
