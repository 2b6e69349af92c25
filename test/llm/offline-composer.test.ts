import { describe, expect, it } from 'vitest';
import type { KnowledgeEntry, PersonalDataFinding, Plan } from '../../src/core/model.ts';
import { MAX_TWEET_CHARS, countTweetChars } from '../../src/llm/fit-to-channel.ts';
import { renderTemplate, type TemplateKey } from '../../src/llm/load-reply-templates.ts';
import { parseBusinessHours } from '../../src/core/business-hours.ts';
import { LANGUAGES, anEntry, compose, template, textOf, type Scenario } from './compose-scenario.ts';

const LINK = 'https://help.example.com/top-up';
const CARD = '4111 1111 1111 1111';

describe('createOfflineComposer', () => {
  describe('answers', () => {
    it('greets by first name and answers with the short text when replying to a mention on X', async () => {
      const actions = await compose([{ do: 'answer', entryId: 'top-up' }]);
      expect(actions).toEqual([
        {
          event: 'm1',
          type: 'reply',
          channel: 'twitter',
          to: 'u42',
          lang: 'it',
          text: 'Ciao Mario! Puoi ricaricare dall’app in pochi secondi.',
          sources: ['top-up'],
        },
      ]);
    });

    it('greets without a name and never with the handle when the author has no name', async () => {
      const [action] = await compose([{ do: 'answer', entryId: 'top-up' }], {
        message: { author: { id: 'u42', handle: 'mrossi' } },
      });
      expect(textOf(action)).toBe('Ciao! Puoi ricaricare dall’app in pochi secondi.');
    });

    it.each([
      ['a domain', 'lumo-rimborsi.it', {}],
      ['an insult', 'Stupido', {}],
      ['a word of the brand handle', 'Lumo Rimborsi', { brandHandles: ['LumoAiuta'] }],
    ])('greets without a name when the display name is %s', async (_, name, settings) => {
      const [action] = await compose([{ do: 'answer', entryId: 'top-up' }], {
        message: { author: { id: 'u42', handle: 'mrossi', name } },
        settings,
      });
      expect(textOf(action)).toBe('Ciao! Puoi ricaricare dall’app in pochi secondi.');
    });

    it('keeps the link when it fits one post', async () => {
      const [action] = await compose([{ do: 'answer', entryId: 'top-up' }], { entries: [anEntry({ link: LINK })] });
      expect(textOf(action)).toBe(`Ciao Mario! Puoi ricaricare dall’app in pochi secondi. ${LINK}`);
    });

    it('drops the link when the short answer fills the post', async () => {
      const short = `${'Ricarica dall’app '.repeat(14).trim()}.`;
      const [action] = await compose([{ do: 'answer', entryId: 'top-up' }], { entries: [anEntry({ short, link: LINK })] });
      expect(textOf(action)).toBe(`Ciao Mario! ${short}`);
    });

    it('fits one post counting URLs as 23 when the entry is long', async () => {
      const short = Array.from({ length: 20 }, (_, i) => `Passo ${i + 1}: apri l’app e vai su https://help.example.com/steps/${i}.`).join(' ');
      const [action] = await compose([{ do: 'answer', entryId: 'top-up' }], { entries: [anEntry({ short, link: LINK })] });
      expect(countTweetChars(textOf(action))).toBeLessThanOrEqual(MAX_TWEET_CHARS);
      expect(textOf(action)).toMatch(/^Ciao Mario! Passo 1: /);
    });

    it('sends the whole body with the link when the message is a DM', async () => {
      const [action] = await compose([{ do: 'answer', entryId: 'top-up' }], {
        message: { kind: 'dm' },
        entries: [anEntry({ link: LINK })],
      });
      expect(textOf(action)).toBe(`Ciao Mario! ${anEntry().body} ${LINK}`);
    });

    it('sends the whole body when the channel is Bot Framework', async () => {
      const [action] = await compose([{ do: 'answer', entryId: 'top-up' }], { message: { channel: 'botframework', kind: 'dm' } });
      expect(action).toMatchObject({ type: 'reply', channel: 'botframework', text: `Ciao Mario! ${anEntry().body}` });
    });

    it('writes nothing in another language when the entry does not exist in the customer language', async () => {
      const actions = await compose([{ do: 'answer', entryId: 'top-up' }], { triage: { lang: 'en' } });
      expect(actions).toEqual([{ event: 'm1', type: 'ignore', reasons: ['no-text-in-language'] }]);
    });
  });

  describe('templates', () => {
    const templated: Array<[Plan[number], TemplateKey]> = [
      [{ do: 'hold' }, 'hold'],
      [{ do: 'thank' }, 'thanks'],
      [{ do: 'ask-back' }, 'ask_back'],
      [{ do: 'acknowledge', why: 'account' }, 'move_to_dm'],
      [{ do: 'acknowledge', why: 'personal-data' }, 'personal_data'],
      [{ do: 'dm' }, 'dm_request_details'],
    ];

    it.each(LANGUAGES.flatMap((lang) => templated.map(([step, key]) => ({ lang, step, key }))))(
      'writes $key in $lang when the customer writes in $lang',
      async ({ lang, step, key }) => {
        const [action] = await compose([step], { triage: { lang } });
        const greeting = renderTemplate(await template(lang, 'greeting'), { name: 'Mario' });
        const body = renderTemplate(await template(lang, key), {});
        expect(action).toMatchObject({ type: step.do === 'dm' ? 'dm' : 'reply', lang, to: 'u42', sources: [] });
        expect(textOf(action)).toBe(`${greeting} ${body}`);
      },
    );

    it.each(LANGUAGES)('offers condolences in the holding reply in %s when the customer tells of a death in the family', async (lang) => {
      const [action] = await compose([{ do: 'hold' }], { triage: { lang, traits: ['bereavement'] } });
      const greeting = renderTemplate(await template(lang, 'greeting'), { name: 'Mario' });
      expect(textOf(action)).toBe(`${greeting} ${await template(lang, 'hold_bereavement')}`);
      expect(textOf(action)).not.toContain(await template(lang, 'hold'));
    });

    it('says when people are back when the holding reply goes out outside the desk hours', async () => {
      // 2026-01-10 is a Saturday; the desk opens on Monday at 9:00 in Rome.
      const parsed = parseBusinessHours('mon-fri 09:00-18:00', 'Europe/Rome');
      if (!parsed.ok) throw new Error(parsed.error);
      const [closed] = await compose([{ do: 'hold' }], { settings: { deskHours: parsed.hours } });
      expect(textOf(closed)).toBe(`Ciao Mario! ${await template('it', 'hold')} Il nostro team è di nuovo qui lunedì alle 9:00.`);
      const always = parseBusinessHours('mon-sun 00:00-24:00', 'Europe/Rome');
      if (!always.ok) throw new Error(always.error);
      const [open] = await compose([{ do: 'hold' }], { settings: { deskHours: always.hours } });
      expect(textOf(open)).toBe(`Ciao Mario! ${await template('it', 'hold')}`);
    });

    it('skips the holding reply and keeps the handoff when there is no template in the customer language', async () => {
      const actions = await compose(
        [{ do: 'hold' }, { do: 'handoff', priority: 'low', reasons: ['no-answer-in-language'], entryIds: ['top-up'] }],
        { triage: { lang: 'pt' } },
      );
      expect(actions.map((a) => a.type)).toEqual(['handoff']);
      const draft = textOf(actions[0]);
      expect(draft).toBe(
        `${renderTemplate(await template('it', 'draft_language_note'), { lang: 'pt', draft_lang: 'it' })}\nCiao Mario! ${await template('it', 'draft_no_answer')}`,
      );
      expect(actions[0]).toMatchObject({ lang: 'pt', sources: [] });
    });

    it('puts the DM link in the public acknowledgement when the X recipient is configured', async () => {
      const [action] = await compose([{ do: 'acknowledge', why: 'account' }], { settings: { xDmRecipientId: '987' } });
      expect(textOf(action)).toContain('https://x.com/messages/compose?recipient_id=987');
      expect(countTweetChars(textOf(action))).toBeLessThanOrEqual(MAX_TWEET_CHARS);
    });

    it('leaves the DM link out when the channel is not X', async () => {
      const [action] = await compose([{ do: 'acknowledge', why: 'account' }], {
        message: { channel: 'botframework' },
        settings: { xDmRecipientId: '987' },
      });
      expect(textOf(action)).not.toContain('x.com');
    });
  });

  describe('direct messages', () => {
    const refund = anEntry({ id: 'refund', visibility: 'private', body: 'Mandaci la data dell’addebito.\n\nTi rimborsiamo entro 5 giorni.', short: 'Mandaci la data dell’addebito.' });

    it('sends the private entry body in a DM when the plan continues in private', async () => {
      const actions = await compose([{ do: 'acknowledge', why: 'account' }, { do: 'dm', entryId: 'refund' }], { entries: [refund] });
      expect(actions.map((a) => a.type)).toEqual(['reply', 'dm']);
      expect(actions[1]).toMatchObject({ type: 'dm', to: 'u42', sources: ['refund'], text: `Ciao Mario! ${refund.body}` });
    });

    it.each(LANGUAGES.flatMap((lang) => [
      { lang, subject: 'order' as const, key: 'dm_request_order' as const },
      { lang, subject: 'trip' as const, key: 'dm_request_trip' as const },
      { lang, subject: 'visit' as const, key: 'dm_request_visit' as const },
    ]))('asks in $lang for what an $subject is looked up by when no private entry answers', async ({ lang, subject, key }) => {
      const [action] = await compose([{ do: 'dm' }], { triage: { lang, traits: ['account'], subject } });
      const greeting = renderTemplate(await template(lang, 'greeting'), { name: 'Mario' });
      expect(textOf(action)).toBe(`${greeting} ${await template(lang, key)}`);
      expect(textOf(action)).not.toBe(`${greeting} ${await template(lang, 'dm_request_details')}`);
    });

    it('asks for details in the DM when the private entry does not exist in the customer language', async () => {
      const [action] = await compose([{ do: 'dm', entryId: 'refund' }], { entries: [refund], triage: { lang: 'de' } });
      expect(textOf(action)).toBe(`Hallo Mario! ${await template('de', 'dm_request_details')}`);
    });
  });

  describe('handoffs', () => {
    it('drafts for the reason, with the summary, where the customer wrote when the handoff is public', async () => {
      const actions = await compose([{ do: 'handoff', priority: 'high', reasons: ['complaint', 'influencer'], entryIds: ['top-up'] }], {
        triage: { traits: ['complaint'], sentiment: 'negative', question: 'la ricarica non arriva, che vergogna' },
      });
      expect(actions).toEqual([
        {
          event: 'm1',
          type: 'handoff',
          channel: 'twitter',
          priority: 'high',
          reasons: ['complaint', 'influencer'],
          lang: 'it',
          summary: 'Complaint: «la ricarica non arriva, che vergogna» · unhappy · 80 followers · it · topic: Come ricarico?',
          draft: `Ciao Mario! ${await template('it', 'draft_complaint')}`,
          draftFor: 'reply',
          draftBy: 'templates',
          sources: [],
        },
      ]);
    });

    it('drafts the matched answer when the conversation is a DM and the answer was not sent', async () => {
      const [action] = await compose([{ do: 'handoff', priority: 'normal', reasons: ['account'], entryIds: ['top-up'] }], { message: { kind: 'dm' } });
      expect(action).toMatchObject({ draft: `Ciao Mario! ${anEntry().body}`, draftFor: 'dm', sources: ['top-up'] });
    });

    describe('with a private entry', () => {
      const refund = anEntry({
        id: 'refund',
        visibility: 'private',
        body: 'Mandaci la data dell’addebito in DM.\n\nTi rimborsiamo entro 5 giorni sul metodo di pagamento usato.',
        short: 'Mandaci la data dell’addebito in DM.',
      });
      const sentencesOf = (entry: KnowledgeEntry) => entry.body.split(/(?<=[.!?])\s+/u);
      const handoffTo = (entryId: string): Plan => [{ do: 'handoff', priority: 'high', reasons: ['complaint', 'influencer'], entryIds: [entryId] }];

      it("drafts the reason's template without any sentence of the entry when the conversation is public", async () => {
        const [action] = await compose(handoffTo('refund'), { entries: [refund] });
        const draft = textOf(action);
        for (const sentence of sentencesOf(refund)) expect(draft).not.toContain(sentence);
        expect(action).toMatchObject({ draft: `Ciao Mario! ${await template('it', 'draft_complaint')}`, sources: [] });
      });

      it('drafts the entry when the conversation is a DM', async () => {
        const [action] = await compose(handoffTo('refund'), { entries: [refund], message: { kind: 'dm' } });
        expect(action).toMatchObject({ draft: `Ciao Mario! ${refund.body}`, sources: ['refund'] });
      });
    });

    it('drafts a neutral acknowledgement when the customer threatens legal action', async () => {
      const [action] = await compose([{ do: 'handoff', priority: 'urgent', reasons: ['legal'], entryIds: [] }], { triage: { lang: 'fr' } });
      expect(action).toMatchObject({ lang: 'fr', sources: [], draft: `Bonjour Mario ! ${await template('fr', 'draft_legal')}` });
    });

    it('turns an ignore step into an ignore action with its reasons', async () => {
      expect(await compose([{ do: 'ignore', reasons: ['spam'] }])).toEqual([{ event: 'm1', type: 'ignore', reasons: ['spam'] }]);
    });
  });

  describe('privacy', () => {
    const withCard = anEntry({ short: `Esempio: ${CARD} è una carta di prova.`, body: `Esempio: ${CARD} è una carta di prova.` });
    const digits = CARD.replaceAll(' ', '');

    it.each<[string, Plan, Scenario['message']]>([
      ['a public reply', [{ do: 'answer', entryId: 'top-up' }], {}],
      ['a DM', [{ do: 'dm', entryId: 'top-up' }], {}],
      ['a reply in a DM conversation', [{ do: 'answer', entryId: 'top-up' }], { kind: 'dm' }],
      ['a draft', [{ do: 'handoff', priority: 'normal', reasons: ['complaint'], entryIds: ['top-up'] }], { kind: 'dm' }],
    ])('masks card numbers in %s', async (_, plan, message) => {
      const actions = await compose(plan, { entries: [withCard], message });
      expect(actions).toHaveLength(1);
      const text = textOf(actions[0]);
      expect(text.replace(/\D/g, '')).not.toContain(digits);
      expect(text).toContain('carta di prova');
    });

    const email: PersonalDataFinding = { type: 'email', start: 7, end: 25, value: 'mario.rossi@example.com' };
    const phone: PersonalDataFinding = { type: 'phone', start: 30, end: 40, value: '333 123 4567' };

    it('drops the sentence that repeats the customer data when a public answer contains it', async () => {
      const short = 'Scrivici da mario.rossi@example.com. Ricarichi dall’app.';
      const [action] = await compose([{ do: 'answer', entryId: 'top-up' }], {
        entries: [anEntry({ short })],
        triage: { personalData: [email] },
      });
      expect(textOf(action)).toBe('Ciao Mario! Ricarichi dall’app.');
    });

    it('replaces the text with the kind warning when every sentence repeats the customer data', async () => {
      const [action] = await compose([{ do: 'answer', entryId: 'top-up' }], {
        message: { author: { id: 'u42', name: '3331234567' } },
        entries: [anEntry({ short: 'Ti chiamiamo al 3331234567.' })],
        triage: { personalData: [phone] },
      });
      expect(textOf(action)).toBe(`Ciao! ${renderTemplate(await template('it', 'personal_data'), {})}`);
    });

    it('never repeats the customer data in any public text or draft when the plan moves to DM', async () => {
      const actions = await compose(
        [
          { do: 'acknowledge', why: 'personal-data' },
          { do: 'dm' },
          { do: 'handoff', priority: 'normal', reasons: ['account', 'personal-data'], entryIds: ['top-up'] },
        ],
        { entries: [anEntry({ short: 'Il tuo numero 333-1234567 è registrato.' })], triage: { personalData: [email, phone] } },
      );
      expect(actions.map((a) => a.type)).toEqual(['reply', 'dm', 'handoff']);
      for (const action of actions) {
        expect(textOf(action)).not.toContain('mario.rossi@example.com');
        expect(textOf(action).replace(/\D/g, '')).not.toContain('1234567');
      }
    });
  });
});
