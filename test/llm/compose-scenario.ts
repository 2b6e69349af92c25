// Runs the real offline composer with the shipped reply templates over a small scenario: the
// message, its triage, the knowledge entries and settings a test cares about.
import path from 'node:path';
import type { Action, InboundMessage, KnowledgeEntry, Plan, Triage } from '../../src/core/model.ts';
import type { ComposeContext, KnowledgeIndex } from '../../src/core/ports.ts';
import { DEFAULT_SETTINGS, type ResponderSettings } from '../../src/core/settings.ts';
import { loadReplyTemplates, type ReplyTemplates, type TemplateKey } from '../../src/llm/load-reply-templates.ts';
import { createOfflineComposer } from '../../src/llm/offline-composer.ts';
import { aMessage, aTriage } from '../support/builders.ts';

const PROMPTS_DIR = path.resolve(import.meta.dirname, '../../prompts');
export const LANGUAGES = ['it', 'en', 'es', 'fr', 'de'];

export function anEntry(overrides: Partial<KnowledgeEntry> = {}): KnowledgeEntry {
  return {
    id: 'top-up',
    lang: 'it',
    title: 'Come ricarico?',
    questions: [],
    tags: [],
    visibility: 'public',
    kind: 'answer',
    active: true,
    body: 'Puoi ricaricare dall’app in pochi secondi.\n\nServono una carta o un conto collegato.',
    short: 'Puoi ricaricare dall’app in pochi secondi.',
    file: 'top-up.it.md',
    ...overrides,
  };
}

/** The knowledge port over a fixed list: enough for the composer, which never searches. */
function aKnowledgeIndex(entries: KnowledgeEntry[]): KnowledgeIndex {
  return {
    search: () => [],
    entry: (id, lang) => entries.find((e) => e.id === id && e.lang === lang),
    languages: (id) => entries.filter((e) => e.id === id).map((e) => e.lang),
  };
}

export interface Scenario {
  message?: Partial<InboundMessage>;
  triage?: Partial<Triage>;
  entries?: KnowledgeEntry[];
  settings?: Partial<ResponderSettings>;
}

let loaded: Promise<ReplyTemplates> | undefined;

/** The shipped templates (prompts/replies), loaded once. */
export function shippedTemplates(): Promise<ReplyTemplates> {
  loaded ??= loadReplyTemplates(PROMPTS_DIR);
  return loaded;
}

export async function template(lang: string, key: TemplateKey): Promise<string> {
  const set = (await shippedTemplates()).get(lang);
  if (set === undefined) throw new Error(`no templates for ${lang}`);
  return set[key];
}

export async function compose(plan: Plan, scenario: Scenario = {}): Promise<Action[]> {
  const settings = { ...DEFAULT_SETTINGS, ...scenario.settings };
  const context: ComposeContext = {
    message: aMessage(scenario.message),
    triage: aTriage(scenario.triage),
    knowledge: aKnowledgeIndex(scenario.entries ?? [anEntry()]),
    now: new Date('2026-01-10T09:00:05Z'),
  };
  return createOfflineComposer({ templates: await shippedTemplates(), settings }).compose(plan, context);
}

export function textOf(action: Action | undefined): string {
  if (action === undefined || action.type === 'ignore') throw new Error(`no text in ${JSON.stringify(action)}`);
  return action.type === 'handoff' ? action.draft : action.text;
}
