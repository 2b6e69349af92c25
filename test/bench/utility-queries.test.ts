// The Italian utility-queries evaluation reads real queries to a water utility with our labels
// and the task's relevance judgments. Made-up queries only (the dataset texts may not be copied).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Action } from '../../src/core/model.ts';
import type { HandledMessage } from '../../src/core/responder.ts';
import { readRealPosts, readUtilityQueries, splitOf, type RealPost } from '../../bench/read-real-posts.ts';
import { withRelevantEntry } from '../../bench/utility-queries.ts';

function aQuestion(entry?: string): RealPost {
  return {
    label: { source: 'qa4faq', id: '7', split: splitOf('qa4faq', '7'), action: 'answer', thanks: false, topic: 'info', lang: 'it', ...(entry ? { entry } : {}) },
    text: 'come pago la bolletta?',
    brand: 'AQP',
  };
}

const answeredWith = (...sources: string[]): HandledMessage => ({
  actions: [{ event: 'e', type: 'reply', channel: 'twitter', to: 'a', lang: 'it', text: 'Puoi pagare...', sources } satisfies Action],
});

describe('withRelevantEntry', () => {
  it('takes any FAQ the judges marked relevant as the right one, the one the bot chose first', () => {
    expect(withRelevantEntry(aQuestion(), answeredWith('12'), new Set(['30', '12'])).label.entry).toBe('12');
    expect(withRelevantEntry(aQuestion(), answeredWith('99'), new Set(['30', '12'])).label.entry).toBe('12');
  });

  it('also takes the FAQ our label names, where the judgments missed it', () => {
    expect(withRelevantEntry(aQuestion('99'), answeredWith('99'), new Set(['30'])).label.entry).toBe('99');
  });

  it('leaves labels that expect no answer alone', () => {
    const outage = { ...aQuestion(), label: { ...aQuestion().label, action: 'handoff' as const, minPriority: 'high' as const, topic: 'outage' as const } };
    expect(withRelevantEntry(outage, answeredWith('12'), new Set(['12']))).toBe(outage);
  });
});

describe('readUtilityQueries', () => {
  const withQueries = (text: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'qa4faq-'));
    mkdirSync(join(dir, 'qa4faq-it'));
    writeFileSync(join(dir, 'qa4faq-it', 'qa4faq_question.tsv'), text);
    return dir;
  };

  it('reads each query by its id, addressed to the utility by name', () => {
    expect(readUtilityQueries(withQueries('7\tcome pago la bolletta?\n8\tmanca l’acqua\n'))).toEqual(
      new Map([
        ['7', { text: 'come pago la bolletta?', brand: 'AQP' }],
        ['8', { text: 'manca l’acqua', brand: 'AQP' }],
      ]),
    );
  });

  it('names a line it cannot read', () => {
    expect(() => readUtilityQueries(withQueries('7 come pago\n'))).toThrow(/expected "id<TAB>query"/);
  });

  it('lets labelled queries be read without the other sources’ files', () => {
    const dir = withQueries('7\tcome pago la bolletta?\n');
    const labels = join(dir, 'labels.jsonl');
    writeFileSync(labels, `${JSON.stringify(aQuestion().label)}\n`);
    expect(readRealPosts(labels, dir)).toEqual([{ ...aQuestion(), text: 'come pago la bolletta?' }]);
  });
});
