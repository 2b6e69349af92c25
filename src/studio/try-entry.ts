// "Try this entry": each translation's title and example questions asked as a customer would,
// and whether the bot answers them with this entry, another one, or not at all. The same
// decision as the live bot (the responder's explain), on a public post with no history.
import type { Pronto } from '../app.ts';
import type { KnowledgeEntry } from '../core/model.ts';
import { describePlanStep } from '../core/describe-plan-step.ts';

export interface TriedQuestion {
  lang: string;
  question: string;
  /** `answers`: with this entry; `other`: with another entry; `none`: no answer from the knowledge. */
  verdict: 'answers' | 'other' | 'none';
  /** The plan in words (answer from …, hand off …). */
  decision: string;
  best?: { id: string; confidence: number };
}

export async function tryEntry(pronto: Pronto, translations: readonly KnowledgeEntry[], now: Date): Promise<TriedQuestion[]> {
  const tried: TriedQuestion[] = [];
  for (const entry of translations) {
    for (const question of [entry.title, ...entry.questions]) {
      const handled = await pronto.responder.explain({
        id: 'studio-try',
        channel: 'twitter',
        kind: 'mention',
        conversationId: 'studio-try',
        author: { id: 'studio-editor' },
        text: question,
        at: now.toISOString(),
        lang: entry.lang,
      });
      const plan = handled.explanation?.plan ?? [];
      const answeredWith = plan.flatMap((step) => ((step.do === 'answer' || step.do === 'dm') && step.entryId ? [step.entryId] : []));
      const [best] = handled.explanation?.candidates ?? [];
      tried.push({
        lang: entry.lang,
        question,
        verdict: answeredWith.includes(entry.id) ? 'answers' : answeredWith.length > 0 ? 'other' : 'none',
        decision: plan.map((step) => describePlanStep(step)).join(' + '),
        ...(best ? { best: { id: best.id, confidence: best.confidence } } : {}),
      });
    }
  }
  return tried;
}
