import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  MAX_TEMPLATE_CHARS,
  ReplyTemplatesError,
  TEMPLATE_KEYS,
  loadReplyTemplates,
  renderTemplate,
  type TemplateKey,
} from '../../src/llm/load-reply-templates.ts';

const PROMPTS_DIR = path.resolve(import.meta.dirname, '../../prompts');
const SHIPPED_LANGUAGES = ['de', 'en', 'es', 'fr', 'it'];

/** A complete, valid template set; override or drop keys per test. */
function aTemplateSet(overrides: Partial<Record<TemplateKey, string | null>> = {}): string {
  const base: Record<TemplateKey, string> = {
    greeting: 'Hi {name}!',
    greeting_no_name: 'Hi!',
    hold: 'A colleague will get back to you here soon.',
    hold_bereavement: "We're so sorry for your loss. A colleague will get back to you here.",
    move_to_dm: "Let's continue in a private message: {dm_link}",
    personal_data: 'Please keep personal details private.',
    personal_data_secret: 'Please delete that post and change that password now.',
    secret_in_dm: 'Please never send us a password, not even here.',
    dm_request_details: 'Please send us the e-mail of your account.',
    dm_request_order: 'Please send us the order number.',
    dm_request_trip: 'Please send us your booking reference.',
    dm_request_visit: 'Please send us your contract number and a good time.',
    thanks: 'Thank you!',
    ask_back: 'Could you tell us more?',
    draft_language_note: '[Draft in {draft_lang}, customer wrote in {lang}]',
    back_at: 'Our team is back {when}.',
    draft_fault: 'Sorry! Since when?',
    draft_fault_since_told: 'Sorry! Thanks for the details.',
    draft_fault_reference_told: 'Sorry! Thanks for the reference.',
    draft_fault_order: 'Sorry! Your order number, privately: {dm_link}',
    draft_fault_order_dm: 'Sorry! Your order number?',
    draft_fault_trip: 'Sorry! Your booking reference, privately: {dm_link}',
    draft_fault_trip_dm: 'Sorry! Your booking reference?',
    draft_fault_visit: 'Sorry! Your contract number, privately: {dm_link}',
    draft_fault_visit_dm: 'Sorry! Your contract number?',
    draft_outage: 'Here is what we know:',
    draft_complaint: "We're sorry.",
    draft_complaint_order: "We're sorry. Your order number, privately: {dm_link}",
    draft_complaint_order_dm: "We're sorry. Your order number?",
    draft_complaint_trip: "We're sorry. Your booking reference, privately: {dm_link}",
    draft_complaint_trip_dm: "We're sorry. Your booking reference?",
    draft_complaint_visit: "We're sorry. Your contract number, privately: {dm_link}",
    draft_complaint_visit_dm: "We're sorry. Your contract number?",
    draft_complaint_reference_told: "We're sorry. Thanks for the reference.",
    draft_churn: "We're sorry to hear that.",
    draft_account: 'Send us your e-mail here.',
    draft_account_order: 'Send us the order number here.',
    draft_account_trip: 'Send us your booking reference here.',
    draft_account_visit: 'Send us your contract number here.',
    draft_security: 'Never share codes. Write to us privately: {dm_link}',
    draft_security_dm: 'Never share codes.',
    draft_bereavement: "We're so sorry for your loss. Write to us privately: {dm_link}",
    draft_bereavement_dm: "We're so sorry for your loss. Tell us what you'd like us to do.",
    draft_safety: 'Safety first.',
    draft_legal: 'We passed this on.',
    draft_abuse: "We're here to help.",
    draft_human: 'A colleague here.',
    draft_repeated: 'Sorry for the wait.',
    draft_no_answer: "We're checking.",
    welcome: 'Hi! Ask us anything.',
  };
  return Object.entries({ ...base, ...overrides })
    .filter(([, value]) => value !== null)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n');
}

describe('loadReplyTemplates', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pronto-templates-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function problemsFor(files: Record<string, string>): Promise<string[]> {
    for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
    const error: unknown = await loadReplyTemplates(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReplyTemplatesError);
    return (error as ReplyTemplatesError).problems;
  }

  it('loads every key in five languages when reading the shipped prompts folder', async () => {
    const templates = await loadReplyTemplates(PROMPTS_DIR);
    expect([...templates.keys()].sort()).toEqual(SHIPPED_LANGUAGES);
    for (const set of templates.values()) {
      for (const key of TEMPLATE_KEYS) {
        expect(set[key].length).toBeGreaterThan(0);
        expect([...set[key]].length).toBeLessThanOrEqual(MAX_TEMPLATE_CHARS);
      }
    }
  });

  it('never pushes the customer to a phone line or another team when reading the shipped holds', async () => {
    const templates = await loadReplyTemplates(PROMPTS_DIR);
    const pushAway = /toll|free.?phone|numero verde|gratuit|kostenlos|hotline|social team|team social|equipo de redes/i;
    for (const set of templates.values()) {
      for (const key of TEMPLATE_KEYS) expect(set[key]).not.toMatch(pushAway);
    }
  });

  it('never drafts for an agent a text the bot sends itself when reading the shipped templates', async () => {
    const templates = await loadReplyTemplates(PROMPTS_DIR);
    const drafts = TEMPLATE_KEYS.filter((key) => key.startsWith('draft_') && key !== 'draft_language_note');
    const botSends = TEMPLATE_KEYS.filter((key) => !key.startsWith('draft_'));
    for (const set of templates.values()) {
      const sent = new Set(botSends.map((key) => set[key]));
      for (const key of drafts) expect(sent.has(set[key])).toBe(false);
      expect(new Set(drafts.map((key) => set[key])).size).toBe(drafts.length);
    }
  });

  it('reads the folder itself when it has no replies subfolder', async () => {
    await writeFile(path.join(dir, 'en.yaml'), aTemplateSet());
    const templates = await loadReplyTemplates(dir);
    expect(templates.get('en')?.thanks).toBe('Thank you!');
  });

  it('prefers the replies subfolder when the prompts folder is given', async () => {
    await mkdir(path.join(dir, 'replies'));
    await writeFile(path.join(dir, 'replies', 'de.yaml'), aTemplateSet({ thanks: 'Danke!' }));
    const templates = await loadReplyTemplates(dir);
    expect(templates.get('de')?.thanks).toBe('Danke!');
  });

  it('names the file and the key when a key is missing', async () => {
    const problems = await problemsFor({ 'en.yaml': aTemplateSet(), 'fr.yaml': aTemplateSet({ hold: null }) });
    expect(problems).toEqual([`${path.join(dir, 'fr.yaml')}: key "hold" is missing: add a line \`hold: "..."\``]);
  });

  // A file written before visits had templates would leave a missed technician with "since when
  // hasn't it worked?": every language must write them.
  it.each(['dm_request_visit', 'draft_fault_visit', 'draft_fault_visit_dm', 'draft_complaint_visit', 'draft_complaint_visit_dm', 'draft_account_visit'] as const)(
    'names the file and the key when the visit template %s is missing',
    async (key) => {
      const problems = await problemsFor({ 'en.yaml': aTemplateSet(), 'de.yaml': aTemplateSet({ [key]: null }) });
      expect(problems).toEqual([`${path.join(dir, 'de.yaml')}: key "${key}" is missing: add a line \`${key}: "..."\``]);
    },
  );

  it('takes the DM link in the public visit drafts only', async () => {
    await writeFile(path.join(dir, 'en.yaml'), aTemplateSet());
    expect((await loadReplyTemplates(dir)).get('en')?.draft_fault_visit).toContain('{dm_link}');
    const problems = await problemsFor({ 'en.yaml': aTemplateSet({ draft_fault_visit_dm: 'Write to us: {dm_link}' }) });
    expect(problems).toEqual([expect.stringContaining('key "draft_fault_visit_dm" uses an unknown placeholder {dm_link} (none are allowed here)')]);
  });

  it('reports every broken file together when several files are wrong', async () => {
    const problems = await problemsFor({
      'es.yaml': aTemplateSet({ thanks: null }),
      'it.yaml': aTemplateSet({ ask_back: '' }),
    });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('es.yaml: key "thanks" is missing');
    expect(problems[1]).toContain('it.yaml: key "ask_back" must be a non-empty text');
  });

  it.each<[string, Partial<Record<TemplateKey, string>>, string]>([
    ['an unknown placeholder', { hold: 'Hi {nmae}' }, 'key "hold" uses an unknown placeholder {nmae} (none are allowed here)'],
    ['a placeholder of another key', { thanks: 'Thanks {dm_link}' }, 'key "thanks" uses an unknown placeholder {dm_link}'],
    ['a DM link in a draft that stays where it is', { draft_fault: 'Write to us: {dm_link}' }, 'key "draft_fault" uses an unknown placeholder {dm_link} (none are allowed here)'],
    ['a greeting without the name', { greeting: 'Hello!' }, 'key "greeting" must contain {name}'],
    ['a template over the limit', { hold: 'x'.repeat(MAX_TEMPLATE_CHARS + 1) }, `key "hold" is too long (${MAX_TEMPLATE_CHARS + 1} characters`],
  ])('names the file, the key and the fix when a template has %s', async (_, overrides, expected) => {
    const problems = await problemsFor({ 'en.yaml': aTemplateSet(overrides) });
    expect(problems).toEqual([expect.stringContaining(`${path.join(dir, 'en.yaml')}: ${expected}`)]);
  });

  it('names the unknown key when a key is misspelled', async () => {
    const problems = await problemsFor({ 'en.yaml': `${aTemplateSet()}\nhodl: "wait"` });
    expect(problems).toEqual([expect.stringContaining('en.yaml: unknown key "hodl" (known keys: greeting,')]);
  });

  it('names the file when the YAML does not parse', async () => {
    const problems = await problemsFor({ 'en.yaml': 'greeting: "Hi {name}!\nhold: [' });
    expect(problems).toEqual([expect.stringContaining(`${path.join(dir, 'en.yaml')}: not valid YAML`)]);
  });

  it('asks for a language code when a file name is not one', async () => {
    const problems = await problemsFor({ 'english.yaml': aTemplateSet() });
    expect(problems).toEqual([expect.stringContaining('english.yaml: the file name must be a two-letter language code')]);
  });

  it('says which folder is empty when no template file exists', async () => {
    const problems = await problemsFor({});
    expect(problems).toEqual([`${dir}: no <lang>.yaml files found (e.g. en.yaml)`]);
  });
});

describe('renderTemplate', () => {
  it('fills the placeholders when values are given', () => {
    expect(renderTemplate('Ciao {name}!', { name: 'Mario' })).toBe('Ciao Mario!');
  });

  it('removes a missing link with its space and ends the sentence when the link was last', () => {
    expect(renderTemplate("Let's continue in private: {dm_link}", {})).toBe("Let's continue in private.");
    expect(renderTemplate('Continuons en privé : {dm_link}', { dm_link: undefined })).toBe('Continuons en privé.');
  });

  it('keeps the link in place when it is given', () => {
    expect(renderTemplate('Write here: {dm_link}', { dm_link: 'https://x.com/m' })).toBe('Write here: https://x.com/m');
  });

  it('keeps French spacing before punctuation when the value is present', () => {
    expect(renderTemplate('Bonjour {name} !', { name: 'Marie' })).toBe('Bonjour Marie !');
  });
});
