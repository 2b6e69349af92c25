// The live service's Studio opens only with PRONTO_STUDIO_TOKEN: in an `Authorization: Bearer`
// header (tools), or in a cookie the sign-in form sets (people). Without it every request gets
// 401 and nothing of the Studio: the sign-in form, or a JSON error. The cookie holds an HMAC of
// the token, never the token; it is HttpOnly and SameSite=Strict, so no other site can use it.
import { createHmac, timingSafeEqual } from 'node:crypto';
import express, { type NextFunction, type Request, type Response } from 'express';
import { LOGIN_STYLE_HASH, renderLoginPage } from './pages/login-page.ts';

export const STUDIO_COOKIE = 'pronto_studio';

/** A sign-in lasts a working day; then the form asks again. */
const SESSION_SECONDS = 12 * 60 * 60;

const LOGIN_CSP = `default-src 'none'; style-src ${LOGIN_STYLE_HASH}; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`;

export interface StudioTokenOptions {
  token: string;
  /** A failed sign-in: warned (throttled by the service), never with what was typed. */
  onRejected(data: { path: string; reason: string }): void;
}

export function requireStudioToken(options: StudioTokenOptions) {
  const session = createHmac('sha256', options.token).update('pronto-studio-session').digest('base64url');
  const parseForm = express.urlencoded({ extended: false, limit: 4 * 1024 });

  return async (request: Request, response: Response, next: NextFunction): Promise<void> => {
    if (request.method === 'POST' && request.path === '/login') {
      await new Promise<void>((resolve, reject) => parseForm(request, response, (error?: unknown) => (error ? reject(error) : resolve())));
      const typed = (request.body as Record<string, unknown> | undefined)?.token;
      if (typeof typed !== 'string' || !sameSecret(typed.trim(), options.token)) {
        options.onRejected({ path: request.originalUrl, reason: 'wrong token at sign-in' });
        deny(request, response, 'That is not the Studio token.');
        return;
      }
      response.cookie(STUDIO_COOKIE, session, {
        httpOnly: true,
        sameSite: 'strict',
        secure: request.secure || request.headers['x-forwarded-proto'] === 'https',
        path: request.baseUrl || '/',
        maxAge: SESSION_SECONDS * 1000,
      });
      response.redirect(303, `${request.baseUrl}/`);
      return;
    }
    if (request.path === '/logout') {
      response.clearCookie(STUDIO_COOKIE, { path: request.baseUrl || '/' });
      response.redirect(303, `${request.baseUrl}/`);
      return;
    }
    const bearer = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1]?.trim();
    const cookie = cookieOf(request, STUDIO_COOKIE);
    if ((bearer !== undefined && sameSecret(bearer, options.token)) || (cookie !== undefined && sameSecret(cookie, session))) {
      next();
      return;
    }
    if (bearer !== undefined || cookie !== undefined) options.onRejected({ path: request.originalUrl, reason: 'wrong or old token' });
    deny(request, response);
  };
}

/** 401 with the sign-in form for people, or a JSON error for tools; nothing of the Studio either way. */
function deny(request: Request, response: Response, error?: string): void {
  response.status(401).setHeader('WWW-Authenticate', 'Bearer realm="Pronto Studio"');
  response.setHeader('Cache-Control', 'no-store');
  const wantsPage = (request.method === 'GET' || request.method === 'POST') && !request.path.endsWith('.json') && (request.accepts(['html', 'json']) === 'html');
  if (!wantsPage) {
    response.json({ error: 'Pronto Studio needs its token (Authorization: Bearer <PRONTO_STUDIO_TOKEN>)' });
    return;
  }
  response.setHeader('Content-Security-Policy', LOGIN_CSP);
  response.type('html').send(renderLoginPage(`${request.baseUrl}/login`, error));
}

/** Constant time, whatever the lengths: comparing HMACs of both sides hides the length too. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHmac('sha256', 'pronto-studio-compare').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function cookieOf(request: Request, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}
