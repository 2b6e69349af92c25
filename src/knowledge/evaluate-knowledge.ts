// `pronto kb eval`: how well the knowledge answers a file of questions with known answers.
// Editors keep such a file next to the knowledge and run it before publishing.
import type { KnowledgeIndex } from '../core/ports.ts';

export interface EvalCase {
  q: string;
  /** The entry id that should answer, or null when the bot should not answer. */
  expect: string | null;
  lang?: string;
}

export interface Confusion {
  expected: string;
  got: string;
  count: number;
  example: string;
}

export interface EvalReport {
  total: number;
  answered: number;
  correct: number;
  accuracy: number;
  coverage: number;
  precision: number;
  outOfScope: { total: number; abstained: number };
  /** Expected → best match pairs that went wrong, most frequent first. */
  confusions: Confusion[];
  /** Out-of-scope questions the bot would have answered, with what. */
  wronglyAnswered: { q: string; got: string; confidence: number }[];
}

export interface EvalOptions {
  threshold: number;
  defaultLang: string;
  now: Date;
}

export function evaluateKnowledge(index: KnowledgeIndex, cases: EvalCase[], options: EvalOptions): EvalReport {
  let total = 0;
  let answered = 0;
  let correct = 0;
  let answeredRight = 0;
  const outOfScope = { total: 0, abstained: 0 };
  const confusions = new Map<string, Confusion>();
  const wronglyAnswered: EvalReport['wronglyAnswered'] = [];

  for (const testCase of cases) {
    const [best] = index.search(testCase.q, { lang: testCase.lang ?? options.defaultLang, now: options.now, limit: 1 });
    const confident = best !== undefined && best.confidence >= options.threshold;
    if (testCase.expect === null) {
      outOfScope.total += 1;
      if (confident) wronglyAnswered.push({ q: testCase.q, got: best.id, confidence: best.confidence });
      else outOfScope.abstained += 1;
      continue;
    }
    total += 1;
    const right = best?.id === testCase.expect;
    if (right) correct += 1;
    if (confident) answered += 1;
    if (confident && right) answeredRight += 1;
    if (!right) {
      const got = best?.id ?? '(nothing)';
      const key = `${testCase.expect}\u0000${got}`;
      const confusion = confusions.get(key) ?? { expected: testCase.expect, got, count: 0, example: testCase.q };
      confusion.count += 1;
      confusions.set(key, confusion);
    }
  }

  return {
    total,
    answered,
    correct,
    accuracy: ratio(correct, total),
    coverage: ratio(answered, total),
    precision: ratio(answeredRight, answered),
    outOfScope,
    confusions: [...confusions.values()].sort((a, b) => b.count - a.count),
    wronglyAnswered,
  };
}

/** Reads eval JSON lines; problems are reported per line, like the replay file. */
export function parseEvalCases(source: string): { cases: EvalCase[]; errors: string[] } {
  const cases: EvalCase[] = [];
  const errors: string[] = [];
  source.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    try {
      const raw: unknown = JSON.parse(line);
      if (typeof raw !== 'object' || raw === null) throw new Error('expected an object {"q", "expect"}');
      const { q, expect, lang } = raw as Record<string, unknown>;
      if (typeof q !== 'string' || q.trim() === '') throw new Error('q: missing (the question)');
      if (expect !== null && typeof expect !== 'string') throw new Error('expect: must be an entry id or null');
      if (lang !== undefined && typeof lang !== 'string') throw new Error('lang: must be a code such as "it"');
      cases.push({ q, expect, ...(lang ? { lang } : {}) });
    } catch (error) {
      errors.push(`line ${index + 1}: ${(error as Error).message}`);
    }
  });
  return { cases, errors };
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}
