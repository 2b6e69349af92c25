// The only page the live service's Studio shows without its token: a form asking for it.
// Self-contained (its style is inline, allowed by hash in its CSP), so nothing else is served.
import { createHash } from 'node:crypto';
import { html, trusted } from '../html.ts';

const STYLE =
  'body{font-family:system-ui,sans-serif;margin:0;color:#1a1a1a}main{max-width:24rem;margin:4rem auto;padding:1rem}' +
  'label{display:block;font-weight:600;margin:1rem 0 .25rem}input{font:inherit;width:100%;padding:.45rem;border:1px solid #6b7280;border-radius:6px}' +
  'button{font:inherit;margin-top:1rem;padding:.45rem .9rem;border-radius:6px;border:1px solid #0b5cad;background:#0b5cad;color:#fff}' +
  ':focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}.error{color:#b3261e;font-weight:600}';

/** The CSP source that allows exactly this page's inline style. */
export const LOGIN_STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;

export function renderLoginPage(action: string, error?: string): string {
  return html`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Sign in · Pronto Studio</title><style>${trusted(STYLE)}</style></head>
<body><main>
<h1>Pronto Studio</h1>
<p>This Studio needs its access token (<code>PRONTO_STUDIO_TOKEN</code>, from whoever runs the service).</p>
${error ? html`<p class="error" role="alert">${error}</p>` : ''}
<form method="post" action="${action}">
<label for="token">Access token</label>
<input type="password" id="token" name="token" required autocomplete="current-password" autofocus>
<button type="submit">Open the Studio</button>
</form>
</main></body></html>
`.value;
}

