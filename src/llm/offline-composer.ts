// Writes the plan's text from the knowledge entries and the reply templates, without a model.
// Replies only in the customer's language; every text is masked, and public ones never repeat
// the personal data the customer posted.
import type { Action, HandoffAction, KnowledgeEntry, PlanStep } from '../core/model.ts';
import { backAtText, isOpen, nextOpening } from '../core/business-hours.ts';
import type { AnswerComposer, ComposeContext } from '../core/ports.ts';
import type { ResponderSettings } from '../core/settings.ts';
import { maskCardNumbers } from '../privacy/mask-personal-data.ts';
import { buildDmLink } from './dm-link.ts';
import { firstNameOf } from './first-name.ts';
import { fitToChannel } from './fit-to-channel.ts';
import {
  renderTemplate,
  type ReplyTemplates,
  type ReplyTemplateSet,
  type TemplateKey,
} from './load-reply-templates.ts';
import { removePersonalData } from './remove-personal-data.ts';

export interface OfflineComposerDeps {
  templates: ReplyTemplates;
  settings: ResponderSettings;
}

type HandoffStep = Extract<PlanStep, { do: 'handoff' }>;

/** A text and the knowledge ids it came from. */
interface Written {
  text: string;
  sources: string[];
}

export function createOfflineComposer(deps: OfflineComposerDeps): AnswerComposer {
  return {
    async compose(plan, context) {
      const writer = createWriter(deps, context);
      const actions = plan.flatMap((step) => writer.actionsFor(step));
      if (actions.length > 0) return actions;
      // Nothing could be written in the customer's language: say so rather than drop the message.
      return [{ event: context.message.id, type: 'ignore', reasons: ['no-text-in-language'] }];
    },
  };
}

function createWriter({ templates, settings }: OfflineComposerDeps, context: ComposeContext) {
  const { message, triage, knowledge } = context;
  const lang = triage.lang;
  const own = templates.get(lang);
  const isPublic = message.kind === 'mention';
  const findings = triage.personalData;
  // A display name that repeats the customer's data is not used to greet them.
  const found = firstNameOf(message.author, settings.brandHandles);
  const name = found !== undefined && removePersonalData(found, findings) !== '' ? found : undefined;

  function greetingIn(set: ReplyTemplateSet | undefined): string {
    if (set === undefined) return '';
    return name === undefined ? set.greeting_no_name : renderTemplate(set.greeting, { name });
  }

  /** Greeting + text (+ link) for the channel; in public, without the customer's data. */
  function fit(text: string, link: string | undefined, kind = message.kind): string {
    const content = kind === 'mention' ? removePersonalData(text, findings) : text;
    if (content === '') return '';
    const parts = { greeting: greetingIn(own), text: content, link };
    return fitToChannel(parts, { channel: message.channel, kind });
  }

  function entryText(entry: KnowledgeEntry, kind = message.kind): Written {
    // Where space is tight (a post on X) the first paragraph; elsewhere the whole answer.
    const tight = message.channel === 'twitter' && kind === 'mention';
    return { text: fit(tight ? entry.short : entry.body, entry.link, kind), sources: [entry.id] };
  }

  function templateText(key: TemplateKey, kind = message.kind): Written | undefined {
    if (own === undefined) return undefined;
    const opensDm = key === 'move_to_dm' || key === 'personal_data';
    const link = opensDm ? buildDmLink(message.channel, settings) : undefined;
    // Editors may place {dm_link} themselves; otherwise the link goes at the end, if it fits.
    const placed = own[key].includes('{dm_link}');
    const text = renderTemplate(own[key], { dm_link: placed ? link : undefined });
    return { text: fit(text, placed ? undefined : link, kind), sources: [] };
  }

  /** The holding reply; outside the desk's hours it says when people are back. */
  function holdText(): Written | undefined {
    const hold = templateText('hold');
    const hours = settings.deskHours;
    if (hold === undefined || own === undefined || hours === undefined || isOpen(context.now, hours)) return hold;
    const when = backAtText(nextOpening(context.now, hours), lang, hours.timeZone, context.now);
    return { ...hold, text: fit(`${renderTemplate(own.hold, {})} ${renderTemplate(own.back_at, { when })}`, undefined) };
  }

  function draftFor(step: HandoffStep): Written {
    const entry = step.entryIds.map((id) => entryIn(id)).find((e) => e !== undefined);
    const answer = entry === undefined ? undefined : entryText(entry);
    if (answer !== undefined && answer.text !== '') return answer;
    const hold = templateText('hold');
    if (hold !== undefined) return hold;
    const fallback = templates.get(settings.defaultLang);
    if (fallback === undefined) return { text: '', sources: [] };
    // Clearly marked, so the agent translates it before sending.
    const note = renderTemplate(fallback.draft_language_note, { lang, draft_lang: settings.defaultLang });
    const body = fitToChannel(
      { greeting: greetingIn(fallback), text: fallback.hold },
      { channel: message.channel, kind: message.kind },
    );
    return { text: `${note}\n${body}`, sources: [] };
  }

  /** Masked everywhere; in public checked once more for the customer's data (defence in depth). */
  function safe(text: string, publicly: boolean): string {
    const masked = maskCardNumbers(text);
    return publicly ? removePersonalData(masked, findings) : masked;
  }

  function reply(written: Written | undefined): Action[] {
    if (written === undefined) return [];
    // Only the customer's data can empty a written text: the kind warning takes its place.
    const replacement = written.text === '' ? templateText('personal_data') : written;
    const text = replacement === undefined ? '' : safe(replacement.text, isPublic);
    if (replacement === undefined || text === '') return [];
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

  function handoff(step: HandoffStep): HandoffAction {
    const draft = draftFor(step);
    return {
      event: message.id,
      type: 'handoff',
      channel: message.channel,
      priority: step.priority,
      reasons: step.reasons,
      lang,
      draft: safe(draft.text, isPublic),
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
    actionsFor(step: PlanStep): Action[] {
      switch (step.do) {
        case 'ignore':
          return [{ event: message.id, type: 'ignore', reasons: step.reasons }];
        case 'answer': {
          const entry = entryIn(step.entryId);
          return reply(entry === undefined ? undefined : entryText(entry));
        }
        case 'acknowledge':
          return reply(templateText(step.why === 'personal-data' ? 'personal_data' : 'move_to_dm'));
        case 'dm': {
          const entry = step.entryId === undefined ? undefined : entryIn(step.entryId, 'dm');
          return dm(entry === undefined ? templateText('dm_request_details', 'dm') : entryText(entry, 'dm'));
        }
        case 'ask-back':
          return reply(templateText('ask_back'));
        case 'thank':
          return reply(templateText('thanks'));
        case 'hold':
          return reply(holdText());
        case 'handoff':
          return [handoff(step)];
      }
    },
  };
}
