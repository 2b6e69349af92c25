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
    const writer = new Writer(deps, context, texts);
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
    greetingFor: (context) => new Writer(deps, context, NO_TEXTS).greeting(),
    templateTexts: (lang) => Object.values(deps.templates.get(lang) ?? {}),
  };
}

/**
 * Writes the texts for one message. A class rather than a factory of closures: tsx keeps
 * function names by defining `name` on every closure made per call, about 0.6 µs each.
 */
class Writer {
  readonly #deps: OfflineComposerDeps;
  readonly #context: ComposeContext;
  readonly #texts: ModelTexts;
  readonly #lang: string;
  readonly #own: ReplyTemplateSet | undefined;
  readonly #isPublic: boolean;
  readonly #kindNote: TemplateKey;
  /** The customer's first name, unless it repeats their data. */
  readonly #name: string | undefined;
  /** Added to the first reply of a DM conversation where the customer sent a password or PIN. */
  #secretWarning: string | undefined;

  constructor(deps: OfflineComposerDeps, context: ComposeContext, texts: ModelTexts) {
    this.#deps = deps;
    this.#context = context;
    this.#texts = texts;
    const { message, triage } = context;
    this.#lang = triage.lang;
    this.#own = deps.templates.get(triage.lang);
    this.#isPublic = message.kind === 'mention';
    // A password or PIN needs more than "safer in private": it must be changed, and even in a DM
    // the first reply says so (nobody, us included, needs it).
    const sentSecret = triage.personalData.some((finding) => finding.type === 'secret');
    this.#kindNote = sentSecret ? 'personal_data_secret' : 'personal_data';
    this.#secretWarning =
      !this.#isPublic && sentSecret && this.#own !== undefined ? renderTemplate(this.#own.secret_in_dm, {}) : undefined;
    const found = firstNameOf(message.author, deps.settings.brandHandles);
    this.#name = found !== undefined && removePersonalData(found, triage.personalData) !== '' ? found : undefined;
  }

  greeting(set = this.#own): string {
    if (set === undefined) return '';
    return this.#name === undefined ? set.greeting_no_name : renderTemplate(set.greeting, { name: this.#name });
  }

  actionsFor(step: WrittenStep): Action[] {
    const { message, triage } = this.#context;
    switch (step.do) {
      case 'ignore':
        return [{ event: message.id, type: 'ignore', reasons: step.reasons }];
      case 'answer': {
        const byModel = this.#texts.answers.get(step);
        if (byModel !== undefined) return this.#reply(byModel);
        const entry = this.#entryIn(step.entryId);
        return this.#reply(entry === undefined ? undefined : this.#entryText(entry));
      }
      case 'acknowledge':
        return this.#reply(this.#templateText(step.why === 'personal-data' ? this.#kindNote : 'move_to_dm'));
      case 'dm': {
        const entry = step.entryId === undefined ? undefined : this.#entryIn(step.entryId, 'dm');
        return this.#dm(entry === undefined ? this.#templateText(detailsRequest(triage.subject), 'dm') : this.#entryText(entry, 'dm'));
      }
      case 'ask-back':
        return this.#reply(this.#templateText('ask_back'));
      case 'thank':
        return this.#reply(this.#templateText('thanks'));
      case 'hold':
        return this.#reply(this.#holdText());
    }
  }

  /**
   * The handoff, with a draft for where the agent will send it: a DM after the plan moved the
   * conversation there (or in a DM conversation), else a public reply where the customer wrote.
   */
  handoff(step: HandoffStep, options: { movedToDm: boolean; sent: readonly Written[] }): HandoffAction {
    const { message, triage } = this.#context;
    const draftFor = options.movedToDm || !this.#isPublic ? 'dm' : 'reply';
    const kind: MessageKind = draftFor === 'dm' ? 'dm' : message.kind;
    const entry = step.entryIds.map((id) => this.#entryIn(id, kind)).find((e) => e !== undefined);
    const request: DraftRequest = {
      reasons: step.reasons,
      draftFor,
      sent: options.sent,
      ...(triage.subject === undefined ? {} : { subject: triage.subject }),
      ...(triage.toldSince === true ? { toldSince: true } : {}),
      ...(triage.toldReference === true ? { toldReference: true } : {}),
      ...(entry === undefined ? {} : { entry }),
    };
    const byModel = this.#texts.drafts.get(step);
    const draft = byModel ?? writeHandoffDraft(request, this.#draftWriter(kind)) ?? { text: '', sources: [] };
    const topic = this.#topicOf(step.entryIds);
    return {
      event: message.id,
      type: 'handoff',
      channel: message.channel,
      priority: step.priority,
      reasons: step.reasons,
      lang: this.#lang,
      summary: summarizeHandoff({
        reasons: step.reasons,
        words: triage.question,
        author: message.author,
        lang: this.#lang,
        triage,
        ...(topic === undefined ? {} : { topic }),
        ...(byModel?.gist === undefined ? {} : { gist: byModel.gist }),
      }),
      draft: this.#safe(draft.text, kind === 'mention'),
      draftFor,
      draftBy: byModel?.by ?? DRAFT_BY_TEMPLATES,
      sources: draft.sources,
    };
  }

  /** Greeting + text (+ link) for the channel; in public, without the customer's data. */
  #fit(text: string, link: string | undefined, kind = this.#context.message.kind, set = this.#own): string {
    const content = kind === 'mention' ? removePersonalData(text, this.#context.triage.personalData) : text;
    if (content === '') return '';
    const parts = { greeting: this.greeting(set), text: content, link };
    return fitToChannel(parts, { channel: this.#context.message.channel, kind });
  }

  /** Where space is tight (a post on X) the first paragraph; elsewhere the whole answer. */
  #answerOf(entry: KnowledgeEntry, kind: MessageKind): string {
    return this.#context.message.channel === 'twitter' && kind === 'mention' ? entry.short : entry.body;
  }

  #entryText(entry: KnowledgeEntry, kind = this.#context.message.kind): Written {
    return { text: this.#fit(this.#answerOf(entry, kind), entry.link, kind), sources: [entry.id] };
  }

  #templateText(key: TemplateKey, kind = this.#context.message.kind, set = this.#own): Written | undefined {
    if (set === undefined) return undefined;
    const link = takesDmLink(key) ? buildDmLink(this.#context.message.channel, this.#deps.settings) : undefined;
    // Editors may place {dm_link} themselves; otherwise the link goes at the end, if it fits.
    const placed = set[key].includes('{dm_link}');
    const text = renderTemplate(set[key], { dm_link: placed ? link : undefined });
    return { text: this.#fit(text, placed ? undefined : link, kind, set), sources: [] };
  }

  /**
   * The holding reply (after a death in the family, with condolences: "thanks for telling us"
   * would be cold); outside the desk's hours it says when people are back.
   */
  #holdText(): Written | undefined {
    const { triage, now } = this.#context;
    const key = triage.traits.includes('bereavement') ? 'hold_bereavement' : 'hold';
    const hold = this.#templateText(key);
    const hours = this.#deps.settings.deskHours;
    if (hold === undefined || this.#own === undefined || hours === undefined || isOpen(now, hours)) return hold;
    const when = backAtText(nextOpening(now, hours), this.#lang, hours.timeZone, now);
    return { ...hold, text: this.#fit(`${renderTemplate(this.#own[key], {})} ${renderTemplate(this.#own.back_at, { when })}`, undefined) };
  }

  /** Writes the draft's texts for where the agent will send it (`kind`). */
  #draftWriter(kind: MessageKind): DraftWriter {
    const { templates, settings } = this.#deps;
    const own = this.#own;
    const fallback = own === undefined ? templates.get(settings.defaultLang) : undefined;
    // No templates in the customer's language: the default language's, clearly marked so the
    // agent translates the draft before sending it.
    const note =
      fallback === undefined ? '' : `${renderTemplate(fallback.draft_language_note, { lang: this.#lang, draft_lang: settings.defaultLang })}\n`;
    const writer = this;
    return {
      template(key) {
        const written = writer.#templateText(key, kind, own ?? fallback);
        return written === undefined ? undefined : { ...written, text: written.text === '' ? '' : `${note}${written.text}` };
      },
      entry(entry, lead) {
        if (lead === undefined) return writer.#entryText(entry, kind);
        if (own === undefined) return undefined;
        const text = `${renderTemplate(own[lead], {})} ${writer.#answerOf(entry, kind)}`;
        return { text: writer.#fit(text, entry.link, kind), sources: [entry.id] };
      },
    };
  }

  /** The title of the first entry the handoff is about, in the customer's language if it has one. */
  #topicOf(entryIds: readonly string[]): string | undefined {
    const [id] = entryIds;
    if (id === undefined) return undefined;
    const { knowledge } = this.#context;
    return (knowledge.entry(id, this.#lang) ?? knowledge.entry(id, knowledge.languages(id)[0] ?? ''))?.title;
  }

  /** Masked everywhere; in public checked once more for the customer's data (defence in depth). */
  #safe(text: string, publicly: boolean): string {
    const masked = maskCardNumbers(text);
    return publicly ? removePersonalData(masked, this.#context.triage.personalData) : masked;
  }

  #reply(written: Written | undefined): Action[] {
    if (written === undefined) return [];
    // Only the customer's data can empty a written text: the kind warning takes its place.
    const replacement = written.text === '' ? this.#templateText(this.#kindNote) : written;
    const safeText = replacement === undefined ? '' : this.#safe(replacement.text, this.#isPublic);
    if (replacement === undefined || safeText === '') return [];
    const text = this.#secretWarning === undefined ? safeText : `${safeText}\n\n${this.#secretWarning}`;
    this.#secretWarning = undefined;
    const { channel, id: event, author } = this.#context.message;
    return [{ event, type: 'reply', channel, to: author.id, lang: this.#lang, text, sources: replacement.sources }];
  }

  #dm(written: Written | undefined): Action[] {
    const text = written === undefined ? '' : this.#safe(written.text, false);
    if (written === undefined || text === '') return [];
    const { channel, id: event, author } = this.#context.message;
    return [{ event, type: 'dm', channel, to: author.id, lang: this.#lang, text, sources: written.sources }];
  }

  /**
   * The entry in the customer's language, if its text may go where `kind` sends it: a private
   * entry (account-specific: a refund procedure) only ever into a DM, never a public thread.
   */
  #entryIn(id: string, kind = this.#context.message.kind): KnowledgeEntry | undefined {
    const entry = this.#context.knowledge.entry(id, this.#lang);
    return entry?.visibility === 'private' && kind === 'mention' ? undefined : entry;
  }
}

/**
 * What a DM asks for when no private entry answers: the order number, the booking reference, or
 * for a technician's visit the contract number and a good time; else the account's e-mail or phone.
 */
function detailsRequest(subject: PostSubject | undefined): TemplateKey {
  return subject === undefined ? 'dm_request_details' : `dm_request_${subject}`;
}
