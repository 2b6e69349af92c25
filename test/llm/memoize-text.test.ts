import { describe, expect, it } from 'vitest';
import { MAX_REMEMBERED_TEXTS, memoizeText } from '../../src/llm/memoize-text.ts';

function counting() {
  const derived: string[] = [];
  const derive = memoizeText((text: string) => {
    derived.push(text);
    return { length: text.length };
  });
  return { derive, derived };
}

describe('memoizeText', () => {
  it('derives a text once and gives back the same value when the text comes again', () => {
    const { derive, derived } = counting();
    const first = derive('top up');
    expect(derive('top up')).toBe(first);
    expect(derived).toEqual(['top up']);
  });

  it('forgets the oldest text first when more than MAX_REMEMBERED_TEXTS are seen', () => {
    const { derive, derived } = counting();
    for (let i = 0; i <= MAX_REMEMBERED_TEXTS; i++) derive(`text ${i}`);
    derive(`text ${MAX_REMEMBERED_TEXTS}`);
    derive('text 0');
    expect(derived.filter((text) => text === 'text 0')).toHaveLength(2);
    expect(derived.filter((text) => text === `text ${MAX_REMEMBERED_TEXTS}`)).toHaveLength(1);
  });
});
