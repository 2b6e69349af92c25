import path from 'node:path';
import twitterText from 'twitter-text';
import { describe, expect, it } from 'vitest';
import {
  MAX_BOTFRAMEWORK_CHARS,
  MAX_MESSENGER_CHARS,
  MAX_TWEET_CHARS,
  countTweetChars,
  fitToChannel,
  fitTweet,
  maxReplyChars,
} from '../../src/llm/fit-to-channel.ts';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.ts';
import { seededRandom } from '../../src/knowledge/seeded-random.ts';
import { ROOT } from '../support/run-pronto.ts';

const LONG_URL = `https://help.example.com/articles/${'very-long-path-'.repeat(8)}end`;

function sentences(count: number, words = 12): string {
  return Array.from({ length: count }, (_, i) => `Sentence ${i + 1} ${'word '.repeat(words - 2).trim()}.`).join(' ');
}

describe('countTweetChars', () => {
  it.each([
    ['counts plain Latin text by code point when there is no URL', 'Ciao Mario, è tutto ok', 22],
    ['counts a long URL as 23 when it appears in the text', `Leggi ${LONG_URL}`, 6 + 23],
    ['counts a short URL as 23 when it is shorter than a t.co link', 'see https://x.co', 4 + 23],
    ['leaves punctuation after a URL outside it when a sentence ends with the URL', 'see https://x.co.', 4 + 23 + 1],
    ['counts a bare domain as at least 23 when it has no scheme', 'vai su lumo.it/aiuto', 7 + 23],
    ['counts an emoji as 2 when it is outside the light ranges', 'ok 😊', 3 + 2],
    ['counts CJK characters as 2 when they are outside the light ranges', '你好', 4],
    // X's own rules (twitter-text); each row below was counted wrongly before.
    ['counts an emoji ZWJ sequence as one emoji (2) when it joins several people', 'family 👨‍👩‍👧‍👦', 7 + 2],
    ['counts a flag as one emoji (2) when it is a pair of regional indicators', 'flag 🇮🇹', 5 + 2],
    ['counts an emoji with a skin tone as one emoji (2) when it carries a modifier', 'ok 👍🏽', 3 + 2],
    ['counts a keycap as one emoji (2) when it is a digit with a combining keycap', 'press 1️⃣', 6 + 2],
    ['counts a letter with a combining accent as 1 when the accent is a separate code point', 'cafe\u0301', 4],
    ['ends a URL where CJK text follows without a space', 'https://lumo.it/aiuto你好', 23 + 4],
    ['counts a URL glued to the letters before it as text when X does not link it', 'vaihttps://x.co', 15],
    ['counts a bare domain with an unknown TLD as text when X does not link it', 'vai su lumo.invalidtld/aiuto', 28],
    ['counts a dotted word as text when it is no domain', 'abc.def', 7],
    ['links only the known part after www. when the TLD is unknown', 'www.foo.zz ok', 23 + 6],
    ['counts a copyright sign as 1 when it has no emoji variation selector', 'Lumo © 2026', 11],
    ['counts a copyright sign as an emoji (2) when a variation selector makes it one', 'Lumo ©\ufe0f', 5 + 2],
    ['counts curly quotes and the dashes X weighs 1 as 1 when there is no URL', '“ok” – it’s fine', 16],
    ['counts an ellipsis as 2 when it is outside the light ranges', 'wait…', 4 + 2],
  ])('%s', (_, text, expected) => {
    expect(countTweetChars(text)).toBe(expected);
  });

  // countTweetChars skips parsing for texts whose count is their length; whatever the text, it
  // must say what X's own library says.
  it('counts as twitter-text parseTweet does when texts mix scripts, accents, emoji, quotes and links', () => {
    const pieces = ['ciao', ' ', '. ', '.', 'lumo.it', 'LUMO.IT', 'www.x.com/a', 'https://t.co/x', 'è', 'e\u0301', '©', '\ufe0f', '😊',
      '’', '“', '\u2000', '\u2026', '你', 'ß', 'ǅ', 'ŉ', '\u02ff', '\u0300', '#', '1', '\u20e3', '@lumo', '\n', 'İ'];
    const random = seededRandom(11);
    for (let sample = 0; sample < 3_000; sample += 1) {
      const length = 1 + Math.floor(random() * 12);
      const text = Array.from({ length }, () => pieces[Math.floor(random() * pieces.length)]!).join('');
      expect(countTweetChars(text), JSON.stringify(text)).toBe(twitterText.parseTweet(text).weightedLength);
    }
  });
});

describe('fitTweet', () => {
  it('keeps greeting, text and link when they fit one post', () => {
    expect(fitTweet({ greeting: 'Ciao Mario!', text: 'Ricarica dall’app.', link: LONG_URL })).toBe(
      `Ciao Mario! Ricarica dall’app. ${LONG_URL}`,
    );
  });

  it('drops the link when greeting and text fit only without it', () => {
    const text = 'x'.repeat(MAX_TWEET_CHARS - 'Hi!'.length - 1 - 10);
    const fitted = fitTweet({ greeting: 'Hi!', text, link: LONG_URL });
    expect(fitted).toBe(`Hi! ${text}`);
    expect(countTweetChars(fitted)).toBeLessThanOrEqual(MAX_TWEET_CHARS);
  });

  it('keeps whole sentences and the link to the rest when the text alone is too long', () => {
    const text = sentences(12);
    const fitted = fitTweet({ greeting: 'Hi Ann!', text, link: LONG_URL });
    expect(countTweetChars(fitted)).toBeLessThanOrEqual(MAX_TWEET_CHARS);
    expect(fitted.startsWith('Hi Ann! Sentence 1 ')).toBe(true);
    expect(fitted.endsWith(`. ${LONG_URL}`)).toBe(true);
    expect(fitted).not.toContain('…');
  });

  it('cuts at a word with an ellipsis when not even one sentence fits', () => {
    const text = `${'word '.repeat(80).trim()}.`;
    const fitted = fitTweet({ greeting: 'Hi!', text });
    expect(countTweetChars(fitted)).toBeLessThanOrEqual(MAX_TWEET_CHARS);
    expect(fitted).toMatch(/^Hi! (word )+word…$/);
  });

  it('cuts inside a word only as a last resort when the text is one endless word', () => {
    const fitted = fitTweet({ greeting: 'Hi!', text: 'a'.repeat(400) });
    expect(countTweetChars(fitted)).toBe(MAX_TWEET_CHARS);
    expect(fitted.endsWith('a…')).toBe(true);
  });

  it('never cuts a URL when the cut would fall inside one', () => {
    const text = `${'word '.repeat(48)}${LONG_URL} ${'more '.repeat(40)}`;
    const fitted = fitTweet({ greeting: 'Hi!', text });
    expect(countTweetChars(fitted)).toBeLessThanOrEqual(MAX_TWEET_CHARS);
    const urls = fitted.match(/https:\/\/\S+/g) ?? [];
    for (const url of urls) expect(url.replace(/…$/, '')).toBe(LONG_URL);
  });

  it('stops before a URL instead of cutting it when the last resort cut reaches it', () => {
    // A dash before a URL lets X link it (letters right before it would not).
    const fitted = fitTweet({ greeting: 'Hi!', text: `${'a'.repeat(269)}—${LONG_URL}` });
    expect(fitted).toBe(`Hi! ${'a'.repeat(269)}…`);
  });

  it('never splits an emoji sequence when the last resort cut falls inside one', () => {
    const family = '👨‍👩‍👧‍👦';
    const fitted = fitTweet({ greeting: 'Hi!', text: family.repeat(200) });
    expect(countTweetChars(fitted)).toBeLessThanOrEqual(MAX_TWEET_CHARS);
    expect(fitted).toBe(`Hi! ${family.repeat(137)}…`);
  });

  it('fits every short answer of the example knowledge in one post as X counts it', async () => {
    const { entries } = await loadKnowledge(path.join(ROOT, 'knowledge'));
    expect(entries.length).toBeGreaterThan(10);
    for (const entry of entries) {
      const fitted = fitTweet({ greeting: 'Ciao Mariagrazia!', text: entry.short, ...(entry.link ? { link: entry.link } : {}) });
      const parsed = twitterText.parseTweet(fitted);
      expect({ file: entry.file, valid: parsed.valid, within: parsed.weightedLength <= MAX_TWEET_CHARS }).toEqual({
        file: entry.file,
        valid: true,
        within: true,
      });
    }
  });

  it('keeps every result within the limit when texts of any length are fitted', () => {
    for (let count = 1; count <= 30; count += 1) {
      const fitted = fitTweet({ greeting: 'Ciao Giulia!', text: sentences(count, 7), link: LONG_URL });
      expect(countTweetChars(fitted)).toBeLessThanOrEqual(MAX_TWEET_CHARS);
    }
  });
});

describe('fitToChannel', () => {
  const long = sentences(20);

  it('fits one post when the message is a public mention on X', () => {
    const fitted = fitToChannel({ greeting: 'Hi!', text: long }, { channel: 'twitter', kind: 'mention' });
    expect(countTweetChars(fitted)).toBeLessThanOrEqual(MAX_TWEET_CHARS);
  });

  it.each([
    ['a DM on X', { channel: 'twitter', kind: 'dm' } as const],
    ['a Bot Framework conversation', { channel: 'botframework', kind: 'dm' } as const],
    ['a Facebook comment', { channel: 'facebook', kind: 'mention' } as const],
  ])('keeps the whole text and the link when the reply goes to %s', (_, where) => {
    expect(fitToChannel({ greeting: 'Hi!', text: long, link: LONG_URL }, where)).toBe(`Hi! ${long} ${LONG_URL}`);
  });

  it('cuts a Bot Framework answer longer than the channels take at the last whole sentence, keeping the link to the rest', () => {
    const huge = sentences(800);
    const fitted = fitToChannel({ greeting: 'Hi!', text: huge, link: LONG_URL }, { channel: 'botframework', kind: 'dm' });
    expect([...fitted].length).toBeLessThanOrEqual(MAX_BOTFRAMEWORK_CHARS);
    expect(fitted.length).toBeGreaterThan(MAX_BOTFRAMEWORK_CHARS - 200);
    expect(fitted).toMatch(new RegExp(`^Hi! Sentence 1 .*word\\. ${LONG_URL.replace(/[.?]/g, '\\$&')}$`));
  });

  it('keeps a comment of several thousand characters whole when it is a reply on Facebook', () => {
    const essay = sentences(60);
    expect(essay.length).toBeGreaterThan(MAX_MESSENGER_CHARS);
    expect(fitToChannel({ greeting: 'Ciao!', text: essay }, { channel: 'facebook', kind: 'mention' })).toBe(`Ciao! ${essay}`);
  });

  it('cuts a Messenger reply at the last whole sentence within 2,000 characters and keeps the link', () => {
    const essay = sentences(60);
    const fitted = fitToChannel({ greeting: 'Ciao!', text: essay, link: LONG_URL }, { channel: 'facebook', kind: 'dm' });
    expect(fitted.length).toBeLessThanOrEqual(MAX_MESSENGER_CHARS);
    expect(fitted).toMatch(/^Ciao! Sentence 1 .*\. https:\/\/help\.example\.com\/\S+$/);
    expect(fitted.length).toBeGreaterThan(MAX_MESSENGER_CHARS - 200);
  });

  it('counts an X reply as X does and a Messenger text in characters when it tells the limits', () => {
    expect(maxReplyChars({ channel: 'twitter', kind: 'mention' })).toBe(MAX_TWEET_CHARS);
    expect(maxReplyChars({ channel: 'facebook', kind: 'dm' })).toBe(MAX_MESSENGER_CHARS);
    expect(maxReplyChars({ channel: 'facebook', kind: 'mention' })).toBe(8_000);
    expect(maxReplyChars({ channel: 'botframework', kind: 'dm' })).toBe(MAX_BOTFRAMEWORK_CHARS);
  });
});
