// The Studio over HTTP, as `pronto studio` serves it: every page and its JSON twin, bad input
// shown for what it is, and nothing a page loads coming from elsewhere. The browser journeys are
// in test/studio/browser.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STUDIO_CSP } from '../../src/studio/create-studio.ts';
import type { PlaygroundConversation } from '../../src/studio/sandbox/playground-log.ts';
import { runPronto } from '../support/run-pronto.ts';
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

/** Posts as a new customer in the playground; answers the conversation's path and its data. */
async function postAsCustomer(fields: Record<string, string>): Promise<{ path: string; conversation: PlaygroundConversation }> {
  const posted = await get('/playground', form({ kind: 'mention', channel: 'twitter', lang: '', name: 'Eve', handle: 'eve', followers: '10', ...fields }));
  expect(posted.status).toBe(303);
  const path = posted.headers.get('location')!.split('#')[0]!;
  return { path, conversation: (await (await get(`${path}.json`)).json()) as PlaygroundConversation };
}

function ticketOf(conversation: PlaygroundConversation): string {
  const handoff = conversation.events.find((event) => event.type === 'handoff');
  if (handoff?.type !== 'handoff') throw new Error(`no handoff in ${JSON.stringify(conversation.events)}`);
  return handoff.ticketId;
}

const COMPLAINT = 'la fibra non funziona da tre giorni, è una vergogna!';

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

  it('shows the kb check findings next to their entry, and filters entries by folder, language and kind', async () => {
    const satispay = (await (await get('/knowledge/satispay.json')).json()) as { findings: { message: string }[] };
    expect(satispay.findings.map((finding) => finding.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/has no en translation/),
        expect.stringMatching(/^the first paragraph has \d+ characters: on X it is cut/),
        expect.stringMatching(/^"dove c'è un negozio lumo" matches "negozi" better than its own entry/),
      ]),
    );
    const page = await (await get('/knowledge/satispay')).text();
    expect(page).toContain('matches &quot;negozi&quot; better than its own entry');
    const ids = async (query: string) => ((await (await get(`/knowledge.json?${query}`)).json()) as { entries: { id: string }[] }).entries.map((entry) => entry.id);
    expect(await ids('folder=extra')).toEqual(['satispay']);
    expect(await ids('lang=en')).not.toContain('satispay');
    expect(await ids('kind=notice')).toEqual(expect.arrayContaining(['guasto-fibra-milano', 'manutenzione-rete-torino']));
    expect((await ids('kind=notice')).length).toBeLessThan(5);
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

  it('explains a post with what kb ask says of it: language, matches with their confidence, decision', async () => {
    const text = 'ciao, come faccio a ricaricare la sim?';
    const [ask, { conversation }] = await Promise.all([runPronto(['kb', 'ask', '--knowledge', studio.knowledgeDir, text]), postAsCustomer({ text })]);
    expect(ask.code).toBe(0);
    const posted = conversation.events.find((event) => event.type === 'customer');
    if (posted?.type !== 'customer' || posted.explanation === undefined) throw new Error('no explanation');
    const { explanation } = posted;
    expect(ask.stdout).toContain(`language: ${explanation.lang} (${explanation.langSource})`);
    expect(ask.stdout).toContain(`decision: ${explanation.decision.join(' + ')}`);
    for (const match of explanation.matches) expect(ask.stdout).toMatch(new RegExp(`${match.confidence.toFixed(2)}  ${match.id} `));
  });

  it('keeps a conversation going: once an agent takes over, what the customer writes next reaches the handoff and the bot stays quiet', async () => {
    const { path, conversation } = await postAsCustomer({ text: COMPLAINT });
    const ticket = ticketOf(conversation);
    expect((await get(`/desk/${ticket}/take-over`, form({}))).status).toBe(303);
    const again = await get(path, form({ text: 'ci siete? rispondete!', kind: 'mention', lang: '' }));
    expect(again.status).toBe(303);
    const after = (await (await get(`${path}.json`)).json()) as PlaygroundConversation;
    expect(after.events.at(-1)).toMatchObject({ type: 'customer', text: 'ci siete? rispondete!', actions: [{ type: 'ignore' }] });
    expect(after.events.filter((event) => event.type === 'handoff')).toHaveLength(1);
    const shown = (await (await get(`/desk/${ticket}.json`)).json()) as { activity: { note: { kind: string; text?: string } }[] };
    expect(shown.activity.map(({ note }) => note)).toContainEqual({ kind: 'customer-wrote', text: 'ci siete? rispondete!' });

    // Handed back, the conversation is the bot's again: it answers the next question.
    expect((await get(`/desk/${ticket}/hand-back`, form({}))).status).toBe(303);
    await get(path, form({ text: 'come faccio a ricaricare?', kind: 'mention', lang: '' }));
    const handedBack = (await (await get(`${path}.json`)).json()) as PlaygroundConversation;
    expect(handedBack.events.at(-1)).toMatchObject({ type: 'sent', from: 'bot', sources: ['ricarica'] });
  });

  it('says who wrote the draft, as the Slack card does', async () => {
    const { conversation } = await postAsCustomer({ text: COMPLAINT });
    const page = await (await get(`/desk/${ticketOf(conversation)}`)).text();
    expect(page).toMatch(/<p class="muted">Written by the reply templates( from [a-z0-9-, ]+)?\.<\/p>/);
  });

  it('resolves a handoff from the desk view without sending anything', async () => {
    const { path, conversation } = await postAsCustomer({ text: COMPLAINT });
    const ticket = ticketOf(conversation);
    const resolved = await get(`/desk/${ticket}/resolve`, form({}));
    expect(resolved.status).toBe(303);
    expect(((await (await get(`/desk/${ticket}.json`)).json()) as { ticket: { state: string } }).ticket.state).toBe('resolved');
    const after = (await (await get(`${path}.json`)).json()) as PlaygroundConversation;
    expect(after.events.filter((event) => event.type === 'sent' && event.from === 'agent')).toEqual([]);
    expect(await (await get(`/desk/${ticket}`)).text()).not.toContain('>Send draft</button>');
  });

  it.each([
    ['facebook', 'dm', 'Messenger', 'Private reply: at most 2000 characters.'],
    ['facebook', 'mention', 'Facebook comment', 'reply: at most'],
    ['botframework', 'dm', 'Teams/Web Chat · private (DM)', 'Private reply: at most 6000 characters.'],
  ])('answers on %s (%s) and shows the handoff as %s with its reply limit', async (channel, kind, where, limit) => {
    const answered = await postAsCustomer({ text: 'come faccio a ricaricare?', channel, kind });
    expect(answered.conversation.customer.channel).toBe(channel);
    expect(answered.conversation.events).toContainEqual(expect.objectContaining({ type: 'sent', from: 'bot', sources: ['ricarica'] }));
    const { conversation } = await postAsCustomer({ text: COMPLAINT, channel, kind });
    const page = await (await get(`/desk/${ticketOf(conversation)}`)).text();
    expect(page).toContain(`<dt>Where</dt><dd>${where}</dd>`);
    expect(page).toContain(limit);
  });

  it('shows the team view per channel, Messenger apart from Facebook comments', async () => {
    await postAsCustomer({ text: 'come faccio a ricaricare?', channel: 'facebook', kind: 'dm' });
    await postAsCustomer({ text: 'come faccio a ricaricare?', channel: 'facebook', kind: 'mention' });
    await postAsCustomer({ text: 'come faccio a ricaricare?', channel: 'botframework', kind: 'dm' });
    const team = (await (await get('/team.json')).json()) as { summary: { channels: string[] } };
    expect(team.summary.channels).toEqual(expect.arrayContaining(['twitter', 'facebook', 'messenger', 'botframework']));
    const page = await (await get('/team')).text();
    for (const name of ['X', 'Facebook comments', 'Messenger', 'Teams/Web Chat']) expect(page).toContain(`First response time on ${name}, median per day`);
  });
});
