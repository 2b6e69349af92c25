// Semantic ranking measured on BANKING77 and CLINC150 (knowledge of 10 examples per intent, as
// the matching bench), with the embeddings model of the configured endpoint: how often the right
// entry ranks first by words, by meaning and by both (the hybrid order), and how often an entry
// the words miss is offered to the model at a given similarity, rightly or not. Needs
// PRONTO_LLM_MODEL and PRONTO_EMBEDDINGS_MODEL (and OPENAI_BASE_URL / OPENAI_API_KEY); without
// them it says so. Every query is one embedding: thousands per run, cents with a hosted model.
import { pathToFileURL } from 'node:url';
import { loadConfig, type LlmConfig } from '../src/config.ts';
import { DEFAULT_SETTINGS } from '../src/core/settings.ts';
import type { KnowledgeEntry } from '../src/core/model.ts';
import { createKnowledgeIndex } from '../src/knowledge/create-knowledge-index.ts';
import { cosine, hybridRank } from '../src/knowledge/create-semantic-ranker.ts';
import { createEmbedder } from '../src/llm/create-embedder.ts';
import { loadBanking77, loadClinc150, samplePerIntent, toKnowledgeEntries, type LabeledText } from './datasets.ts';
import { formatTable, type BenchTable } from './table.ts';

const SAMPLE_SEED = 1;
const EXAMPLES_PER_INTENT = 10;
/** Texts per embeddings request. */
const BATCH = 64;
const NOW = new Date('2026-01-01T00:00:00Z');
/** Similarities at which an entry is offered, to choose PRONTO_EMBEDDINGS_MIN_SIMILARITY from. */
const MIN_SIMILARITIES = [0.3, 0.4, 0.5, 0.6, 0.7];
const FLOOR = 0.25;
/** Matches the responder hands the policy (its CANDIDATES_CONSIDERED). */
const CANDIDATES = 5;

interface Query {
  text: string;
  expect: string | null;
}

export async function benchEmbeddings(options: { llm?: LlmConfig; limit?: number } = {}): Promise<BenchTable[]> {
  const llm = options.llm ?? loadConfig(process.env).llm;
  if (llm?.embeddingsModel === undefined) {
    return [
      {
        title: 'Semantic ranking (embeddings) on BANKING77 and CLINC150',
        columns: ['status'],
        rows: [['not measured: set PRONTO_LLM_MODEL, PRONTO_EMBEDDINGS_MODEL and the endpoint (OPENAI_BASE_URL, OPENAI_API_KEY), then `npm run bench -- embeddings`']],
      },
    ];
  }
  const embedder = createEmbedder(llm, llm.embeddingsModel);
  const embed = async (texts: string[]) => {
    const vectors: number[][] = [];
    for (let start = 0; start < texts.length; start += BATCH) vectors.push(...(await embedder.embedDocuments(texts.slice(start, start + BATCH))));
    return vectors;
  };
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const banking = loadBanking77();
  const clinc = loadClinc150();
  const sets = [
    { name: 'BANKING77', train: banking.train, queries: toQueries(banking.test, [], limit) },
    { name: 'CLINC150', train: clinc.train, queries: toQueries(clinc.test, clinc.outOfScope, limit) },
  ];
  const rows: (string | number)[][] = [];
  const offered: (string | number)[][] = [];
  for (const set of sets) {
    const entries = toKnowledgeEntries(samplePerIntent(set.train, EXAMPLES_PER_INTENT, SAMPLE_SEED), 'en');
    const measured = await measure(entries, set.queries, embed, llm.embeddingsMinSimilarity);
    rows.push([set.name, set.queries.filter((q) => q.expect !== null).length, measured.lexical, measured.semantic, measured.hybrid]);
    for (const row of measured.offered) offered.push([set.name, ...row]);
  }
  return [
    {
      title: `Semantic ranking on intent sets: top-1 by words, by meaning, by both (${llm.embeddingsModel})`,
      columns: ['set', 'in-scope queries', 'lexical top-1', 'embeddings top-1', 'hybrid top-1'],
      rows,
      notes: [
        `Knowledge: ${EXAMPLES_PER_INTENT} training examples per intent (seed ${SAMPLE_SEED}); entry vectors embed the title, the examples and the short answer, as the service does. Hybrid: the service's order (lexical confidence first, entries close in meaning raised to the band's floor ${FLOOR} at PRONTO_EMBEDDINGS_MIN_SIMILARITY=${llm.embeddingsMinSimilarity}, ties by reciprocal rank fusion of the two orders).`,
      ],
    },
    {
      title: 'Entries offered to the model by meaning, by minimum similarity (PRONTO_EMBEDDINGS_MIN_SIMILARITY)',
      columns: ['set', 'min similarity', 'not confident by words, right entry offered', 'wrong entries offered per query (of the 5 kept)', 'out-of-scope queries with an offer'],
      rows: offered,
      notes: [
        `"Not confident by words": queries whose right entry is below the answer threshold (${DEFAULT_SETTINGS.answerThreshold}) lexically; an offered entry goes to the model in the "answer if grounded" band, whose checks decide. Wrong offers cost a model request each and end, with a good model, in "insufficient_context".`,
      ],
    },
  ];
}

function toQueries(test: LabeledText[], outOfScope: string[], limit: number): Query[] {
  const inScope = test.slice(0, limit).map((row) => ({ text: row.text, expect: row.intent }));
  return [...inScope, ...outOfScope.slice(0, limit).map((text) => ({ text, expect: null }))];
}

async function measure(entries: KnowledgeEntry[], queries: Query[], embed: (texts: string[]) => Promise<number[][]>, minSimilarity: number) {
  const index = createKnowledgeIndex(entries);
  const entryVectors = await embed(entries.map((entry) => [entry.title, ...entry.questions, entry.short].join('\n')));
  const queryVectors = await embed(queries.map((query) => query.text));
  let lexical = 0;
  let semantic = 0;
  let hybrid = 0;
  const inScope = queries.filter((query) => query.expect !== null).length;
  const offers = MIN_SIMILARITIES.map(() => ({ missed: 0, rightOffered: 0, wrong: 0, oosOffered: 0 }));
  // What the band offers on words alone, for comparison.
  let missedByWords = 0;
  let offeredByWords = 0;
  const oos = queries.length - inScope;
  queries.forEach((query, q) => {
    const matches = index.search(query.text, { lang: 'en', now: NOW, limit: entries.length });
    const similarity = new Map(entries.map((entry, e) => [entry.id, cosine(queryVectors[q]!, entryVectors[e]!)]));
    const bySimilarity = [...similarity].sort((a, b) => b[1] - a[1]);
    if (query.expect !== null) {
      const lexicalConfidence = matches.find((match) => match.id === query.expect)?.confidence ?? 0;
      if (lexicalConfidence < DEFAULT_SETTINGS.answerThreshold) {
        missedByWords++;
        if (matches.slice(0, 3).some((match) => match.id === query.expect && match.confidence >= FLOOR)) offeredByWords++;
      }
      if (matches[0]?.id === query.expect) lexical++;
      if (bySimilarity[0]?.[0] === query.expect) semantic++;
      if (hybridRank(matches, similarity, { minSimilarity, floor: FLOOR })[0]?.id === query.expect) hybrid++;
    }
    MIN_SIMILARITIES.forEach((min, i) => {
      const tally = offers[i]!;
      const ranked = hybridRank(matches, similarity, { minSimilarity: min, floor: FLOOR }).slice(0, CANDIDATES);
      const nominated = ranked.filter((match) => (similarity.get(match.id) ?? 0) >= min && (matches.find((m) => m.id === match.id)?.confidence ?? 0) < FLOOR);
      if (query.expect === null) {
        if (nominated.length > 0) tally.oosOffered++;
        return;
      }
      const lexicalConfidence = matches.find((match) => match.id === query.expect)?.confidence ?? 0;
      if (lexicalConfidence < DEFAULT_SETTINGS.answerThreshold) {
        tally.missed++;
        if (ranked.slice(0, 3).some((match) => match.id === query.expect && match.confidence >= FLOOR)) tally.rightOffered++;
      }
      tally.wrong += nominated.filter((match) => match.id !== query.expect).length;
    });
  });
  return {
    lexical: percent(lexical, inScope),
    semantic: percent(semantic, inScope),
    hybrid: percent(hybrid, inScope),
    offered: [
      ['words only', percent(offeredByWords, missedByWords), '-', '-'],
      ...MIN_SIMILARITIES.map((min, i) => {
        const tally = offers[i]!;
        return [min, percent(tally.rightOffered, tally.missed), (tally.wrong / Math.max(1, inScope)).toFixed(2), oos === 0 ? 'n/a' : percent(tally.oosOffered, oos)];
      }),
    ],
  };
}

function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const table of await benchEmbeddings()) process.stdout.write(`${formatTable(table)}\n\n`);
}
