// The draft an agent can send as is (PLAYBOOK: a second pair of eyes before a difficult reply):
// written for the handoff's most important reason, for where it will be sent, and never a text
// the bot has just sent (the holding reply, the move to DM), which "Send draft" would repeat.
import type { KnowledgeEntry, PostSubject } from '../core/model.ts';
import { rankHandoffReasons, type HandoffReason } from './handoff-reasons.ts';
import type { TemplateKey } from './load-reply-templates.ts';

/** A handoff's `draftBy` when the draft comes from the reply templates, not a model. */
export const DRAFT_BY_TEMPLATES = 'templates';

/** A text and the knowledge ids it came from. */
export interface Written {
  text: string;
  sources: string[];
}

export interface DraftRequest {
  reasons: readonly string[];
  /** Where the draft goes: the public thread (`reply`) or a direct message (`dm`). */
  draftFor: 'reply' | 'dm';
  /**
   * An order, a journey or a technician's visit, when triage read one: drafts for a fault or a
   * complaint ask for its reference (for a visit, the contract number and a time for a new one).
   */
  subject?: PostSubject;
  /** The customer said since when it fails: the fault draft does not ask. */
  toldSince?: boolean;
  /** The customer wrote out the order number or the booking reference: the draft does not ask for it. */
  toldReference?: boolean;
  /** The best knowledge entry the handoff may draft from, in the customer's language. */
  entry?: KnowledgeEntry;
  /** What the plan already sends: the draft never repeats one of these texts or their entries. */
  sent: readonly Written[];
}

/** How the composer writes texts for the draft's place (greeting, channel fit, personal data). */
export interface DraftWriter {
  /** Greeting + template; undefined when there is no template set to write with. */
  template(key: TemplateKey): Written | undefined;
  /** Greeting + optional lead template + the entry's text (+ its link). */
  entry(entry: KnowledgeEntry, lead?: TemplateKey): Written | undefined;
}

/**
 * Reasons for which an answer from the knowledge is not what the agent should send first: a
 * legal threat gets a neutral acknowledgement, danger and fraud the urgent steps, a death in the
 * family condolences, insults calm.
 */
const NO_ANSWER_FIRST: ReadonlySet<HandoffReason> = new Set(['legal', 'safety', 'security', 'bereavement', 'abuse']);

/** The template that speaks to a reason, for a public reply or a DM; none for the bot's own failures. */
function templateFor(reason: HandoffReason, { draftFor, subject, toldSince, toldReference }: DraftRequest): TemplateKey | undefined {
  const dm = draftFor === 'dm';
  // An order number or a booking reference already written out is not asked for again.
  const referenceTold = toldReference === true && (subject === 'order' || subject === 'trip');
  switch (reason) {
    case 'legal':
      return 'draft_legal';
    case 'safety':
      return 'draft_safety';
    case 'security':
      return dm ? 'draft_security_dm' : 'draft_security';
    case 'bereavement':
      return dm ? 'draft_bereavement_dm' : 'draft_bereavement';
    // An order or a journey is looked into with its number or booking reference, a missed visit
    // with the contract number (and a new appointment booked), which are personal: asked for in
    // private, never in public. Each subject has its templates, named after it.
    case 'faulty':
      if (referenceTold) return 'draft_fault_reference_told';
      if (subject !== undefined) return dm ? `draft_fault_${subject}_dm` : `draft_fault_${subject}`;
      return toldSince === true ? 'draft_fault_since_told' : 'draft_fault';
    case 'churn':
      return 'draft_churn';
    case 'complaint':
      if (referenceTold) return 'draft_complaint_reference_told';
      if (subject !== undefined) return dm ? `draft_complaint_${subject}_dm` : `draft_complaint_${subject}`;
      return 'draft_complaint';
    case 'account':
      // Account details are never asked for in public: there the draft moves the conversation.
      if (!dm) return 'move_to_dm';
      return subject === undefined ? 'draft_account' : `draft_account_${subject}`;
    case 'human':
      return 'draft_human';
    case 'abuse':
      return 'draft_abuse';
    case 'repeated':
      return 'draft_repeated';
    case 'no-confident-answer':
    case 'no-answer-in-language':
    case 'no-decision':
      return 'draft_no_answer';
    case 'delivery-failed':
    case 'bot-error':
      return undefined;
  }
}

/**
 * The draft: what is known from the knowledge when it helps (an active service notice after an
 * apology; in a DM, an answer not sent yet), else the template of the most important reason,
 * else the next one; the generic "we're checking" draft when no reason has a template.
 */
export function writeHandoffDraft(request: DraftRequest, writer: DraftWriter): Written | undefined {
  const sentTexts = new Set(request.sent.map((written) => written.text));
  for (const candidate of draftCandidates(request, writer)) {
    if (candidate !== undefined && candidate.text !== '' && !sentTexts.has(candidate.text)) return candidate;
  }
  return undefined;
}

function* draftCandidates(request: DraftRequest, writer: DraftWriter): Generator<Written | undefined> {
  const { entry, draftFor } = request;
  const ranked = rankHandoffReasons(request.reasons);
  const [top] = ranked;
  const entrySent = entry !== undefined && request.sent.some((written) => written.sources.includes(entry.id));
  if (entry !== undefined && !entrySent && (top === undefined || !NO_ANSWER_FIRST.has(top))) {
    if (entry.kind === 'notice') yield writer.entry(entry, 'draft_outage');
    // In public an FAQ answer to a complaint reads as a brush-off; in a DM it is the help asked for.
    else if (draftFor === 'dm') yield writer.entry(entry);
  }
  for (const reason of ranked) {
    const key = templateFor(reason, request);
    if (key !== undefined) yield writer.template(key);
  }
  yield writer.template('draft_no_answer');
}
