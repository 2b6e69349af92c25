// Semantic ranking beside the lexical matcher (optional, PRONTO_EMBEDDINGS_MODEL): entries and
// questions as embedding vectors from the model's endpoint, their cosine similarity, and a
// hybrid ranking (reciprocal rank fusion of the lexical and the semantic order). Embeddings
// catch paraphrases the words miss ("put money on my number" for "top up"), so an entry close in
// meaning but below the answer band is offered to the model: its confidence is raised to the
// band's floor, never higher. Only a model's answer that code finds grounded in it can reach a
// customer; nothing here makes the bot answer on its own.
import { createHash } from 'node:crypto';
import type { KnowledgeEntry, KnowledgeMatch } from '../core/model.ts';
import type { Logger, SemanticRanker, VectorCache } from '../core/ports.ts';

/** The two calls of an embeddings client (LangChain's OpenAIEmbeddings has them). */
export interface Embedder {
  embedDocuments(texts: string[]): Promise<number[][]>;
  embedQuery(text: string): Promise<number[]>;
}

export interface SemanticRankerOptions {
  embedder: Embedder;
  /** The embeddings model: part of every cache key, so another model never reuses a vector. */
  model: string;
  cache: VectorCache;
  entries: readonly KnowledgeEntry[];
  /** Cosine similarity from which an entry is offered to the model. */
  minSimilarity: number;
  /** The confidence an offered entry gets: the floor of the "answer if grounded" band. */
  floor: number;
  /** The model's timeout (PRONTO_LLM_TIMEOUT_MS): a question's vector gets a share of it. */
  timeoutMs: number;
  log: Logger;
}

export interface StartedSemanticRanker extends SemanticRanker {
  /** Resolves once the entries' vectors are loaded or computed (or failed: then ranking is lexical). */
  ready: Promise<void>;
}

/**
 * RRF's constant (Cormack et al., 2009): ranks past the first few count for little, so neither
 * list's long tail decides the order.
 */
const RRF_K = 60;
/** Texts per embeddings request: well under every provider's batch limit. */
const EMBED_BATCH = 64;
/**
 * Share of the model's timeout a question's vector may take; past it the lexical ranking stands.
 * The model's own wait starts after it, so a message waits at most this much longer than without
 * embeddings (1 s of the default 5 s; a hosted embedding takes 0.1 to 0.3 s).
 */
const QUERY_SHARE_OF_TIMEOUT = 0.2;

export function createSemanticRanker(options: SemanticRankerOptions): StartedSemanticRanker {
  const { log } = options;
  // Notices come and go with their dates: they are never offered on meaning alone.
  const documents = options.entries.filter((entry) => entry.kind === 'answer').map((entry) => ({ id: entry.id, text: documentText(entry) }));
  let vectors: { id: string; vector: number[] }[] | undefined;

  const ready = loadVectors(options, documents).then(
    (loaded) => {
      vectors = documents.map((document, index) => ({ id: document.id, vector: loaded[index]! }));
      log.info({ entries: documents.length, model: options.model }, 'knowledge.embeddings_ready');
    },
    (error: unknown) => {
      log.warn({ model: options.model, reason: error instanceof Error ? error.message : String(error) }, 'knowledge.embeddings_failed');
    },
  );

  return {
    ready,
    async rank(text, matches) {
      if (vectors === undefined || text.trim() === '') return matches;
      let query: number[];
      try {
        query = await withTimeout(options.embedder.embedQuery(text), options.timeoutMs * QUERY_SHARE_OF_TIMEOUT);
      } catch (error) {
        log.warn({ reason: error instanceof Error ? error.message : String(error) }, 'knowledge.query_embedding_failed');
        return matches;
      }
      return hybridRank(matches, similarities(query, vectors), options);
    },
  };
}

/** What an entry is about, as one text: its title, the ways customers ask it, its short answer. */
function documentText(entry: KnowledgeEntry): string {
  return [entry.title, ...entry.questions, entry.short].join('\n');
}

/** Vectors from the cache, the missing ones computed in batches and kept. */
async function loadVectors(options: SemanticRankerOptions, documents: { text: string }[]): Promise<number[][]> {
  const keys = documents.map((document) => createHash('sha256').update(`${options.model}\u0000${document.text}`).digest('hex'));
  const cached = await options.cache.loadVectors(keys);
  const missing = cached.flatMap((vector, index) => (vector === undefined ? [index] : []));
  for (let start = 0; start < missing.length; start += EMBED_BATCH) {
    const batch = missing.slice(start, start + EMBED_BATCH);
    const computed = await options.embedder.embedDocuments(batch.map((index) => documents[index]!.text));
    batch.forEach((index, position) => (cached[index] = computed[position]));
    await options.cache.saveVectors(batch.map((index) => ({ key: keys[index]!, vector: cached[index]! })));
  }
  return cached.map((vector) => vector ?? []);
}

/** Best cosine similarity per entry id (over its translations). */
function similarities(query: number[], vectors: { id: string; vector: number[] }[]): Map<string, number> {
  const best = new Map<string, number>();
  for (const { id, vector } of vectors) {
    const similarity = cosine(query, vector);
    if (similarity > (best.get(id) ?? Number.NEGATIVE_INFINITY)) best.set(id, similarity);
  }
  return best;
}

/**
 * The lexical matches in hybrid order, entries close in meaning offered at the band's floor.
 * Sorted by confidence first, so the policy reads them as always; the fused rank orders the rest.
 */
export function hybridRank(matches: KnowledgeMatch[], similarity: ReadonlyMap<string, number>, options: Pick<SemanticRankerOptions, 'minSimilarity' | 'floor'>): KnowledgeMatch[] {
  const semanticOrder = [...similarity].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  const fused = (id: string, lexicalRank: number | undefined) =>
    (lexicalRank === undefined ? 0 : 1 / (RRF_K + lexicalRank + 1)) + 1 / (RRF_K + semanticOrder.indexOf(id) + 1);
  const offered = (id: string, confidence: number) =>
    (similarity.get(id) ?? 0) >= options.minSimilarity && confidence < options.floor ? options.floor : confidence;
  const ranked = matches.map((match, rank) => ({ match: { ...match, confidence: offered(match.id, match.confidence) }, score: fused(match.id, rank) }));
  const known = new Set(matches.map((match) => match.id));
  for (const id of semanticOrder) {
    if (known.has(id) || (similarity.get(id) ?? 0) < options.minSimilarity) continue;
    ranked.push({ match: { id, score: 0, confidence: options.floor, supported: false }, score: fused(id, undefined) });
  }
  return ranked.sort((a, b) => b.match.confidence - a.match.confidence || b.score - a.score).map(({ match }) => match);
}

export function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    dot += a[i]! * b[i]!;
    normA += a[i]! * a[i]!;
    normB += b[i]! * b[i]!;
  }
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
