// The real-posts evaluation is the yardstick the bot's judgment is tuned against: its reading of
// labels and of the bot's actions must be right. Made-up posts only (the dataset texts may not
// be copied).
import { describe, expect, it } from 'vitest';
import type { Action, Plan, Triage } from '../../src/core/model.ts';
import type { HandledMessage } from '../../src/core/responder.ts';
import { judgeRealPost } from '../../bench/judge-real-post.ts';
import { addressBrand, parseLabels, splitOf, type RealPost, type RealPostLabel } from '../../bench/read-real-posts.ts';

function aPost(overrides: Partial<RealPostLabel> = {}): RealPost {
  const label: RealPostLabel = {
    source: 'twcs', id: '1', split: 'dev', action: 'handoff', minPriority: 'high', thanks: false, topic: 'fault', lang: 'en',
    ...overrides,
  };
  return { label, text: '@Brand my app crashes', brand: 'Brand' };
}

const reply = (text: string, sources: string[] = []): Action =>
  ({ event: 'e', type: 'reply', channel: 'twitter', to: 'a', lang: 'en', text, sources });
const handoff = (priority: 'low' | 'normal' | 'high' | 'urgent', draft: string, reasons: string[] = []): Action =>
  ({ event: 'e', type: 'handoff', channel: 'twitter', priority, reasons, lang: 'en', summary: '', draft, draftFor: 'reply', draftBy: 'templates', sources: [] });

const triage: Triage = {
  lang: 'en', langSource: 'detected', personalData: [], traits: [], sentiment: 'neutral', urgency: 'normal', influencer: false, failingNow: false, question: '',
};

function handled(actions: Action[], plan: Plan = [], triaged: Partial<Triage> = {}): HandledMessage {
  return { actions, explanation: { triage: { ...triage, ...triaged }, candidates: [], plan } };
}

describe('judgeRealPost', () => {
  it('counts a handoff below the minimum priority and a draft that repeats the holding reply', () => {
    const verdict = judgeRealPost(aPost(), handled([reply('Hi! A colleague will get back to you.'), handoff('normal', 'Hi! A colleague will get back to you.')]));

    expect(verdict.bot).toBe('handoff');
    expect(verdict.right).toBe(false);
    expect(verdict.errors).toEqual(['priority-too-low', 'missed-high', 'draft-is-hold']);
  });

  it('counts a thank-you to sarcasm and an ask-back to a stated problem when the plan has them', () => {
    const sarcasm = aPost({ topic: 'sarcasm', minPriority: 'normal' });
    const thanked = judgeRealPost(sarcasm, handled([reply('Thank you!')], [{ do: 'thank' }]));
    const askedBack = judgeRealPost(aPost(), handled([reply('Could you tell us more?')], [{ do: 'ask-back' }]));

    expect(thanked.bot).toBe('thank-you');
    expect(thanked.errors).toEqual(['no-handoff', 'wrong-thanks']);
    expect(askedBack.errors).toEqual(['no-handoff', 'missed-high', 'ask-back-to-problem']);
  });

  it('takes a handoff as right for a question the knowledge has no entry for, and a knowledge answer as wrong', () => {
    const question = aPost({ action: 'answer', minPriority: undefined, topic: 'info' });
    delete question.label.minPriority;

    expect(judgeRealPost(question, handled([reply('Hold on'), handoff('low', 'draft')])).right).toBe(true);
    const answered = judgeRealPost(question, handled([reply('Roaming costs...', ['roaming-ue'])]));
    expect(answered.bot).toBe('answer');
    expect(answered.errors).toEqual(['wrong-answer']);
  });
});

describe('parseLabels', () => {
  const line = (overrides: Record<string, unknown>) =>
    JSON.stringify({ source: 'twcs', id: '1', split: splitOf('twcs', '1'), action: 'dm', minPriority: 'normal', thanks: false, topic: 'account', lang: 'en', ...overrides });

  it('reads a well-formed line', () => {
    expect(parseLabels(`${line({})}\n`)).toEqual([expect.objectContaining({ id: '1', action: 'dm', minPriority: 'normal' })]);
  });

  it('names the line and the field of a mistake', () => {
    expect(() => parseLabels(`${line({})}\n${line({ id: '2', split: splitOf('twcs', '2'), action: 'reply' })}`)).toThrow(/line 2: action must be one of/);
    expect(() => parseLabels(line({ minPriority: undefined }))).toThrow(/line 1: minPriority is required/);
    const wrongSplit = splitOf('twcs', '1') === 'dev' ? 'test' : 'dev';
    expect(() => parseLabels(line({ split: wrongSplit }))).toThrow(/split must be/);
  });
});

describe('addressBrand', () => {
  it('rewrites every mention of the addressed brand and keeps other handles', () => {
    expect(addressBrand('.@ShopHelp my order, not @OtherShop, @shophelp!', 'ShopHelp', 'LumoAiuta')).toBe('.@LumoAiuta my order, not @OtherShop, @LumoAiuta!');
  });

  it('puts the handle in front when the post names the brand only in words', () => {
    expect(addressBrand('ShopHelp lost my parcel @ShopHelpers', 'ShopHelp', 'LumoAiuta')).toBe('@LumoAiuta ShopHelp lost my parcel @ShopHelpers');
  });

  it('says what a fault draft asks about only when a fault is the main reason of the handoff', () => {
    const delivery = aPost({ topic: 'delivery' });
    const fault = (reasons: string[], subject?: 'order' | 'trip') =>
      judgeRealPost(delivery, handled([handoff('high', 'draft', reasons)], [], subject === undefined ? {} : { subject })).faultDraft;

    expect(fault(['faulty'], 'order')).toBe('order');
    expect(fault(['faulty', 'influencer'])).toBe('service');
    expect(fault(['security', 'faulty'], 'order')).toBeUndefined();
    expect(fault(['complaint'], 'trip')).toBeUndefined();
  });
});
