// Embeddings from the same OpenAI-compatible endpoint as the chat model (LangChain's
// OpenAIEmbeddings on the openai SDK), for the optional semantic ranking of the knowledge.
import { OpenAIEmbeddings } from '@langchain/openai';
import type { LlmConfig } from '../config.ts';
import type { Embedder } from '../knowledge/create-semantic-ranker.ts';

export function createEmbedder(config: Pick<LlmConfig, 'baseUrl' | 'apiKey' | 'timeoutMs'>, model: string): Embedder {
  return new OpenAIEmbeddings({
    model,
    apiKey: config.apiKey,
    configuration: { baseURL: config.baseUrl },
    // A failed query falls back to lexical ranking at once; retrying would only delay the message.
    maxRetries: 0,
    timeout: config.timeoutMs,
  });
}
