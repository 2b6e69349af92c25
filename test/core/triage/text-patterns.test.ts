import { describe, expect, it } from 'vitest';
import { collapseWhitespace, countLinks, proseOf, TEXT_PATTERNS, withoutLinks } from '../../../src/core/triage/text-patterns.ts';

// withoutLinks and countLinks skip the link pattern for texts that cannot hold a link; they must
// say what the pattern says for every text.
const TEXTS = [
  'no link here, just words.',
  'see https://lumo.it/aiuto now',
  'Go to WWW.LUMO.IT please',
  'short link t.co/abc123 and bit.ly/x',
  'http://a.b/c?d=e, then www.x.com',
  'a/b testing is not a link',
  'www.',
  '',
];

describe('withoutLinks and countLinks', () => {
  it.each(TEXTS)('agree with the link pattern when the text is %j', (text) => {
    expect(withoutLinks(text)).toBe(text.replace(TEXT_PATTERNS.url, ' '));
    expect(countLinks(text)).toBe([...text.matchAll(TEXT_PATTERNS.url)].length);
  });
});

const words = (text: string) => text.split(/\s+/u).filter((word) => word !== '');

describe('proseOf', () => {
  it('leaves the words when links, mentions and hashtags are taken out', () => {
    expect(words(proseOf('@LumoAiuta la fibra non va https://t.co/x #fail @amico'))).toEqual(['la', 'fibra', 'non', 'va']);
  });

  it('reads each text anew when two texts follow each other', () => {
    expect(words(proseOf('@a ciao'))).toEqual(['ciao']);
    expect(words(proseOf('@b salve'))).toEqual(['salve']);
    expect(words(proseOf('@a ciao'))).toEqual(['ciao']);
  });
});

describe('collapseWhitespace', () => {
  it.each(['one two', 'one  two', 'one\ttwo', 'line\nbreak', 'a\r\nb', 'no\u00a0break', ' edges ', 'a \u2028 b', '', '   '])(
    'turns every run of whitespace in %j into one space, as /\\s+/g would',
    (text) => {
      expect(collapseWhitespace(text)).toBe(text.replace(/\s+/g, ' '));
    },
  );
});
