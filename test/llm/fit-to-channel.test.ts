import { describe, expect, it } from 'vitest';
import {
  MAX_TWEET_CHARS,
  countTweetChars,
  fitToChannel,
  fitTweet,
} from '../../src/llm/fit-to-channel.ts';

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
  ])('%s', (_, text, expected) => {
    expect(countTweetChars(text)).toBe(expected);
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
    const fitted = fitTweet({ greeting: 'Hi!', text: `${'a'.repeat(270)}${LONG_URL}` });
    expect(fitted).toBe(`Hi! ${'a'.repeat(270)}…`);
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
  ])('keeps the whole text and the link when the reply goes to %s', (_, where) => {
    expect(fitToChannel({ greeting: 'Hi!', text: long, link: LONG_URL }, where)).toBe(`Hi! ${long} ${LONG_URL}`);
  });
});
