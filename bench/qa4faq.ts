// QA4FAQ (EVALITA 2016): real Italian customer queries to a water utility's 406 FAQs. The
// knowledge is built from the FAQs alone (question as title, answer as body, tags as tags): the
// task has no training queries, so this measures matching on what an editor writes, not on
// example questions. Third-party data (CC BY-NC-SA, evaluation only): read here, never copied.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { KnowledgeEntry } from '../src/core/model.ts';
import { DEFAULT_SETTINGS } from '../src/core/settings.ts';
import { createKnowledgeIndex } from '../src/knowledge/create-knowledge-index.ts';
import { tokenizeText } from '../src/knowledge/text-tokenize.ts';
import { DATA_DIR, parseCsv } from './datasets.ts';
import { formatTable, type BenchTable } from './table.ts';

const THRESHOLD = DEFAULT_SETTINGS.answerThreshold;
const NOW = new Date('2026-01-01T00:00:00Z');
// Recall is read at the depth of the task's own reports (R@5).
const RECALL_DEPTH = 5;
// A query restates an FAQ's question when at least this share of their content words (stems,
// union of both) is shared: the answers no matcher should get wrong, whatever the judgments say.
const RESTATED_MIN_SHARE = 0.6;

export interface Qa4faqData {
  entries: KnowledgeEntry[];
  queries: { id: string; text: string; relevant: Set<string> }[];
}

export function loadQa4faq(dir = join(DATA_DIR, 'qa4faq-it')): Qa4faqData {
  const [header, ...rows] = parseCsv(readFileSync(join(dir, 'faqs_uft8_QA.csv'), 'utf8'), ';');
  if (header?.join(';') !== 'id;question;answer;tag') throw new Error(`${dir}: expected the columns id;question;answer;tag`);
  const entries: KnowledgeEntry[] = rows.map(([id = '', question = '', answer = '', tags = '']) => ({
    id,
    lang: 'it',
    title: question,
    questions: [],
    tags: tags.split(',').map((tag) => tag.trim()).filter(Boolean),
    visibility: 'public',
    kind: 'answer',
    active: true,
    body: answer,
    short: answer,
    file: `${id}.md`,
  }));
  const relevant = new Map<string, Set<string>>();
  for (const line of readFileSync(join(dir, 'qa4faq_qrel.tsv'), 'utf8').split('\n')) {
    const [query, faq] = line.split('\t');
    if (!query || !faq) continue;
    relevant.set(query, (relevant.get(query) ?? new Set()).add(faq.trim()));
  }
  const queries = readFileSync(join(dir, 'qa4faq_question.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const [id = '', text = ''] = line.split('\t');
      return { id, text, relevant: relevant.get(id) ?? new Set<string>() };
    });
  return { entries, queries };
}

export interface Qa4faqOutcome {
  queries: number;
  top1: number;
  recallAtDepth: number;
  reciprocalRankSum: number;
  answered: number;
  answeredRight: number;
  /** Answered queries that restate their best match's question, and how many are judged right. */
  restated: number;
  restatedRight: number;
  buildMs: number;
  msPerQuery: number;
}

export function evaluateQa4faq(data: Qa4faqData = loadQa4faq()): Qa4faqOutcome {
  const started = performance.now();
  const index = createKnowledgeIndex(data.entries);
  const buildMs = performance.now() - started;
  const outcome: Qa4faqOutcome = {
    queries: 0,
    top1: 0,
    recallAtDepth: 0,
    reciprocalRankSum: 0,
    answered: 0,
    answeredRight: 0,
    restated: 0,
    restatedRight: 0,
    buildMs,
    msPerQuery: 0,
  };
  const titles = new Map(data.entries.map((e) => [e.id, e.title]));
  const searchStarted = performance.now();
  for (const query of data.queries) {
    outcome.queries++;
    const matches = index.search(query.text, { lang: 'it', now: NOW, limit: RECALL_DEPTH * 2 });
    const rank = matches.findIndex((m) => query.relevant.has(m.id));
    if (rank === 0) outcome.top1++;
    if (rank >= 0 && rank < RECALL_DEPTH) outcome.recallAtDepth++;
    if (rank >= 0) outcome.reciprocalRankSum += 1 / (rank + 1);
    const best = matches[0];
    if (best !== undefined && best.confidence >= THRESHOLD) {
      outcome.answered++;
      if (rank === 0) outcome.answeredRight++;
      if (sharedWordShare(query.text, titles.get(best.id) ?? '') >= RESTATED_MIN_SHARE) {
        outcome.restated++;
        if (rank === 0) outcome.restatedRight++;
      }
    }
  }
  outcome.msPerQuery = (performance.now() - searchStarted) / Math.max(1, outcome.queries);
  return outcome;
}

/** Shared content stems of two Italian texts over all of their content stems (Jaccard). */
function sharedWordShare(a: string, b: string): number {
  const stems = (text: string) => new Set(tokenizeText(text, 'it').filter((t) => !t.stop).map((t) => t.stem));
  const x = stems(a);
  const y = stems(b);
  const shared = [...x].filter((stem) => y.has(stem)).length;
  return shared / Math.max(1, x.size + y.size - shared);
}

function percent(part: number, whole: number): string {
  return whole ? `${((100 * part) / whole).toFixed(1)}%` : 'n/a';
}

export function benchQa4faq(): BenchTable[] {
  const r = evaluateQa4faq();
  return [
    {
      title: `QA4FAQ Italian (406 FAQs of a water utility, 1,132 real queries), answer threshold ${THRESHOLD}`,
      columns: ['knowledge', 'top-1', `R@${RECALL_DEPTH}`, 'MRR', 'coverage', 'precision', 'build ms', 'queries/s'],
      rows: [
        [
          'the FAQs only (question = title, answer = body, tags)',
          percent(r.top1, r.queries),
          percent(r.recallAtDepth, r.queries),
          (r.reciprocalRankSum / r.queries).toFixed(3),
          percent(r.answered, r.queries),
          percent(r.answeredRight, r.answered),
          Math.round(r.buildMs),
          Math.round(1000 / r.msPerQuery),
        ],
      ],
      notes: [
        'No example questions: the entries are the utility\'s FAQs as written. A query is right when its best match is one of its relevant FAQs (1 to 7 per query).',
        'Published (EVALITA 2016, same queries): best system c@1 0.444, Lucene baseline 0.408. c@1 is the top-1 accuracy of a system that answers every query, as the ranking does here: compare it with top-1.',
        'coverage and precision: queries answered at the threshold, and how many of those with a relevant FAQ. The relevance judgments are incomplete (some queries repeat an FAQ\'s question word for word and count only another FAQ as relevant), which caps precision.',
        `Of the answered queries that restate their best match's question (${RESTATED_MIN_SHARE * 100}%+ of the content words shared), ${percent(r.restatedRight, r.restated)} are judged right (${r.restated} queries). These are the surest answers a matcher can give, so against these judgments precision on confident answers stays near that figure.`,
      ],
    },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const table of benchQa4faq()) process.stdout.write(`${formatTable(table)}\n\n`);
}
