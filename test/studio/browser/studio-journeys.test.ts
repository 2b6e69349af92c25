// The Studio in a real browser (Debian's Chromium through playwright-core): the journeys of a
// newcomer, an agent, an editor and a team lead, by mouse and by keyboard alone, at 360 px wide,
// with screenshots of each in test-output/studio. No request may leave the Studio.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { focusedElement, lowContrastText, startHarness, tabTo, type Harness, type JourneyPage } from './browser-harness.ts';

let harness: Harness;
let journey: JourneyPage | undefined;

beforeAll(async () => {
  harness = await startHarness();
}, 60_000);
afterAll(async () => {
  await harness?.close();
});
afterEach(async () => {
  if (journey === undefined) return;
  const { requests, dialogs, errors } = journey;
  await journey.close();
  journey = undefined;
  const origin = new URL(harness.studio.url).origin;
  expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});

async function open(viewport?: { width: number; height: number }): Promise<JourneyPage> {
  journey = await harness.open(viewport);
  return journey;
}

/** Posts a message as a new customer in the playground, by mouse. */
async function postAsCustomer({ page }: JourneyPage, text: string): Promise<void> {
  await page.goto(`${harness.studio.url}/playground`);
  await page.getByLabel('What the customer writes').fill(text);
  await page.getByRole('button', { name: 'Post as the customer' }).click();
  await page.waitForURL(/\/playground\/c\d+#pg\d+$/);
}

describe('Pronto Studio in a browser', () => {
  it('shows a newcomer the answer to an Italian question and its source', async () => {
    const tab = await open();
    const { page } = tab;
    await page.goto(harness.studio.url);
    await tab.shot('newcomer-1-home');
    await page.getByRole('navigation').getByRole('link', { name: 'Playground' }).click();
    await page.getByLabel('What the customer writes').fill('ciao, come faccio a ricaricare la sim?');
    await page.getByRole('button', { name: 'Post as the customer' }).click();

    const bot = page.locator('.turn.bot');
    await expect.poll(() => bot.count()).toBe(1);
    expect(await bot.locator('.text').textContent()).toMatch(/ricaric/i);
    const facts = await page.locator('.turn.customer dl').textContent();
    expect(facts).toMatch(/Language\s*it \(detected\)/);
    expect(facts).toMatch(/Decision\s*answer from ricarica/);
    await tab.shot('newcomer-2-answer');
    await bot.getByRole('link', { name: 'Come faccio a ricaricare la SIM Lumo?' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('ricarica');
  });

  it('shows a complaint handed off, and the draft sent from the desk view reaches the conversation', async () => {
    const tab = await open();
    const { page } = tab;
    await postAsCustomer(tab, 'la fibra non funziona da tre giorni, è una vergogna!');
    const handoff = page.locator('.turn.handoff');
    await expect.poll(() => handoff.count()).toBe(1);
    await tab.shot('complaint-1-handoff');
    await handoff.getByRole('link', { name: 'Open the handoff in the desk' }).click();

    for (const name of ['Send draft', 'Take over', 'Hand back to bot', 'Resolve']) await page.getByRole('button', { name }).waitFor();
    expect(await page.getByText('Draft (public reply)').count()).toBe(1);
    const draft = ((await page.locator('.turn.bot.text').textContent()) ?? '').trim();
    expect(draft.length).toBeGreaterThan(10);
    await tab.shot('complaint-2-desk');
    await page.getByRole('button', { name: 'Send draft' }).click();
    await page.getByText('Sent to the customer. The handoff is resolved').waitFor();
    expect(await page.getByRole('button', { name: 'Send draft' }).count()).toBe(0);
    await tab.shot('complaint-3-sent');

    await page.getByRole('link', { name: 'The playground conversation' }).click();
    const agent = page.locator('.turn.agent');
    await expect.poll(() => agent.count()).toBe(1);
    expect((await agent.locator('.text').textContent())?.trim()).toBe(draft);
    await tab.shot('complaint-4-conversation');
  });

  it('flags a missing translation and a broken file for an editor', async () => {
    const tab = await open();
    const { page } = tab;
    await page.goto(`${harness.studio.url}/knowledge`);
    await page.getByText('Files the bot cannot use (1)').waitFor();
    const row = page.getByRole('row').filter({ hasText: 'satispay' });
    expect(await row.getByText('missing en').count()).toBe(1);
    await tab.shot('editor-1-knowledge');
    await row.getByRole('link', { name: 'satispay' }).click();
    await page.getByText('Missing translation: en').waitFor();
    await page.getByRole('button', { name: 'Try this entry' }).click();
    await page.getByText(/\d+ of 4 questions answered with satispay/).waitFor();
    await tab.shot('editor-2-entry');
  });

  it('groups repeated unanswered questions in the gap report and lets one be asked in the playground', async () => {
    const tab = await open();
    const { page } = tab;
    await page.goto(`${harness.studio.url}/gaps`);
    const bikes = page.locator('ol.stack > li').filter({ hasText: 'biciclette' });
    expect(await bikes.getByRole('heading').textContent()).toMatch(/^3×\s+.*biciclette elettriche/);
    await page.getByText(/^line 29: /).waitFor();
    await tab.shot('gaps-1-report');
    await bikes.getByRole('link', { name: 'Ask it in the playground' }).click();
    expect(await page.getByLabel('What the customer writes').inputValue()).toMatch(/biciclette elettriche/);
  });

  it('shows the team view as charts', async () => {
    const tab = await open();
    const { page } = tab;
    await page.goto(`${harness.studio.url}/team`);
    for (const caption of ['Posts per day, by how the bot handled them', 'First response time on X, median per day (log scale)', 'Handoffs by reason']) {
      await page.getByRole('figure', { name: caption }).waitFor();
    }
    expect(await page.locator('figure svg[role="img"]').count()).toBeGreaterThanOrEqual(2);
    await tab.shot('team-1-charts');
  });

  it('takes a person from the home page to an answered handoff with the keyboard alone', async () => {
    const tab = await open();
    const { page } = tab;
    await page.goto(harness.studio.url);
    await page.keyboard.press('Tab');
    expect((await focusedElement(page)).text).toBe('Skip to content');
    await tabTo(page, (focused) => focused.text === 'Playground');
    // The focus shows: an outline, not only the browser's default.
    expect((await focusedElement(page)).outline).toBe('solid');
    await tab.shot('keyboard-1-focus');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/playground$/);
    await tabTo(page, (focused) => focused.id === 'text');
    await page.keyboard.type('la fibra non funziona da tre giorni, voglio parlare con un operatore!');
    await tabTo(page, (focused) => focused.text === 'Post as the customer');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#pg\d+$/);
    // The page opens at the post, and the focus is on it.
    expect((await focusedElement(page)).id).toBe(new URL(page.url()).hash.slice(1));
    await tabTo(page, (focused) => focused.text === 'Open the handoff in the desk');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/desk\//);
    await tabTo(page, (focused) => focused.text === 'Edit and send');
    await page.keyboard.press('Enter');
    await tabTo(page, (focused) => focused.id === 'reply');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Ciao Giulia, ti scriviamo in privato per il rimborso.');
    await tabTo(page, (focused) => focused.text === 'Send');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#outcome$/);
    expect((await focusedElement(page)).id).toBe('outcome');
    expect(await page.locator('#outcome').textContent()).toMatch(/Sent to the customer/);
    await tab.shot('keyboard-2-sent');
  });

  it('fits every page in 360 px without sideways scrolling, every control labelled and every text in AA contrast', async () => {
    const tab = await open({ width: 360, height: 740 });
    const { page } = tab;
    await postAsCustomer(tab, 'la fibra non va da stamattina, vergogna!');
    const conversation = new URL(page.url()).pathname;
    await page.getByRole('link', { name: 'Open the handoff in the desk' }).click();
    const ticket = new URL(page.url()).pathname;
    const pages: [string, string][] = [
      ['home', '/'],
      ['playground', '/playground'],
      ['conversation', conversation],
      ['desk', '/desk'],
      ['ticket', ticket],
      ['knowledge', '/knowledge'],
      ['entry', '/knowledge/ricarica'],
      ['eval', '/eval'],
      ['gaps', '/gaps'],
      ['team', '/team'],
    ];
    for (const [name, pathname] of pages) {
      await page.goto(`${harness.studio.url}${pathname}`);
      const width = await page.evaluate<number>('document.documentElement.scrollWidth');
      // Every form control has a label, every chart a name: what a screen reader announces.
      const unnamed = await page.evaluate<string[]>(`[
        ...[...document.querySelectorAll('input:not([type=hidden]), select, textarea')].filter((control) => control.labels.length === 0).map((control) => control.outerHTML),
        ...[...document.querySelectorAll('svg[role=img]')].filter((chart) => !document.getElementById(chart.getAttribute('aria-labelledby') || '')).map((chart) => chart.outerHTML.slice(0, 80)),
      ]`);
      // Every text readable against its background (WCAG AA).
      const lowContrast = await lowContrastText(page);
      expect({ name, width, unnamed, lowContrast }).toEqual({ name, width: 360, unnamed: [], lowContrast: [] });
      await tab.shot(`narrow-360-${name}`);
    }
  });

  it('shows script and HTML a customer writes as text, in the conversation and in the desk', async () => {
    const tab = await open();
    const { page } = tab;
    const text = '<img src=x onerror="alert(1)"><script>alert(2)</script> la fibra non va, vergogna!';
    await postAsCustomer(tab, text);
    expect(await page.locator('.turn.customer .text').first().textContent()).toBe(text);
    await page.getByRole('link', { name: 'Open the handoff in the desk' }).click();
    expect(await page.locator('.turn.customer .text').first().textContent()).toBe(text);
    expect(await page.locator('main img, main script').count()).toBe(0);
    await tab.shot('hostile-text');
  });

  it('shows a changed knowledge file without a restart', async () => {
    const tab = await open();
    const { page } = tab;
    await page.goto(`${harness.studio.url}/knowledge/satispay`);
    await page.getByText('Missing translation: en').waitFor();
    await writeFile(
      path.join(harness.studio.knowledgeDir, 'extra/satispay.en.md'),
      '---\nid: satispay\nlang: en\ntitle: Can I pay with Satispay?\nquestions:\n  - do you take satispay\n---\nYes: pay top-ups and bills with Satispay in the Lumo app.\n',
    );
    // The watcher reloads the folder, the page notices and reloads by itself.
    await page.getByRole('heading', { name: 'Can I pay with Satispay?' }).waitFor({ timeout: 15_000 });
    expect(await page.getByText('Missing translation').count()).toBe(0);
    await tab.shot('editor-3-reloaded');
  });
});
