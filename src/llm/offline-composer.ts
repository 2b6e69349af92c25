// Writes the plan's text from the knowledge entries and the reply templates, without a model.
// Replies only in the customer's language; every text is masked, and public ones never repeat
// the personal data the customer posted. It is also how the LLM composer writes: a model's
// checked text takes the place of a step's text, and everything else (greeting, channel fit,
// personal data) stays the same.
import type { Action, HandoffAction, KnowledgeEntry, MessageKind, Plan, PlanStep, PostSubject } from '../core/model.ts';
import { backAtText, isOpen, nextOpening } from '../core/business-hours.ts';
import type { AnswerComposer, ComposeContext } from '../core/ports.ts';
import type { ResponderSettings } from '../core/settings.ts';
import { maskCardNumbers } from '../privacy/mask-personal-data.ts';
import { buildDmLink } from './dm-link.ts';
import { firstNameOf } from './first-name.ts';
import { fitToChannel } from './fit-to-channel.ts';
import {
  renderTemplate,
  takesDmLink,
  type ReplyTemplates,
  type ReplyTemplateSet,
  type TemplateKey,
} from './load-reply-templates.ts';
import { removePersonalData } from './remove-personal-data.ts';
import { summarizeHandoff } from './summarize-handoff.ts';
import { DRAFT_BY_TEMPLATES, writeHandoffDraft, type DraftRequest, type DraftWriter, type Written } from './write-handoff-draft.ts';

export interface OfflineComposerDeps {
  templates: ReplyTemplates;
  settings: ResponderSettings;
}

/** A model's draft for a handoff step, checked. */
export interface ModelDraft {
  /** The draft as the agent will send it: greeting included, fitted to where it goes. */
  text: string;
  /** What the customer wants, in the model's words, for the summary. */
  gist?: string;
  sources: string[];
  /** The model's name. */
  by: string;
}

/** Texts a model wrote for steps of a plan (keyed by the step object), already checked. */
export interface ModelTexts {
  /** For `answer` steps: greeting, answer and link, fitted to the channel. */
  answers: ReadonlyMap<PlanStep, Written>;
  drafts: ReadonlyMap<PlanStep, ModelDraft>;
}

export interface OfflineComposer extends AnswerComposer {
  /** Like `compose`, with a model's texts in place of the templates' for some steps. */
  composeWith(plan: Plan, context: ComposeContext, texts: ModelTexts): Promise<Action[]>;
  /** The greeting of a reply to this message ("Ciao Mario!"), empty without templates in its language. */
  greetingFor(context: ComposeContext): string;
  /** Every reply template of a language: the words of apologies and next steps a draft may use. */
  templateTexts(lang: string): string[];
}

type HandoffStep = Extract<PlanStep, { do: 'handoff' }>;
type WrittenStep = Exclude<PlanStep, HandoffStep | { do: 'answer-if-grounded' }>;

const NO_TEXTS: ModelTexts = { answers: new Map(), drafts: new Map() };

export function createOfflineComposer(deps: OfflineComposerDeps): OfflineComposer {
  async function composeWith(plan: Plan, context: ComposeContext, texts: ModelTexts): Promise<Action[]> {
    const writer = createWriter(deps, context, texts);
    // Without a model's accepted answer, a step that needed one is the plan it falls back to.
    const steps = plan.flatMap((step) => (step.do === 'answer-if-grounded' ? step.fallback : [step]));
    // The customer-facing texts first: a handoff's draft must differ from every one of them.
    const written = steps.map((step) => (step.do === 'handoff' || step.do === 'answer-if-grounded' ? [] : writer.actionsFor(step)));
    const sent = written.flat().flatMap((action) => (action.type === 'reply' || action.type === 'dm' ? [action] : []));
    const actions = steps.flatMap((step, index) => {
      if (step.do !== 'handoff') return written[index] ?? [];
      const movedToDm = steps.slice(0, index).some((earlier) => earlier.do === 'dm');
      return [writer.handoff(step, { movedToDm, sent })];
    });
    if (actions.length > 0) return actions;
    // Nothing could be written in the customer's language: say so rather than drop the message.
    return [{ event: context.message.id, type: 'ignore', reasons: ['no-text-in-language'] }];
  }
  return {
    compose: (plan, context) => composeWith(plan, context, NO_TEXTS),
    composeWith,
    greetingFor: (context) => createWriter(deps, context, NO_TEXTS).greeting(),
    templateTexts: (lang) => Object.values(deps.templates.get(lang) ?? {}),
  };
}

function createWriter({ templates, settings }: OfflineComposerDeps, context: ComposeContext, texts: ModelTexts) {
  const { message, triage, knowledge } = context;
  const lang = triage.lang;
  const own = templates.get(lang);
  const isPublic = message.kind === 'mention';
  const findings = triage.personalData;
  // A password or PIN needs more than "safer in private": it must be changed, and even in a DM
  // the first reply says so (nobody, us included, needs it).
  const sentSecret = findings.some((finding) => finding.type === 'secret');
  const kindNote = sentSecret ? 'personal_data_secret' : 'personal_data';
  let secretWarning = !isPublic && sentSecret && own !== undefined ? renderTemplate(own.secret_in_dm, {}) : undefined;
  // A display name that repeats the customer's data is not used to greet them.
  const found = firstNameOf(message.author, settings.brandHandles);
  const name = found !== undefined && removePersonalData(found, findings) !== '' ? found : undefined;

  function greetingIn(set: ReplyTemplateSet | undefined): string {
    if (set === undefined) return '';
    return name === undefined ? set.greeting_no_name : renderTemplate(set.greeting, { name });
  }

  /** Greeting + text (+ link) for the channel; in public, without the customer's data. */
  function fit(text: string, link: string | undefined, kind = message.kind, set = own): string {
    const content = kind === 'mention' ? removePersonalData(text, findings) : text;
    if (content === '') return '';
    const parts = { greeting: greetingIn(set), text: content, link };
    return fitToChannel(parts, { channel: message.channel, kind });
  }

  /** Where space is tight (a post on X) the first paragraph; elsewhere the whole answer. */
  function answerOf(entry: KnowledgeEntry, kind: MessageKind): string {
    return message.channel === 'twitter' && kind === 'mention' ? entry.short : entry.body;
  }

  function entryText(entry: KnowledgeEntry, kind = message.kind): Written {
    return { text: fit(answerOf(entry, kind), entry.link, kind), sources: [entry.id] };
  }

  function templateText(key: TemplateKey, kind = message.kind, set = own): Written | undefined {
    if (set === undefined) return undefined;
    const link = takesDmLink(key) ? buildDmLink(message.channel, settings) : undefined;
    // Editors may place {dm_link} themselves; otherwise the link goes at the end, if it fits.
    const placed = set[key].includes('{dm_link}');
    const text = renderTemplate(set[key], { dm_link: placed ? link : undefined });
    return { text: fit(text, placed ? undefined : link, kind, set), sources: [] };
  }

  /**
   * The holding reply (after a death in the family, with condolences: "thanks for telling us"
   * would be cold); outside the desk's hours it says when people are back.
   */
  function holdText(): Written | undefined {
    const key = triage.traits.includes('bereavement') ? 'hold_bereavement' : 'hold';
    const hold = templateText(key);
    const hours = settings.deskHours;
    if (hold === undefined || own === undefined || hours === undefined || isOpen(context.now, hours)) return hold;
    const when = backAtText(nextOpening(context.now, hours), lang, hours.timeZone, context.now);
    return { ...hold, text: fit(`${renderTemplate(own[key], {})} ${renderTemplate(own.back_at, { when })}`, undefined) };
  }

  /** Writes the draft's texts for where the agent will send it (`kind`). */
  function draftWriter(kind: MessageKind): DraftWriter {
    const fallback = own === undefined ? templates.get(settings.defaultLang) : undefined;
    // No templates in the customer's language: the default language's, clearly marked so the
    // agent translates the draft before sending it.
    const note = fallback === undefined ? '' : `${renderTemplate(fallback.draft_language_note, { lang, draft_lang: settings.defaultLang })}\n`;
    return {
      template(key) {
        const written = templateText(key, kind, own ?? fallback);
        return written === undefined ? undefined : { ...written, text: written.text === '' ? '' : `${note}${written.text}` };
      },
      entry(entry, lead) {
        if (lead === undefined) return entryText(entry, kind);
        if (own === undefined) return undefined;
        const text = `${renderTemplate(own[lead], {})} ${answerOf(entry, kind)}`;
        return { text: fit(text, entry.link, kind), sources: [entry.id] };
      },
    };
  }

  /** The title of the first entry the handoff is about, in the customer's language if it has one. */
  function topicOf(entryIds: readonly string[]): string | undefined {
    const [id] = entryIds;
    if (id === undefined) return undefined;
    return (knowledge.entry(id, lang) ?? knowledge.entry(id, knowledge.languages(id)[0] ?? ''))?.title;
  }

  /** Masked everywhere; in public checked once more for the customer's data (defence in depth). */
  function safe(text: string, publicly: boolean): string {
    const masked = maskCardNumbers(text);
    return publicly ? removePersonalData(masked, findings) : masked;
  }

  function reply(written: Written | undefined): Action[] {
    if (written === undefined) return [];
    // Only the customer's data can empty a written text: the kind warning takes its place.
    const replacement = written.text === '' ? templateText(kindNote) : written;
    const safeText = replacement === undefined ? '' : safe(replacement.text, isPublic);
    if (replacement === undefined || safeText === '') return [];
    const text = secretWarning === undefined ? safeText : `${safeText}\n\n${secretWarning}`;
    secretWarning = undefined;
    const { channel, id: event } = message;
    const { sources } = replacement;
    return [{ event, type: 'reply', channel, to: message.author.id, lang, text, sources }];
  }

  function dm(written: Written | undefined): Action[] {
    const text = written === undefined ? '' : safe(written.text, false);
    if (written === undefined || text === '') return [];
    const { channel, id: event } = message;
    return [{ event, type: 'dm', channel, to: message.author.id, lang, text, sources: written.sources }];
  }

  /**
   * The handoff, with a draft for where the agent will send it: a DM after the plan moved the
   * conversation there (or in a DM conversation), else a public reply where the customer wrote.
   */
  function handoff(step: HandoffStep, options: { movedToDm: boolean; sent: readonly Written[] }): HandoffAction {
    const draftFor = options.movedToDm || !isPublic ? 'dm' : 'reply';
    const kind: MessageKind = draftFor === 'dm' ? 'dm' : message.kind;
    const entry = step.entryIds.map((id) => entryIn(id, kind)).find((e) => e !== undefined);
    const request: DraftRequest = {
      reasons: step.reasons,
      draftFor,
      sent: options.sent,
      ...(triage.subject === undefined ? {} : { subject: triage.subject }),
      ...(triage.toldSince === true ? { toldSince: true } : {}),
      ...(entry === undefined ? {} : { entry }),
    };
    const byModel = texts.drafts.get(step);
    const draft = byModel ?? writeHandoffDraft(request, draftWriter(kind)) ?? { text: '', sources: [] };
    const topic = topicOf(step.entryIds);
    return {
      event: message.id,
      type: 'handoff',
      channel: message.channel,
      priority: step.priority,
      reasons: step.reasons,
      lang,
      summary: summarizeHandoff({
        reasons: step.reasons,
        words: triage.question,
        author: message.author,
        lang,
        triage,
        ...(topic === undefined ? {} : { topic }),
        ...(byModel?.gist === undefined ? {} : { gist: byModel.gist }),
      }),
      draft: safe(draft.text, kind === 'mention'),
      draftFor,
      draftBy: byModel?.by ?? DRAFT_BY_TEMPLATES,
      sources: draft.sources,
    };
  }

  /**
   * The entry in the customer's language, if its text may go where `kind` sends it: a private
   * entry (account-specific: a refund procedure) only ever into a DM, never a public thread.
   */
  function entryIn(id: string, kind = message.kind): KnowledgeEntry | undefined {
    const entry = knowledge.entry(id, lang);
    return entry?.visibility === 'private' && kind === 'mention' ? undefined : entry;
  }

  return {
    greeting: () => greetingIn(own),
    actionsFor(step: WrittenStep): Action[] {
      switch (step.do) {
        case 'ignore':
          return [{ event: message.id, type: 'ignore', reasons: step.reasons }];
        case 'answer': {
          const byModel = texts.answers.get(step);
          if (byModel !== undefined) return reply(byModel);
          const entry = entryIn(step.entryId);
          return reply(entry === undefined ? undefined : entryText(entry));
        }
        case 'acknowledge':
          return reply(templateText(step.why === 'personal-data' ? kindNote : 'move_to_dm'));
        case 'dm': {
          const entry = step.entryId === undefined ? undefined : entryIn(step.entryId, 'dm');
          return dm(entry === undefined ? templateText(detailsRequest(triage.subject), 'dm') : entryText(entry, 'dm'));
        }
        case 'ask-back':
          return reply(templateText('ask_back'));
        case 'thank':
          return reply(templateText('thanks'));
        case 'hold':
          return reply(holdText());
      }
    },
    handoff,
  };
}

/**
 * What a DM asks for when no private entry answers: the order number, the booking reference, or
 * for a technician's visit the contract number and a good time; else the account's e-mail or phone.
 */
function detailsRequest(subject: PostSubject | undefined): TemplateKey {
  return subject === undefined ? 'dm_request_details' : `dm_request_${subject}`;
}
