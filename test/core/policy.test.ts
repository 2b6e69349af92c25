import { describe, expect, it } from 'vitest';
import type {
  InboundMessage,
  MessageTrait,
  PersonalDataFinding,
  Plan,
  Triage,
} from '../../src/core/model.ts';
import { decidePlan, type Candidate, type PolicyInput } from '../../src/core/policy.ts';
import { DEFAULT_SETTINGS } from '../../src/core/settings.ts';
import { aMessage, aTriage } from '../support/builders.ts';

function aCandidate(overrides: Partial<Candidate> = {}): Candidate {
  return {
    id: 'top-up',
    confidence: 0.9,
    visibility: 'public',
    kind: 'answer',
    hasTranslation: true,
    ...overrides,
  };
}

const aPhone: PersonalDataFinding = { type: 'phone', start: 10, end: 20, value: '3331234567' };

interface InputOverrides {
  message?: Partial<InboundMessage>;
  triage?: Partial<Triage>;
  candidates?: Candidate[];
  conversation?: Partial<PolicyInput['conversation']>;
  settings?: Partial<PolicyInput['settings']>;
}

function anInput(overrides: InputOverrides = {}): PolicyInput {
  return {
    message: aMessage(overrides.message),
    triage: aTriage(overrides.triage),
    settings: { ...DEFAULT_SETTINGS, ...overrides.settings },
    candidates: overrides.candidates ?? [],
    conversation: { mode: 'bot', customerPostsBefore: 0, ...overrides.conversation },
  };
}

const traits = (...list: MessageTrait[]) => ({ traits: list });
const dmMessage = { kind: 'dm' } as const;
const privateEntry = aCandidate({ id: 'refund', visibility: 'private' });
const notice = aCandidate({ id: 'outage', kind: 'notice', confidence: 0.7 });

describe('decidePlan on what real posts say', () => {
  it.each<[string, InputOverrides, Plan]>([
    [
      'hands a number hijack to a person at once, urgent, with a holding reply',
      { triage: traits('security', 'complaint') },
      [{ do: 'hold' }, { do: 'handoff', priority: 'urgent', reasons: ['no-confident-answer', 'security', 'complaint'], entryIds: [] }],
    ],
    [
      'moves an account taken over to a DM and hands it over urgent',
      { triage: traits('security', 'account') },
      [{ do: 'acknowledge', why: 'account' }, { do: 'dm' }, { do: 'handoff', priority: 'urgent', reasons: ['account', 'security'], entryIds: [] }],
    ],
    [
      'raises a complaint with a churn threat to high',
      { triage: traits('complaint', 'churn') },
      [{ do: 'hold' }, { do: 'handoff', priority: 'high', reasons: ['no-confident-answer', 'complaint', 'churn'], entryIds: [] }],
    ],
    [
      'raises a fault with a churn threat to urgent',
      { triage: traits('faulty', 'churn') },
      [{ do: 'hold' }, { do: 'handoff', priority: 'urgent', reasons: ['no-confident-answer', 'faulty', 'churn'], entryIds: [] }],
    ],
    [
      'never thanks sarcasm: ironic thanks are a complaint',
      { triage: { traits: ['thanks', 'complaint', 'ironic'], sentiment: 'negative' } },
      [{ do: 'hold' }, { do: 'handoff', priority: 'normal', reasons: ['no-confident-answer', 'complaint', 'ironic'], entryIds: [] }],
    ],
    [
      'does not thank in public when the thanks come with a negative tone',
      { triage: { traits: ['thanks'], sentiment: 'negative' } },
      [{ do: 'hold' }, { do: 'handoff', priority: 'low', reasons: ['no-confident-answer'], entryIds: [] }],
    ],
    [
      'answers a fault report from an active notice, the only answer the company stands behind',
      { triage: traits('faulty'), candidates: [aCandidate({ id: 'apn', confidence: 0.95 }), notice] },
      [{ do: 'answer', entryId: 'outage' }],
    ],
    [
      'gives the kind note and the DM to personal data posted in a complaint that asks for a person',
      { triage: { traits: ['complaint', 'human'], personalData: [aPhone] } },
      [
        { do: 'acknowledge', why: 'personal-data' },
        { do: 'dm' },
        { do: 'handoff', priority: 'normal', reasons: ['complaint', 'human', 'personal-data'], entryIds: [] },
      ],
    ],
    [
      'gives the kind note and the DM to personal data posted with a legal threat',
      { triage: { traits: ['legal'], personalData: [aPhone] } },
      [
        { do: 'acknowledge', why: 'personal-data' },
        { do: 'dm' },
        { do: 'handoff', priority: 'urgent', reasons: ['legal', 'personal-data'], entryIds: [] },
      ],
    ],
    [
      'hands a post in a language we do not serve to a person, at normal priority at least, since no rule can read it',
      { triage: { lang: 'ja', traits: [] }, candidates: [aCandidate()] },
      [{ do: 'hold' }, { do: 'handoff', priority: 'normal', reasons: ['no-answer-in-language', 'unread-language'], entryIds: [] }],
    ],
    [
      'raises a churn threat to high once, though triage also rates it time-critical',
      { triage: { traits: ['complaint', 'churn'], urgency: 'high' } },
      [{ do: 'hold' }, { do: 'handoff', priority: 'high', reasons: ['no-confident-answer', 'complaint', 'churn'], entryIds: [] }],
    ],
    [
      'puts a post that cannot wait at high priority at least',
      { triage: { traits: ['question'], urgency: 'high' } },
      [{ do: 'hold' }, { do: 'handoff', priority: 'high', reasons: ['no-confident-answer', 'time-critical'], entryIds: [] }],
    ],
  ])('%s', (_name, overrides, expected) => {
    expect(decidePlan(anInput(overrides))).toEqual(expected);
  });
});

describe('decidePlan', () => {
  it.each<[string, InputOverrides, Plan]>([
    // Silence, always with a reason.
    ['ignores the post when triage marks it as the brand own post', { triage: traits('own-post') }, [{ do: 'ignore', reasons: ['own-post'] }]],
    ['ignores the post when the author is a brand account', { settings: { brandUserIds: ['u42'] } }, [{ do: 'ignore', reasons: ['own-post'] }]],
    ['ignores the post when the author handle is a brand handle', { settings: { brandHandles: ['MRossi'] } }, [{ do: 'ignore', reasons: ['own-post'] }]],
    ['ignores a retweet when triage marks it', { triage: traits('retweet', 'question') }, [{ do: 'ignore', reasons: ['retweet'] }]],
    ['ignores a retweet when the platform flags it', { message: { retweet: true } }, [{ do: 'ignore', reasons: ['retweet'] }]],
    ['ignores spam when triage marks it', { triage: traits('spam'), candidates: [aCandidate()] }, [{ do: 'ignore', reasons: ['spam'] }]],
    [
      'stays quiet when an agent owns the conversation',
      { conversation: { mode: 'with_agent' }, candidates: [aCandidate()] },
      [{ do: 'ignore', reasons: ['agent-owns-conversation'] }],
    ],
    [
      'hands a message without text (a sticker, a photo) to a human without any bot reply',
      { message: { text: ' ' }, triage: traits('vague') },
      [{ do: 'handoff', priority: 'low', reasons: ['no-text'], entryIds: [] }],
    ],
    // Legal, safety, abuse, humans.
    [
      'hands off at once with a holding reply when the customer threatens legal action',
      { triage: traits('legal', 'complaint'), candidates: [aCandidate()] },
      [{ do: 'hold' }, { do: 'handoff', priority: 'urgent', reasons: ['legal', 'complaint'], entryIds: [] }],
    ],
    [
      'hands off at once with a holding reply when safety is at stake',
      { triage: traits('safety', 'faulty') },
      [{ do: 'hold' }, { do: 'handoff', priority: 'urgent', reasons: ['safety', 'faulty'], entryIds: [] }],
    ],
    [
      'hands abuse to a human without any bot reply',
      { triage: traits('abuse'), candidates: [aCandidate()] },
      [{ do: 'handoff', priority: 'normal', reasons: ['abuse'], entryIds: [] }],
    ],
    [
      'hands off with a holding reply when the customer asks for a person',
      { triage: traits('human', 'question'), candidates: [aCandidate()] },
      [{ do: 'hold' }, { do: 'handoff', priority: 'normal', reasons: ['human'], entryIds: [] }],
    ],
    [
      'continues in a DM when the customer asks for a person about their own account ("sent you a DM about my booking")',
      { triage: traits('human', 'account'), candidates: [aCandidate()] },
      [
        { do: 'acknowledge', why: 'account' },
        { do: 'dm' },
        { do: 'handoff', priority: 'normal', reasons: ['account', 'human'], entryIds: [] },
      ],
    ],
    [
      'keeps the holding reply when a request for a person about the account comes in a DM already',
      { message: dmMessage, triage: traits('human', 'account') },
      [{ do: 'hold' }, { do: 'handoff', priority: 'normal', reasons: ['account', 'human'], entryIds: [] }],
    ],
    [
      'keeps the holding reply for a request for a person about the account in a language we do not serve',
      { triage: { lang: 'ja', traits: ['human', 'account'] } },
      [{ do: 'hold' }, expect.objectContaining({ do: 'handoff', reasons: expect.arrayContaining(['account', 'human']) })],
    ],
    [
      'keeps the holding reply for a legal threat about the customer\'s account, with a request for a person',
      { triage: traits('legal', 'human', 'account') },
      [{ do: 'hold' }, { do: 'handoff', priority: 'urgent', reasons: ['legal', 'account', 'human'], entryIds: [] }],
    ],
    [
      'hands off with condolences first, never the matching entry, when the customer tells of a death in the family',
      { triage: traits('question', 'account', 'bereavement'), candidates: [aCandidate()] },
      [{ do: 'hold' }, { do: 'handoff', priority: 'normal', reasons: ['account', 'bereavement'], entryIds: [] }],
    ],
    [
      'hands off a death told with thanks instead of thanking in public',
      { triage: traits('thanks', 'bereavement') },
      [{ do: 'hold' }, { do: 'handoff', priority: 'normal', reasons: ['bereavement'], entryIds: [] }],
    ],
    // Personal data in public.
    [
      'moves to DM with the private entry when an account matter comes with personal data in public',
      { triage: { traits: ['account'], personalData: [aPhone] }, candidates: [privateEntry] },
      [{ do: 'acknowledge', why: 'personal-data' }, { do: 'dm', entryId: 'refund' }],
    ],
    [
      'asks for details in DM and hands off when personal data comes with an account matter and no entry',
      { triage: { traits: ['account'], personalData: [aPhone] } },
      [
        { do: 'acknowledge', why: 'personal-data' },
        { do: 'dm' },
        { do: 'handoff', priority: 'normal', reasons: ['account', 'personal-data'], entryIds: [] },
      ],
    ],
    [
      'hands a complaint with personal data to a human even when a private entry answers it',
      { triage: { traits: ['complaint', 'account'], personalData: [aPhone] }, candidates: [privateEntry] },
      [
        { do: 'acknowledge', why: 'personal-data' },
        { do: 'dm', entryId: 'refund' },
        { do: 'handoff', priority: 'normal', reasons: ['complaint', 'account', 'personal-data'], entryIds: [] },
      ],
    ],
    [
      'hands off a question nobody can answer when it comes with personal data in public',
      { triage: { traits: ['question'], personalData: [aPhone] } },
      [
        { do: 'acknowledge', why: 'personal-data' },
        { do: 'dm' },
        { do: 'handoff', priority: 'low', reasons: ['no-confident-answer', 'personal-data'], entryIds: [] },
      ],
    ],
    [
      'does not answer in another language when personal data comes with an untranslated entry',
      { triage: { traits: ['question'], personalData: [aPhone] }, candidates: [aCandidate({ hasTranslation: false })] },
      [
        { do: 'acknowledge', why: 'personal-data' },
        { do: 'dm' },
        { do: 'handoff', priority: 'low', reasons: ['no-answer-in-language', 'personal-data'], entryIds: [] },
      ],
    ],
    [
      'answers in the DM without a public acknowledgement when personal data arrives in a DM',
      { message: dmMessage, triage: { traits: ['question'], personalData: [aPhone] }, candidates: [aCandidate()] },
      [{ do: 'answer', entryId: 'top-up' }],
    ],
    // Account matters.
    [
      'acknowledges in public and continues in DM with the private entry when an account matter is public',
      { triage: traits('account'), candidates: [privateEntry] },
      [{ do: 'acknowledge', why: 'account' }, { do: 'dm', entryId: 'refund' }],
    ],
    [
      'acknowledges, asks for details in DM and hands off when a public account matter has no entry',
      { triage: traits('account') },
      [
        { do: 'acknowledge', why: 'account' },
        { do: 'dm' },
        { do: 'handoff', priority: 'normal', reasons: ['account'], entryIds: [] },
      ],
    ],
    [
      'passes a confident public entry to the agent draft when a public account matter has no private entry',
      { triage: traits('account'), candidates: [aCandidate()] },
      [
        { do: 'acknowledge', why: 'account' },
        { do: 'dm' },
        { do: 'handoff', priority: 'normal', reasons: ['account'], entryIds: ['top-up'] },
      ],
    ],
    [
      'answers with the private entry when the account matter arrives in a DM',
      { message: dmMessage, triage: traits('account'), candidates: [privateEntry] },
      [{ do: 'answer', entryId: 'refund' }],
    ],
    [
      'hands off with a holding reply when an account matter in a DM has no entry',
      { message: dmMessage, triage: traits('account') },
      [{ do: 'hold' }, { do: 'handoff', priority: 'normal', reasons: ['account'], entryIds: [] }],
    ],
    [
      'hands off when the customer follows up in the DM with personal data',
      { message: dmMessage, triage: { traits: ['account'], personalData: [aPhone] }, candidates: [privateEntry] },
      [{ do: 'hold' }, { do: 'handoff', priority: 'normal', reasons: ['account'], entryIds: [] }],
    ],
    [
      'hands off instead of repeating the entry when the customer follows up in the DM',
      { message: dmMessage, triage: traits('account'), candidates: [privateEntry], conversation: { customerPostsBefore: 1 } },
      [{ do: 'hold' }, { do: 'handoff', priority: 'normal', reasons: ['account'], entryIds: [] }],
    ],
    // Confident matches.
    ['answers in public when the best match is confident and public', { candidates: [aCandidate()] }, [{ do: 'answer', entryId: 'top-up' }]],
    [
      'answers when the confidence equals the threshold',
      { candidates: [aCandidate({ confidence: 0.6 })], settings: { answerThreshold: 0.6 } },
      [{ do: 'answer', entryId: 'top-up' }],
    ],
    [
      'hands off with a holding reply when the confident entry does not exist in the customer language',
      { candidates: [aCandidate({ hasTranslation: false })] },
      [{ do: 'hold' }, { do: 'handoff', priority: 'low', reasons: ['no-answer-in-language'], entryIds: ['top-up'] }],
    ],
    [
      'acknowledges and continues in DM when a confident private entry matches a public post',
      { candidates: [privateEntry] },
      [{ do: 'acknowledge', why: 'account' }, { do: 'dm', entryId: 'refund' }],
    ],
    ['answers with a private entry when the message is a DM', { message: dmMessage, candidates: [privateEntry] }, [{ do: 'answer', entryId: 'refund' }]],
    [
      'continues in DM with the private entry and still hands a public complaint to a person',
      { triage: traits('complaint'), candidates: [privateEntry] },
      [
        { do: 'acknowledge', why: 'account' },
        { do: 'dm', entryId: 'refund' },
        { do: 'handoff', priority: 'normal', reasons: ['complaint'], entryIds: [] },
      ],
    ],
    [
      'continues in DM with the private entry and still hands a churn threat to a person at high',
      { triage: traits('account', 'churn'), candidates: [privateEntry] },
      [
        { do: 'acknowledge', why: 'account' },
        { do: 'dm', entryId: 'refund' },
        { do: 'handoff', priority: 'high', reasons: ['account', 'churn'], entryIds: [] },
      ],
    ],
    [
      'answers an outage complaint from the active notice when another entry ranks first',
      { triage: traits('faulty', 'complaint'), candidates: [aCandidate({ id: 'app-crash' }), notice] },
      [{ do: 'answer', entryId: 'outage' }],
    ],
    [
      'answers from the notice and still hands off when an influencer reports a faulty service',
      { triage: { traits: ['faulty'], influencer: true }, candidates: [notice] },
      [
        { do: 'answer', entryId: 'outage' },
        { do: 'handoff', priority: 'urgent', reasons: ['influencer', 'faulty'], entryIds: ['outage'] },
      ],
    ],
    [
      'sends an influencer complaint to a human with the answer as draft when an answer exists',
      { triage: { traits: ['complaint', 'question'], influencer: true }, candidates: [aCandidate()] },
      [{ do: 'hold' }, { do: 'handoff', priority: 'high', reasons: ['complaint', 'influencer'], entryIds: ['top-up'] }],
    ],
    [
      'keeps a private entry out of the draft when an influencer complains in public and the entry answers it',
      { triage: { traits: ['complaint'], influencer: true }, candidates: [privateEntry] },
      [
        { do: 'acknowledge', why: 'account' },
        { do: 'dm', entryId: 'refund' },
        { do: 'handoff', priority: 'high', reasons: ['complaint', 'influencer'], entryIds: [] },
      ],
    ],
    [
      'answers a complaint in a DM from the private entry and still hands it to a person, who gets it as draft',
      { message: dmMessage, triage: traits('complaint'), candidates: [privateEntry] },
      [{ do: 'answer', entryId: 'refund' }, { do: 'handoff', priority: 'normal', reasons: ['complaint'], entryIds: ['refund'] }],
    ],
    [
      'answers an influencer question without a handoff when it is not a complaint',
      { triage: { traits: ['question'], influencer: true }, candidates: [aCandidate()] },
      [{ do: 'answer', entryId: 'top-up' }],
    ],
    // Thanks, vague, nothing confident.
    ['thanks in public when the message is only thanks', { triage: traits('thanks', 'greeting'), candidates: [aCandidate()] }, [{ do: 'thank' }]],
    ['answers when thanks come with a question', { triage: traits('thanks', 'question'), candidates: [aCandidate()] }, [{ do: 'answer', entryId: 'top-up' }]],
    [
      'hands off with a holding reply when nothing answers a specific question',
      { candidates: [aCandidate({ confidence: 0.49 })] },
      [{ do: 'hold' }, { do: 'handoff', priority: 'low', reasons: ['no-confident-answer'], entryIds: [] }],
    ],
    [
      'hands a faulty-product complaint to a human when nothing answers it',
      { triage: traits('faulty', 'complaint') },
      [{ do: 'hold' }, { do: 'handoff', priority: 'high', reasons: ['no-confident-answer', 'faulty', 'complaint'], entryIds: [] }],
    ],
    ['asks back when the message is vague', { triage: traits('vague'), candidates: [aCandidate({ confidence: 0.2 })] }, [{ do: 'ask-back' }]],
    ['hands a complaint about something broken to a human when no notice explains it', { triage: traits('faulty', 'complaint'), candidates: [aCandidate({ id: 'wifi-lento', confidence: 0.9 })] }, [{ do: 'hold' }, expect.objectContaining({ do: 'handoff', entryIds: ['wifi-lento'] })]],
    [
      'never answers a fault report in public with an FAQ entry, even when it is phrased as a question',
      { triage: traits('faulty', 'question'), candidates: [aCandidate({ id: 'wifi-lento', confidence: 0.9 })] },
      [{ do: 'hold' }, { do: 'handoff', priority: 'high', reasons: ['faulty'], entryIds: ['wifi-lento'] }],
    ],
    ['asks back when the message is vague even if a match looks confident', { triage: traits('vague'), candidates: [aCandidate({ confidence: 0.9 })] }, [{ do: 'ask-back' }]],
    ['asks back when the message is only a greeting', { triage: traits('greeting', 'vague') }, [{ do: 'ask-back' }]],
    ['asks back, not answers, when a confident entry shares the lone topic word of a post ("5 hours.")', { triage: { traits: [], loneTopicWord: true }, candidates: [aCandidate({ confidence: 0.93 })] }, [{ do: 'ask-back' }]],
    [
      'hands off a lone topic word that no entry shares, as any post the rules do not recognise',
      { triage: { traits: [], loneTopicWord: true } },
      [{ do: 'hold' }, { do: 'handoff', priority: 'low', reasons: ['no-confident-answer'], entryIds: [] }],
    ],
    [
      'hands off instead of asking back when a post says something the rules do not recognise',
      { triage: { traits: [], sentiment: 'neutral' } },
      [{ do: 'hold' }, { do: 'handoff', priority: 'low', reasons: ['no-confident-answer'], entryIds: [] }],
    ],
    [
      'hands off when an unhappy message matches no trait and no entry',
      { triage: { traits: [], sentiment: 'negative' } },
      [{ do: 'hold' }, { do: 'handoff', priority: 'low', reasons: ['no-confident-answer'], entryIds: [] }],
    ],
    // Repeats.
    [
      'raises the priority when the customer repeats a complaint while waiting for an agent',
      { triage: traits('complaint'), conversation: { mode: 'awaiting_agent', customerPostsBefore: 2 } },
      [{ do: 'hold' }, { do: 'handoff', priority: 'high', reasons: ['no-confident-answer', 'complaint', 'repeated'], entryIds: [] }],
    ],
    [
      'answers every repeated post when the customer is waiting for an agent',
      { candidates: [aCandidate()], conversation: { mode: 'awaiting_agent', customerPostsBefore: 3 } },
      [{ do: 'answer', entryId: 'top-up' }],
    ],
    [
      'keeps the priority when earlier posts were not waiting for an agent',
      { triage: traits('complaint'), conversation: { mode: 'bot', customerPostsBefore: 2 } },
      [{ do: 'hold' }, { do: 'handoff', priority: 'normal', reasons: ['no-confident-answer', 'complaint'], entryIds: [] }],
    ],
  ])('%s', (_, overrides, expected) => {
    expect(decidePlan(anInput(overrides))).toEqual(expected);
  });

  it('puts a faulty product above an information request and legal on top when handing off', () => {
    const priorityOf = (list: MessageTrait[], influencer = false) =>
      decidePlan(anInput({ triage: { traits: list, influencer } })).find((step) => step.do === 'handoff');
    expect(priorityOf(['question'])).toMatchObject({ priority: 'low' });
    expect(priorityOf(['complaint'])).toMatchObject({ priority: 'normal' });
    expect(priorityOf(['complaint'], true)).toMatchObject({ priority: 'high' });
    expect(priorityOf(['faulty'])).toMatchObject({ priority: 'high' });
    expect(priorityOf(['legal'])).toMatchObject({ priority: 'urgent' });
  });

  it('hands off at least high, naming the reason, when triage\'s word model reads something failing now', () => {
    const handoff = decidePlan(anInput({ triage: { traits: ['complaint'], failingNow: true } })).find((step) => step.do === 'handoff');
    expect(handoff).toMatchObject({ priority: 'high', reasons: ['no-confident-answer', 'complaint', 'failing-now'] });
  });

  it('returns at least one step, never answers unsure or untranslated, never answers publicly next to posted personal data and never drafts a private entry for a public thread when traits combine freely', () => {
    const all: MessageTrait[] = [
      'question', 'account', 'complaint', 'faulty', 'security', 'churn', 'ironic', 'legal', 'safety', 'abuse', 'human',
      'bereavement', 'thanks', 'greeting', 'vague', 'spam', 'retweet', 'own-post',
    ];
    const problems: MessageTrait[] = ['complaint', 'faulty', 'security', 'churn', 'ironic'];
    const silent: MessageTrait[] = ['spam', 'retweet', 'own-post'];
    const candidateSets = [[], [aCandidate({ confidence: 0.3 })], [aCandidate({ hasTranslation: false })], [aCandidate()], [privateEntry]];
    let plans = 0;
    for (const first of all) {
      for (const second of all) {
        for (const candidates of candidateSets) {
          for (const kind of ['mention', 'dm'] as const) {
            for (const personalData of [[], [aPhone]]) {
              const input = anInput({ message: { kind }, triage: { traits: [first, second], personalData }, candidates });
              const plan = decidePlan(input);
              plans += 1;
              expect(plan.length).toBeGreaterThan(0);
              const answered = plan.flatMap((s) => (s.do === 'answer' || s.do === 'dm') && s.entryId ? [s.entryId] : []);
              const usable = candidates.filter((c) => c.confidence >= 0.5 && c.hasTranslation).map((c) => c.id);
              expect(usable).toEqual(expect.arrayContaining(answered));
              const quiet = silent.includes(first) || silent.includes(second);
              if (kind === 'mention' && personalData.length > 0) {
                expect(plan.filter((s) => s.do === 'answer')).toEqual([]);
                // Personal data in public always gets the kind note and the DM, also in a complaint.
                if (!quiet) expect(plan.slice(0, 2).map((s) => s.do)).toEqual(['acknowledge', 'dm']);
              }
              if (problems.includes(first) || problems.includes(second)) {
                expect(plan.map((s) => s.do)).not.toContain('thank');
                // A complaint or fault is never answered in public with an FAQ entry.
                if (kind === 'mention') expect(plan.filter((s) => s.do === 'answer')).toEqual([]);
              }
              if (kind === 'mention') {
                const drafted = plan.flatMap((s) => (s.do === 'handoff' ? s.entryIds : []));
                expect(drafted).not.toContain(privateEntry.id);
              }
            }
          }
        }
      }
    }
    expect(plans).toBe(all.length * all.length * candidateSets.length * 2 * 2);
  });

  it('hands files without a word to a person, with a holding reply, and reads the words when there are some', () => {
    const photo = { message: { text: '', attachments: ['router.jpg'] }, triage: traits('vague'), candidates: [aCandidate()] };
    expect(decidePlan(anInput(photo))).toEqual([{ do: 'hold' }, { do: 'handoff', priority: 'low', reasons: ['attachment-only'], entryIds: [] }]);
    expect(decidePlan(anInput({ ...photo, message: { text: 'come faccio a ricaricare?', attachments: ['router.jpg'] }, triage: traits('question') }))).toEqual([
      { do: 'answer', entryId: 'top-up' },
    ]);
  });
});

describe('decidePlan with a model that writes grounded answers', () => {
  const withModel = { groundedAnswerFloor: 0.25 };
  const fallback: Plan = [{ do: 'hold' }, { do: 'handoff', priority: 'low', reasons: ['no-confident-answer'], entryIds: [] }];
  const nearMiss = (overrides: Partial<Candidate> = {}) => aCandidate({ confidence: 0.4, ...overrides });

  it.each<[string, InputOverrides, Plan]>([
    [
      'offers a plain question\'s near misses to the model, with today\'s plan as the fallback',
      { candidates: [nearMiss(), nearMiss({ id: 'roaming', confidence: 0.25 })], settings: withModel },
      [{ do: 'answer-if-grounded', entryIds: ['top-up', 'roaming'], fallback }],
    ],
    [
      'offers at most three entries when more are near misses',
      { candidates: ['a', 'b', 'c', 'd'].map((id) => nearMiss({ id })), settings: withModel },
      [{ do: 'answer-if-grounded', entryIds: ['a', 'b', 'c'], fallback }],
    ],
    ['keeps today\'s plan when no model writes answers', { candidates: [nearMiss()] }, fallback],
    ['keeps today\'s plan when every match is below the floor', { candidates: [nearMiss({ confidence: 0.24 })], settings: withModel }, fallback],
    [
      'leaves out entries without a translation, notices and, in public, private entries',
      { candidates: [nearMiss({ id: 'x', hasTranslation: false }), nearMiss({ id: 'n', kind: 'notice' }), nearMiss({ id: 'p', visibility: 'private' })], settings: withModel },
      fallback,
    ],
    [
      'offers a private entry when the question came in a DM',
      { message: dmMessage, candidates: [nearMiss({ id: 'p', visibility: 'private' })], settings: withModel },
      [{ do: 'answer-if-grounded', entryIds: ['p'], fallback: [{ do: 'hold' }, { do: 'handoff', priority: 'low', reasons: ['no-confident-answer'], entryIds: [] }] }],
    ],
    [
      'still answers a confident match itself when one exists',
      { candidates: [aCandidate({ confidence: 0.7 }), nearMiss({ id: 'roaming' })], settings: withModel },
      [{ do: 'answer', entryId: 'top-up' }],
    ],
  ])('%s', (_, overrides, expected) => {
    expect(decidePlan(anInput(overrides))).toEqual(expected);
  });

  it.each<MessageTrait>(['complaint', 'faulty', 'security', 'churn', 'ironic', 'account', 'legal', 'safety', 'abuse', 'human', 'vague'])(
    'never offers a %s post to the model, however close a match',
    (trait) => {
      for (const kind of ['mention', 'dm'] as const) {
        const plan = decidePlan(anInput({ message: { kind }, triage: traits('question', trait), candidates: [nearMiss()], settings: withModel }));
        expect(plan.map((step) => step.do)).not.toContain('answer-if-grounded');
      }
    },
  );
});
