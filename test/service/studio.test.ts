// Pronto Studio in the live service: served at /studio only with PRONTO_STUDIO_TOKEN, every
// request needing it (401 and nothing of the Studio otherwise), and its gap report and team view
// reading the real store, filled by the real pipeline (the fake X API, a real Redis).
import { describe, expect, it } from 'vitest';
import { startService } from '../../src/service/create-service.ts';
import { loadServiceConfig } from '../../src/service-config.ts';
import { startFakeXApi } from '../support/fake-x-api.ts';
import { createRecordingLog } from '../support/recording-log.ts';
import { ROOT } from '../support/run-pronto.ts';
import { useRedisPerFile } from '../support/redis-per-file.ts';

const TOKEN = 'studio-test-token-0123456789';
const shared = useRedisPerFile();
const { cleanups } = shared;

async function startLive(env: Record<string, string> = {}) {
  const x = await startFakeXApi({ brand: { id: '1000', username: 'LumoAiuta', name: 'Lumo' } });
  cleanups.push(() => x.close());
  const { log, lines } = createRecordingLog();
  const service = await startService(
    loadServiceConfig(
      {
        X_API_KEY: 'k', X_API_SECRET: 's', X_ACCESS_TOKEN: 't', X_ACCESS_SECRET: 'u',
        X_API_BASE_URL: x.baseUrl,
        X_POLL_INTERVAL_MS: '3600000',
        REDIS_URL: shared.redis.url,
        REDIS_PREFIX: shared.nextPrefix('studio'),
        PORT: '0',
        ...env,
      },
      ROOT,
    ),
    log,
  );
  cleanups.push(() => service.stop());
  // The first poll at start sets the cursors: mentions added after it are new.
  await x.waitFor((fake) => fake.requests.some((r) => r.path === '/2/dm_events' && r.status !== undefined));
  const url = `http://127.0.0.1:${service.port}/studio`;
  return { x, service, lines, url };
}

const bearer = { authorization: `Bearer ${TOKEN}` };

describe('Pronto Studio in the live service', () => {
  it('is not served when PRONTO_STUDIO_TOKEN is not set', async () => {
    const { url } = await startLive();
    expect((await fetch(`${url}/`)).status).toBe(404);
    expect((await fetch(`${url}/gaps.json`, { headers: bearer })).status).toBe(404);
  });

  it('answers 401 with nothing of the Studio when the token is missing or wrong, and serves it with the right one', async () => {
    const { url, lines } = await startLive({ PRONTO_STUDIO_TOKEN: TOKEN });
    for (const path of ['/', '/knowledge', '/desk', '/assets/studio.css']) {
      const missing = await fetch(`${url}${path}`, { headers: { accept: 'text/html' } });
      expect(missing.status).toBe(401);
      const page = await missing.text();
      expect(page).toContain('Access token');
      expect(page).not.toMatch(/Playground|ricarica|studio\.css \{|:root/);
    }
    const wrong = await fetch(`${url}/gaps.json`, { headers: { authorization: 'Bearer not-the-token-at-all' } });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ error: expect.stringMatching(/needs its token/) });
    const posted = await fetch(`${url}/playground`, { method: 'POST', body: new URLSearchParams({ text: 'ciao' }) });
    expect(posted.status).toBe(401);
    expect(lines.some((line) => line.msg === 'studio.token_rejected')).toBe(true);

    const right = await fetch(`${url}/knowledge`, { headers: bearer });
    expect(right.status).toBe(200);
    expect(await right.text()).toContain('<code>ricarica</code>');
  });

  it('signs a person in with the form, keeps them in with a cookie that is not the token, and refuses a wrong token', async () => {
    const { url } = await startLive({ PRONTO_STUDIO_TOKEN: TOKEN });
    const signIn = (token: string) =>
      fetch(`${url}/login`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ token }) });
    const refused = await signIn('wrong-token-wrong-token');
    expect(refused.status).toBe(401);
    expect(await refused.text()).toContain('That is not the Studio token.');

    const accepted = await signIn(TOKEN);
    expect(accepted.status).toBe(303);
    const cookie = accepted.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^pronto_studio=[^;]+; Max-Age=43200; Path=\/studio; Expires=[^;]+; HttpOnly; SameSite=Strict$/);
    expect(cookie).not.toContain(TOKEN);
    const home = await fetch(`${url}/`, { headers: { cookie: cookie.split(';')[0]! } });
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('Live service:');
  });

  it('shows the questions the live bot could not answer, without personal data, and the day\'s posts in the team view', async () => {
    const { x, service, url } = await startLive({ PRONTO_STUDIO_TOKEN: TOKEN });
    x.addMention({ text: '@LumoAiuta vendete biciclette elettriche? scrivetemi a mario.rossi@example.it', lang: 'it', author: { id: '45', name: 'Mario' } });
    x.addMention({ text: '@LumoAiuta come faccio a ricaricare?', lang: 'it', author: { id: '46', name: 'Anna' } });
    await service.pollXOnce!();
    await x.waitFor((fake) => fake.postedTweets.length >= 2);

    const gaps = (await (await fetch(`${url}/gaps.json`, { headers: bearer })).json()) as { gaps: number; groups: { example: string }[] };
    expect(gaps.gaps).toBe(1);
    expect(gaps.groups[0]?.example).toBe('vendete biciclette elettriche? scrivetemi a [email]');
    const team = (await (await fetch(`${url}/team.json`, { headers: bearer })).json()) as { summary: { answeredShare: number } };
    expect(team.summary.answeredShare).toBe(0.5);
  });
});
