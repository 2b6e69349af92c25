// The two answers a model may give (DESIGN section 7), as zod schemas: LangChain turns them into
// the strict JSON schema sent as `response_format`, and the openai SDK parses the reply with
// them. Strict objects: a reply with extra or missing fields is not an answer.
import { z } from 'zod';

const CITATION = z.strictObject({
  /** The id of a knowledge entry that was sent, without the brackets. */
  id: z.string(),
  /** Words copied from that entry that support the text. */
  quote: z.string(),
});

export const GROUNDED_ANSWER_SCHEMA = z.strictObject({
  status: z.enum(['answered', 'insufficient_context']),
  answer: z.string(),
  citations: z.array(CITATION),
});

export const HANDOFF_DRAFT_SCHEMA = z.strictObject({
  draft: z.string(),
  summary: z.string(),
  citations: z.array(CITATION),
});

export type Citation = z.infer<typeof CITATION>;
export type GroundedAnswer = z.infer<typeof GROUNDED_ANSWER_SCHEMA>;
export type HandoffDraft = z.infer<typeof HANDOFF_DRAFT_SCHEMA>;

/** The task names, which are also the `json_schema` names on the wire. */
export const LLM_TASKS = ['grounded_answer', 'handoff_draft'] as const;
export type LlmTask = (typeof LLM_TASKS)[number];

export interface LlmOutputs {
  grounded_answer: GroundedAnswer;
  handoff_draft: HandoffDraft;
}

export const LLM_SCHEMAS = {
  grounded_answer: GROUNDED_ANSWER_SCHEMA,
  handoff_draft: HANDOFF_DRAFT_SCHEMA,
} as const;
