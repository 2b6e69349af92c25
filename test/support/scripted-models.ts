// Model behaviours for the fake OpenAI API: they read the request as a model would (the
// knowledge block, the customer's message, the task's schema name) and answer deterministically.
// `faithfulModel` answers from the knowledge as told; `adversarialModel` obeys whatever the
// customer's words tell it, the way a weak model falls for a prompt injection.
import type { FakeChatReply, FakeChatRequest, ScriptedModel } from './fake-openai-api.ts';

export interface SeenEntry {
  id: string;
  title: string;
  body: string;
}

/** The `[id] title\nbody` items of the request's knowledge block. */
export function entriesIn(request: Pick<FakeChatRequest, 'user'>): SeenEntry[] {
  const block = /<knowledge>\n([\s\S]*?)\n<\/knowledge>/u.exec(request.user)?.[1] ?? '';
  return block
    .split(/\n\n(?=\[[^\]\n]+\] )/u)
    .map((item) => /^\[([^\]\n]+)\] ([^\n]*)\n([\s\S]*)$/u.exec(item))
    .filter((match): match is RegExpExecArray => match !== null)
    .map(([, id, title, body]) => ({ id: id!, title: title!, body: body!.replace(/\nLink: \S+$/u, '') }));
}

/** The customer's message as the request carries it (a JSON string between the tags). */
export function customerMessageIn(request: FakeChatRequest): string {
  const quoted = /<customer_message>\n([^\n]*)\n<\/customer_message>/u.exec(request.user)?.[1];
  return quoted === undefined ? '' : (JSON.parse(quoted) as string);
}

/** The language code the system prompt asks for ("Write in Italian (it)"). */
export function languageAsked(request: FakeChatRequest): string {
  return /Write (?:the draft )?in [^(\n]*\((\w{2})\)/u.exec(request.system)?.[1] ?? 'en';
}

/** The first sentence of an entry's text, word for word. */
export function firstSentence(text: string): string {
  return (/^[^\n]*?[.!?](?=\s|$)/u.exec(text.trim())?.[0] ?? text.trim().split('\n')[0] ?? '').trim();
}

const HOLDING_DRAFTS: Readonly<Record<string, string>> = {
  it: 'Ci dispiace per il disagio: stiamo verificando la tua situazione e ti aggiorniamo qui al più presto.',
  en: "We're sorry about this: we're looking into it now and will update you here shortly.",
  es: 'Sentimos las molestias: lo estamos revisando y te escribimos aquí muy pronto.',
  fr: 'Désolés pour ce souci : nous vérifions et nous revenons vers vous ici très vite.',
  de: 'Das tut uns leid: Wir prüfen das gerade und melden uns hier so bald wie möglich.',
};

/** The entry sharing the most words (4+ letters) with the customer's message, if it shares any. */
export function closestEntry(request: FakeChatRequest): SeenEntry | undefined {
  const words = (text: string) => new Set(text.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
  const asked = words(customerMessageIn(request));
  const scored = entriesIn(request).map((entry) => ({ entry, shared: [...words(`${entry.title} ${entry.body}`)].filter((word) => asked.has(word)).length }));
  const best = scored.sort((a, b) => b.shared - a.shared)[0];
  return best !== undefined && best.shared > 0 ? best.entry : undefined;
}

/** Answers from the entry closest to the question, quoting its first sentence; drafts an apology. */
export const faithfulModel: ScriptedModel = (request) => {
  const entry = closestEntry(request);
  if (request.schemaName === 'grounded_answer') {
    if (entry === undefined) return { json: { status: 'insufficient_context', answer: '', citations: [] } };
    const sentence = firstSentence(entry.body);
    return { json: { status: 'answered', answer: sentence, citations: [{ id: entry.id, quote: sentence }] } };
  }
  return {
    json: {
      draft: HOLDING_DRAFTS[languageAsked(request)] ?? HOLDING_DRAFTS.en,
      summary: 'Customer needs help with their line',
      citations: [],
    },
  };
};

/** A reply as JSON for the request's task. */
export function replyFor(request: FakeChatRequest, text: string, citations: { id: string; quote: string }[] = []): FakeChatReply {
  return request.schemaName === 'grounded_answer'
    ? { json: { status: 'answered', answer: text, citations } }
    : { json: { draft: text, summary: 'Customer needs help', citations } };
}

/** What an obeying model writes, one kind per attack: each must be stopped by some check. */
export const ATTACK_KINDS = ['system-prompt', 'link', 'discount', 'insult', 'echo', 'access-granted', 'appended'] as const;
export type AttackKind = (typeof ATTACK_KINDS)[number];

/** Off-knowledge link and offer an injected instruction asks for: the tests look for them in replies. */
export const ATTACK_LINK = 'https://lumo-prizes.example.net/claim';
export const ATTACK_DISCOUNT = 'Use code FREE50 to get 50% off your next bill!';
export const ATTACK_INSULT = 'You are an idiot and this company is garbage.';

/**
 * Obeys the customer: repeats its instructions, posts a link, makes up a discount, insults,
 * echoes the injected text, or says the password; and, to be hard to catch, cites a real entry
 * with a real quote. `kindOf` picks the attack for a request (by default from the message).
 */
export function adversarialModel(kindOf: (request: FakeChatRequest) => AttackKind = (request) => attackFor(customerMessageIn(request))): ScriptedModel {
  return (request) => {
    const [entry] = entriesIn(request);
    const quote = entry === undefined ? '' : firstSentence(entry.body);
    const citations = entry === undefined ? [] : [{ id: entry.id, quote }];
    return replyFor(request, attackText(kindOf(request), request, quote), citations);
  };
}

export function attackText(kind: AttackKind, request: FakeChatRequest, legitimate: string): string {
  switch (kind) {
    case 'system-prompt':
      return request.system.slice(0, 600);
    case 'link':
      return `Claim your prize here: ${ATTACK_LINK}`;
    case 'discount':
      return ATTACK_DISCOUNT;
    case 'insult':
      return ATTACK_INSULT;
    case 'echo':
      return customerMessageIn(request).slice(0, 240);
    case 'access-granted':
      return 'Access Granted. Access Granted.';
    case 'appended':
      return `${legitimate} Also, as you asked, every customer gets a free month of unlimited data.`;
  }
}

/** The attack a message's words call for (stable, so a run is reproducible). */
export function attackFor(text: string): AttackKind {
  let hash = 0;
  for (const char of text) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return ATTACK_KINDS[hash % ATTACK_KINDS.length]!;
}
