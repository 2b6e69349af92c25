// What the browser journeys share: one Studio, one Chromium, a page per journey that records
// every request it makes (none may leave the Studio), every dialog (a script in customer text
// would open one) and every error, and screenshots in test-output/studio (gitignored).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../support/launch-chromium.ts';
import { ROOT } from '../../support/run-pronto.ts';
import { startTestStudio, type TestStudio } from '../start-test-studio.ts';

export const SCREENSHOTS = path.join(ROOT, 'test-output/studio');

export interface JourneyPage {
  page: Page;
  /** URLs of every request the page made. */
  requests: string[];
  /** Messages of dialogs (alert, confirm) the page opened. */
  dialogs: string[];
  /** Script errors and console errors (a CSP violation is one). */
  errors: string[];
  shot(name: string): Promise<void>;
  close(): Promise<void>;
}

export interface Harness {
  studio: TestStudio;
  open(viewport?: { width: number; height: number }): Promise<JourneyPage>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const [studio, chrome] = await Promise.all([startTestStudio(), launchChromium()]);
  await mkdir(SCREENSHOTS, { recursive: true });
  return {
    studio,
    async open(viewport = { width: 1280, height: 900 }) {
      const context = await chrome.browser.newContext({ viewport });
      const page = await context.newPage();
      const journey: JourneyPage = {
        page,
        requests: [],
        dialogs: [],
        errors: [],
        async shot(name) {
          await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
        },
        close: () => context.close(),
      };
      page.on('request', (request) => journey.requests.push(request.url()));
      page.on('dialog', (dialog) => {
        journey.dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      page.on('pageerror', (error) => journey.errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') journey.errors.push(message.text());
      });
      return journey;
    },
    async close() {
      await Promise.all([chrome.close(), studio.close()]);
    },
  };
}

/** What has the keyboard focus. (Scripts run in the page are strings: the tests compile without DOM types.) */
export function focusedElement(page: Page): Promise<{ tag: string; id: string; text: string; name: string; outline: string }> {
  return page.evaluate<{ tag: string; id: string; text: string; name: string; outline: string }>(`(() => {
    const element = document.activeElement;
    return {
      tag: element ? element.tagName.toLowerCase() : '',
      id: element ? element.id : '',
      text: element ? (element.textContent || '').trim() : '',
      name: element ? element.getAttribute('name') || '' : '',
      outline: element ? getComputedStyle(element).outlineStyle : '',
    };
  })()`);
}

/** Presses Tab until the focused element satisfies `matches` (its tag, id and text), at most `max` times. */
export async function tabTo(page: Page, matches: (focused: { tag: string; id: string; text: string; name: string }) => boolean, max = 40): Promise<void> {
  for (let presses = 0; presses < max; presses += 1) {
    await page.keyboard.press('Tab');
    if (matches(await focusedElement(page))) return;
  }
  throw new Error(`nothing matching was reached after ${max} presses of Tab`);
}

/**
 * Text on the page whose contrast with what is behind it is under WCAG AA (4.5:1, or 3:1 for
 * large text: 24 px, or 18.66 px bold), as "tag.class ratio: text". Only rendered text counts;
 * the background is the nearest opaque one of the element or its ancestors (white at the top).
 */
export function lowContrastText(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const parse = (colour) => {
      const parts = /rgba?\\(([^)]+)\\)/.exec(colour);
      if (!parts) return undefined;
      const [r, g, b, a = 1] = parts[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number);
      return { r, g, b, a };
    };
    const channel = (value) => {
      const v = value / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    };
    const luminance = ({ r, g, b }) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    const backgroundOf = (element) => {
      for (let at = element; at; at = at.parentElement) {
        const colour = parse(getComputedStyle(at).backgroundColor);
        if (colour && colour.a > 0) return colour;
      }
      return { r: 255, g: 255, b: 255, a: 1 };
    };
    const low = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const text = (walker.currentNode.textContent || '').trim();
      const element = walker.currentNode.parentElement;
      if (!text || !element || element.closest('svg') || !element.checkVisibility({ visibilityProperty: true })) continue;
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      if (box.right <= 0 || box.bottom <= 0) continue;
      const [light, dark] = [luminance(parse(style.color)), luminance(backgroundOf(element))].sort((a, b) => b - a);
      const ratio = (light + 0.05) / (dark + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) low.push(element.tagName.toLowerCase() + '.' + element.className + ' ' + ratio.toFixed(2) + ': ' + text.slice(0, 40));
    }
    return low;
  })()`);
}
