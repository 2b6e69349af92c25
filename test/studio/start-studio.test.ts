// The Studio over HTTP, as `pronto studio` serves it: every page and its JSON twin, bad input
// shown for what it is, and nothing a page loads coming from elsewhere. The browser journeys are
// in test/studio/browser.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STUDIO_CSP } from '../../src/studio/create-studio.ts';
import { startTestStudio, type TestStudio } from './start-test-studio.ts';

let studio: TestStudio;
beforeAll(async () => {
  studio = await startTestStudio();
});
afterAll(async () => {
  await studio?.close();
});

const get = (path: string, init?: RequestInit) => fetch(`${studio.url}${path}`, { redirect: 'manual', ...init });
const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});

describe('startStudio', () => {
  it.each(['/', '/playground', '/desk', '/knowledge', '/knowledge/ricarica', '/knowledge/ricarica/try', '/eval', '/gaps', '/team'])(
    'serves %s as a page with its CSP, and the same data as JSON',
    async (path) => {
      const page = await get(path);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toBe(STUDIO_CSP);
      const body = await page.text();
      expect(body).toMatch(/^<!doctype html>/);
      // Nothing the page loads is from another origin: no CDN, stylesheet, font or image.
      expect(body).not.toMatch(/src="(https?:)?\/\/|<link[^>]+href="(https?:)?\/\//);
      const json = await get(path === '/' ? '/index.json' : `${path}.json`);
      expect(json.status).toBe(200);
      expect(json.headers.get('content-type')).toMatch(/application\/json/);
      await json.json();
    },
  );

  it('shows a broken knowledge file with its error and keeps the other entries', async () => {
    const page = await (await get('/knowledge')).text();
    expect(page).toContain('Files the bot cannot use (1)');
    expect(page).toMatch(/extra\/broken\.md<\/code> \(lang\): /);
    const report = (await (await get('/knowledge.json')).json()) as { entries: { id: string; missing: string[] }[] };
    expect(report.entries.length).toBe(36);
    expect(report.entries.find((entry) => entry.id === 'satispay')?.missing).toEqual(['en']);
  });

  it('shows the replay file\'s malformed line and groups the questions of the rest', async () => {
    const gaps = (await (await get('/gaps.json')).json()) as { period: { malformed: string[] }; groups: { count: number; words: string[] }[] };
    expect(gaps.period.malformed).toEqual([expect.stringMatching(/^line 29: /)]);
    expect(gaps.groups[0]).toMatchObject({ count: 3, words: expect.arrayContaining(['biciclette', 'elettriche']) });
  });

  it('shows script and HTML in what a customer writes as text', async () => {
    const text = '<script>alert(1)</script><img src=x onerror="alert(2)"> come ricarico?';
    const posted = await get('/playground', form({ text, kind: 'mention', channel: 'twitter', lang: 'it', name: '<b>Eve</b>', handle: 'eve', followers: '10' }));
    expect(posted.status).toBe(303);
    const page = await (await get(posted.headers.get('location')!.split('#')[0]!)).text();
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt; come ricarico?');
    expect(page).toContain('&lt;b&gt;Eve&lt;/b&gt;');
    expect(page).not.toMatch(/<script>alert|<img src=x|<b>Eve/);
  });

  it('answers a form left empty with the reason and keeps what was typed', async () => {
    const response = await get('/playground', form({ text: '   ', name: 'Anna <3', handle: 'anna' }));
    expect(response.status).toBe(422);
    const page = await response.text();
    expect(page).toContain('Write what the customer says before posting.');
    expect(page).toContain('value="Anna &lt;3"');
  });

  it('refuses a form posted from another site and requests addressed to another host', async () => {
    const crossSite = await get('/playground', { ...form({ text: 'ciao' }), headers: { ...form({}).headers, origin: 'https://evil.example' } });
    expect(crossSite.status).toBe(403);
    // A name of another site pointed at 127.0.0.1 (DNS rebinding): fetch cannot set Host, node:http can.
    const rebound = await new Promise<number | undefined>((resolve, reject) => {
      const url = new URL(studio.url);
      request({ host: url.hostname, port: url.port, path: '/', headers: { host: `evil.example:${url.port}` } }, (response) => {
        response.resume();
        resolve(response.statusCode);
      })
        .on('error', reject)
        .end();
    });
    expect(rebound).toBe(403);
  });

  it('says a handoff or a conversation the sandbox does not know is not found', async () => {
    expect((await get('/desk/nope')).status).toBe(404);
    expect((await get('/playground/c999')).status).toBe(404);
    expect((await get('/knowledge/nope.json')).status).toBe(404);
  });
});
