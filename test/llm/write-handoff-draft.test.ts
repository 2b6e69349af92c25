// The agent's draft through the real offline composer and the shipped templates: per reason and
// language, for where it will be sent, and never a text the plan already sends.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Action, HandoffAction, PersonalDataFinding, Plan, PlanStep, PostSubject } from '../../src/core/model.ts';
import { MAX_TWEET_CHARS, countTweetChars } from '../../src/llm/fit-to-channel.ts';
import { renderTemplate, type ReplyTemplates, type TemplateKey } from '../../src/llm/load-reply-templates.ts';
import { LANGUAGES, anEntry, compose, shippedTemplates, type Scenario } from './compose-scenario.ts';

const EMAIL = 'mario.rossi@example.com';
const email: PersonalDataFinding = { type: 'email', start: 22, end: 22 + EMAIL.length, value: EMAIL };
const notice = anEntry({
  id: 'fibre-outage',
  kind: 'notice',
  title: 'C’è un guasto alla fibra a Milano?',
  short: 'Sì, c’è un guasto alla fibra in alcune zone di Milano. Il ripristino è previsto entro le 20:00.',
  body: 'Sì, c’è un guasto alla fibra in alcune zone di Milano. Il ripristino è previsto entro le 20:00.\n\nNon serve riavviare il modem.',
  link: 'https://lumo.example/stato-rete',
});

let templates: ReplyTemplates;
beforeAll(async () => {
  templates = await shippedTemplates();
});

/** Greeting (Mario, or none with `null`) + the template, as the customer would read it. */
function expected(lang: string, key: TemplateKey, name: string | null = 'Mario'): string {
  const set = templates.get(lang)!;
  const greeting = name === null ? set.greeting_no_name : renderTemplate(set.greeting, { name });
  return `${greeting} ${renderTemplate(set[key], {})}`;
}

function handoffStep(reasons: string[], entryIds: string[] = []): PlanStep {
  return { do: 'handoff', priority: 'high', reasons, entryIds };
}

function handoffOf(actions: Action[]): HandoffAction {
  const handoff = actions.find((action): action is HandoffAction => action.type === 'handoff');
  if (handoff === undefined) throw new Error(`no handoff in ${JSON.stringify(actions)}`);
  return handoff;
}

function sentTexts(actions: Action[]): string[] {
  return actions.flatMap((action) => (action.type === 'reply' || action.type === 'dm' ? [action.text] : []));
}

/** A public post on X that carries the customer's e-mail. */
const publicPost = (lang: string, overrides: Scenario = {}): Scenario => ({
  message: { text: `@Brand scrivetemi a ${EMAIL} per favore` },
  triage: { lang, personalData: [email], question: `scrivetemi a ${EMAIL} per favore`, traits: ['complaint'], sentiment: 'negative' },
  ...overrides,
});

describe('writeHandoffDraft (through the offline composer)', () => {
  const publicCases: Array<{ reason: string; key: TemplateKey; plan?: (step: PlanStep) => Plan }> = [
    { reason: 'legal', key: 'draft_legal' },
    { reason: 'safety', key: 'draft_safety' },
    { reason: 'security', key: 'draft_security' },
    { reason: 'bereavement', key: 'draft_bereavement' },
    { reason: 'faulty', key: 'draft_fault' },
    { reason: 'churn', key: 'draft_churn' },
    { reason: 'complaint', key: 'draft_complaint' },
    { reason: 'human', key: 'draft_human' },
    // Insults get no bot reply at all: the draft is the first thing the customer may read.
    { reason: 'abuse', key: 'draft_abuse', plan: (step) => [step] },
    { reason: 'repeated', key: 'draft_repeated' },
    { reason: 'no-confident-answer', key: 'draft_no_answer' },
    { reason: 'no-answer-in-language', key: 'draft_no_answer' },
  ];

  it.each(LANGUAGES.flatMap((lang) => publicCases.map((c) => ({ lang, ...c }))))(
    'drafts $key in $lang, unlike the holding reply, fitting one post, when a public handoff is for $reason',
    async ({ lang, reason, key, plan }) => {
      const step = handoffStep([reason, 'influencer', 'personal-data']);
      const actions = await compose(plan === undefined ? [{ do: 'hold' }, step] : plan(step), publicPost(lang));
      const handoff = handoffOf(actions);
      expect(handoff).toMatchObject({ lang, draftFor: 'reply', draftBy: 'templates', sources: [] });
      expect(handoff.draft).toBe(expected(lang, key));
      expect(sentTexts(actions)).not.toContain(handoff.draft);
      expect(countTweetChars(handoff.draft)).toBeLessThanOrEqual(MAX_TWEET_CHARS);
      expect(handoff.draft).not.toContain(EMAIL);
      expect(handoff.summary).not.toContain(EMAIL);
    },
  );

  // What failed decides what the draft asks for: the order number, the booking reference, the
  // contract number and a time for a new appointment, or since when a service fails; asked for
  // privately when the draft is public.
  const subjectCases: Array<{ reason: 'faulty' | 'complaint'; subject: PostSubject; key: TemplateKey; dmKey: TemplateKey; plain: TemplateKey }> = [
    { reason: 'faulty', subject: 'order', key: 'draft_fault_order', dmKey: 'draft_fault_order_dm', plain: 'draft_fault' },
    { reason: 'faulty', subject: 'trip', key: 'draft_fault_trip', dmKey: 'draft_fault_trip_dm', plain: 'draft_fault' },
    { reason: 'complaint', subject: 'order', key: 'draft_complaint_order', dmKey: 'draft_complaint_order_dm', plain: 'draft_complaint' },
    { reason: 'complaint', subject: 'trip', key: 'draft_complaint_trip', dmKey: 'draft_complaint_trip_dm', plain: 'draft_complaint' },
    { reason: 'faulty', subject: 'visit', key: 'draft_fault_visit', dmKey: 'draft_fault_visit_dm', plain: 'draft_fault' },
    { reason: 'complaint', subject: 'visit', key: 'draft_complaint_visit', dmKey: 'draft_complaint_visit_dm', plain: 'draft_complaint' },
  ];

  it.each(LANGUAGES.flatMap((lang) => subjectCases.map((c) => ({ lang, ...c }))))(
    'drafts $key in public and $dmKey in a DM in $lang for a $reason about an $subject',
    async ({ lang, reason, subject, key, dmKey, plain }) => {
      const triage = { lang, traits: [reason], subject };
      const inPublic = handoffOf(await compose([{ do: 'hold' }, handoffStep([reason])], { triage }));
      expect(inPublic).toMatchObject({ draftFor: 'reply', draft: expected(lang, key) });
      expect(inPublic.draft).not.toBe(expected(lang, plain));
      expect(countTweetChars(inPublic.draft)).toBeLessThanOrEqual(MAX_TWEET_CHARS);
      const inDm = handoffOf(await compose([{ do: 'acknowledge', why: 'account' }, { do: 'dm' }, handoffStep([reason, 'account'])], { triage }));
      expect(inDm).toMatchObject({ draftFor: 'dm', draft: expected(lang, dmKey) });
    },
  );

  it('ends a public order draft on X with the link that opens a DM with the brand', async () => {
    const scenario = { triage: { lang: 'en', traits: ['faulty' as const], subject: 'order' as const }, settings: { xDmRecipientId: '7' } };
    const handoff = handoffOf(await compose([{ do: 'hold' }, handoffStep(['faulty'])], scenario));
    expect(handoff.draft).toMatch(/order number in a private message.*: https:\/\/x\.com\/messages\/compose\?recipient_id=7$/);
    expect(countTweetChars(handoff.draft)).toBeLessThanOrEqual(MAX_TWEET_CHARS);
  });

  // A technician who never came: a new appointment is booked with the contract number, asked for
  // privately; the link goes in public, never in a DM.
  it.each(['faulty', 'complaint'] as const)('asks in a private message for a new appointment, with the DM link, when a public %s is about a visit', async (reason) => {
    const scenario = { triage: { lang: 'en', traits: [reason], subject: 'visit' as const }, settings: { xDmRecipientId: '7' } };
    const inPublic = handoffOf(await compose([{ do: 'hold' }, handoffStep([reason])], scenario));
    expect(inPublic.draftFor).toBe('reply');
    expect(inPublic.draft).toMatch(/private message with your contract number.*new (one|appointment): https:\/\/x\.com\/messages\/compose\?recipient_id=7$/);
    expect(countTweetChars(inPublic.draft)).toBeLessThanOrEqual(MAX_TWEET_CHARS);
    const inDm = handoffOf(await compose([{ do: 'acknowledge', why: 'account' }, { do: 'dm' }, handoffStep([reason, 'account'])], scenario));
    expect(inDm.draftFor).toBe('dm');
    expect(inDm.draft).toMatch(/send us here your contract number/);
    expect(inDm.draft).not.toContain('x.com/messages');
  });

  it.each(LANGUAGES)('offers condolences before the fault, in a DM too, in %s when the customer tells of a death', async (lang) => {
    const triage = { lang, traits: ['faulty' as const, 'bereavement' as const], subject: 'trip' as const };
    const inPublic = handoffOf(await compose([{ do: 'hold' }, handoffStep(['faulty', 'bereavement'])], { triage }));
    expect(inPublic).toMatchObject({ draftFor: 'reply', draft: expected(lang, 'draft_bereavement') });
    const inDm = handoffOf(await compose([{ do: 'acknowledge', why: 'account' }, { do: 'dm' }, handoffStep(['bereavement', 'account'])], { triage }));
    expect(inDm).toMatchObject({ draftFor: 'dm', draft: expected(lang, 'draft_bereavement_dm') });
  });

  it('keeps the fault draft about the service when a fault names no order or journey', async () => {
    const handoff = handoffOf(await compose([{ do: 'hold' }, handoffStep(['faulty'])], { triage: { lang: 'en', traits: ['faulty'] } }));
    expect(handoff.draft).toBe(expected('en', 'draft_fault'));
  });

  it.each(LANGUAGES)('does not ask since when, in %s, when the customer already said it', async (lang) => {
    const triage = { lang, traits: ['faulty' as const], toldSince: true as const };
    const handoff = handoffOf(await compose([{ do: 'hold' }, handoffStep(['faulty'])], { triage }));
    expect(handoff.draft).toBe(expected(lang, 'draft_fault_since_told'));
    expect(handoff.draft).not.toBe(expected(lang, 'draft_fault'));
  });

  it.each(LANGUAGES)('does not ask again, in %s, for the booking reference or the order number the customer wrote out', async (lang) => {
    const trip = { lang, traits: ['faulty' as const], subject: 'trip' as const, toldReference: true as const };
    const inPublic = handoffOf(await compose([{ do: 'hold' }, handoffStep(['faulty'])], { triage: trip }));
    expect(inPublic).toMatchObject({ draftFor: 'reply', draft: expected(lang, 'draft_fault_reference_told') });
    const inDm = handoffOf(await compose([{ do: 'acknowledge', why: 'account' }, { do: 'dm' }, handoffStep(['faulty', 'account'])], { triage: trip }));
    expect(inDm).toMatchObject({ draftFor: 'dm', draft: expected(lang, 'draft_fault_reference_told') });
    const order = { lang, traits: ['complaint' as const], subject: 'order' as const, toldReference: true as const };
    const complaint = handoffOf(await compose([{ do: 'hold' }, handoffStep(['complaint'])], { triage: order }));
    expect(complaint.draft).toBe(expected(lang, 'draft_complaint_reference_told'));
  });

  it('still asks for the contract number of a missed visit when a reference was written out', async () => {
    const triage = { lang: 'en', traits: ['faulty' as const], subject: 'visit' as const, toldReference: true as const };
    const handoff = handoffOf(await compose([{ do: 'hold' }, handoffStep(['faulty'])], { triage }));
    expect(handoff.draft).toBe(expected('en', 'draft_fault_visit'));
  });

  it('drafts for the most important reason, not for the subject, when a fault about an order is also fraud', async () => {
    const triage = { lang: 'en', traits: ['faulty' as const, 'security' as const], subject: 'order' as const };
    const handoff = handoffOf(await compose([{ do: 'hold' }, handoffStep(['security', 'faulty'])], { triage }));
    expect(handoff.draft).toBe(expected('en', 'draft_security'));
  });

  it.each(LANGUAGES.flatMap((lang) => [
    { lang, subject: 'order' as const, key: 'draft_account_order' as const },
    { lang, subject: 'trip' as const, key: 'draft_account_trip' as const },
    { lang, subject: 'visit' as const, key: 'draft_account_visit' as const },
  ]))('drafts $key in $lang for an account matter about an $subject continued in a DM', async ({ lang, subject, key }) => {
    const actions = await compose([{ do: 'acknowledge', why: 'account' }, { do: 'dm' }, handoffStep(['account'])], { triage: { lang, traits: ['account'], subject } });
    const handoff = handoffOf(actions);
    expect(handoff).toMatchObject({ draftFor: 'dm', draft: expected(lang, key) });
    expect(sentTexts(actions)).not.toContain(handoff.draft);
  });

  const dmCases: Array<{ reason: string; key: TemplateKey }> = [
    { reason: 'account', key: 'draft_account' },
    { reason: 'security', key: 'draft_security_dm' },
    { reason: 'complaint', key: 'draft_complaint' },
  ];

  it.each(LANGUAGES.flatMap((lang) => dmCases.map((c) => ({ lang, ...c }))))(
    'drafts $key in $lang as a private message when the plan moved the conversation to DM for $reason',
    async ({ lang, reason, key }) => {
      const actions = await compose(
        [{ do: 'acknowledge', why: 'account' }, { do: 'dm' }, handoffStep([reason])],
        { triage: { lang, traits: ['account'] } },
      );
      const handoff = handoffOf(actions);
      expect(handoff).toMatchObject({ draftFor: 'dm', draft: expected(lang, key) });
      expect(sentTexts(actions)).not.toContain(handoff.draft);
      // A DM text: not the public invitation to continue privately.
      expect(handoff.draft).not.toContain(renderTemplate(templates.get(lang)!.move_to_dm, {}));
    },
  );

  it('drafts a private message when the conversation is a DM', async () => {
    const handoff = handoffOf(await compose([{ do: 'hold' }, handoffStep(['security'])], { message: { kind: 'dm' } }));
    expect(handoff).toMatchObject({ draftFor: 'dm', draft: expected('it', 'draft_security_dm') });
  });

  it('greets without a name when the display name is not one', async () => {
    const scenario = publicPost('en', { message: { author: { id: 'u42', handle: 'mrossi', name: 'lumo-rimborsi.it' } } });
    const handoff = handoffOf(await compose([{ do: 'hold' }, handoffStep(['faulty'])], scenario));
    expect(handoff.draft).toBe(expected('en', 'draft_fault', null));
  });

  it('answers calmly, without apologising for an unstated problem, when an insult comes as a complaint', async () => {
    const handoff = handoffOf(await compose([handoffStep(['complaint', 'abuse'])], { triage: { traits: ['complaint', 'abuse'] } }));
    expect(handoff.draft).toBe(expected('it', 'draft_abuse'));
  });

  it('writes for the most important reason when a handoff has several', async () => {
    const handoff = handoffOf(await compose([{ do: 'hold' }, handoffStep(['no-confident-answer', 'repeated', 'complaint', 'legal'])]));
    expect(handoff.draft).toBe(expected('it', 'draft_legal'));
  });

  it('drafts the next reason when the first one would repeat the public acknowledgement just posted', async () => {
    const actions = await compose([{ do: 'acknowledge', why: 'account' }, handoffStep(['account'])]);
    const handoff = handoffOf(actions);
    expect(sentTexts(actions)).toEqual([expected('it', 'move_to_dm')]);
    expect(handoff).toMatchObject({ draftFor: 'reply', draft: expected('it', 'draft_no_answer') });
  });

  describe('with an active service notice', () => {
    it('apologises and says what is known when the notice was not sent yet', async () => {
      const handoff = handoffOf(await compose([{ do: 'hold' }, handoffStep(['faulty'], [notice.id])], { entries: [notice] }));
      const lead = templates.get('it')!.draft_outage;
      expect(handoff.draft).toBe(`Ciao Mario! ${lead} ${notice.short} ${notice.link}`);
      expect(handoff.sources).toEqual([notice.id]);
      expect(countTweetChars(handoff.draft)).toBeLessThanOrEqual(MAX_TWEET_CHARS);
    });

    it('drafts the fault template, not the notice again, when the bot has just answered with it', async () => {
      const actions = await compose([{ do: 'answer', entryId: notice.id }, handoffStep(['faulty', 'influencer'], [notice.id])], { entries: [notice] });
      expect(handoffOf(actions)).toMatchObject({ draft: expected('it', 'draft_fault'), sources: [] });
    });

    it('keeps to a neutral acknowledgement when the customer threatens legal action', async () => {
      const handoff = handoffOf(await compose([{ do: 'hold' }, handoffStep(['legal', 'faulty'], [notice.id])], { entries: [notice] }));
      expect(handoff).toMatchObject({ draft: expected('it', 'draft_legal'), sources: [] });
    });

    it("drops the notice's sentence that repeats the customer's phone when the draft is public", async () => {
      const phone: PersonalDataFinding = { type: 'phone', start: 0, end: 12, value: '333 123 4567' };
      const leaky = anEntry({ ...notice, short: 'Guasto sulla linea 3331234567. Il ripristino è previsto entro le 20:00.' });
      const handoff = handoffOf(
        await compose([{ do: 'hold' }, handoffStep(['faulty'], [notice.id])], { entries: [leaky], triage: { personalData: [phone] } }),
      );
      expect(handoff.draft.replace(/\D/g, '')).not.toContain('1234567');
      expect(handoff.draft).toContain('Il ripristino è previsto entro le 20:00.');
    });
  });

  it('drafts the matched answer the DM has not sent yet when an account matter moved to DM', async () => {
    const actions = await compose([{ do: 'acknowledge', why: 'account' }, { do: 'dm' }, handoffStep(['account'], ['top-up'])]);
    expect(handoffOf(actions)).toMatchObject({ draftFor: 'dm', draft: `Ciao Mario! ${anEntry().body}`, sources: ['top-up'] });
  });

  it('drafts the reason instead of the answer the DM just sent when personal data moved the conversation', async () => {
    const actions = await compose(
      [{ do: 'acknowledge', why: 'personal-data' }, { do: 'dm', entryId: 'top-up' }, handoffStep(['account', 'personal-data'], ['top-up'])],
      { triage: { personalData: [email] } },
    );
    expect(handoffOf(actions)).toMatchObject({ draftFor: 'dm', draft: expected('it', 'draft_account'), sources: [] });
  });
});
