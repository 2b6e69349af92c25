import { describe, expect, it } from 'vitest';
import { groupGaps } from '../../src/insights/group-gaps.ts';
import { aGap } from '../store/builders.ts';

describe('groupGaps', () => {
  it('puts questions sharing at least half their topic words in one group, biggest group first', () => {
    const { groups } = groupGaps([
      aGap({ question: 'avete offerte per aziende?' }),
      aGap({ question: 'quanto costa il roaming in Giappone?', closest: { id: 'roaming-extra-ue', confidence: 0.3 } }),
      aGap({ question: 'offerte per le aziende con tante linee', closest: { id: 'offerte', confidence: 0.4 } }),
      aGap({ question: 'Offerte aziende?', lang: 'it', closest: { id: 'offerte', confidence: 0.2 } }),
    ]);
    expect(groups.map((group) => [group.count, group.words])).toEqual([
      [3, ['offerte', 'aziende']],
      [1, ['costa', 'roaming', 'giappone']],
    ]);
    expect(groups[0]).toMatchObject({ example: 'avete offerte per aziende?', closest: { id: 'offerte', count: 2 }, untranslated: 0 });
  });

  it('counts languages, most first, and the questions kept from an answer for lack of a translation', () => {
    const {
      groups: [group],
    } = groupGaps([
      aGap({ question: 'Satispay eSIM Giappone', lang: 'it' }),
      aGap({ question: 'Satispay eSIM Giappone', lang: 'it' }),
      aGap({ question: 'Satispay eSIM Giappone', lang: 'en', why: 'no-answer-in-language' }),
    ]);
    expect(group).toMatchObject({ count: 3, languages: [{ lang: 'it', count: 2 }, { lang: 'en', count: 1 }], untranslated: 1 });
  });

  it('ignores redaction placeholders and keeps questions with no topic words in one group of their own', () => {
    const { groups } = groupGaps([
      aGap({ question: 'ciao!!' }),
      aGap({ question: 'ok?' }),
      aGap({ question: 'offerte aziende [email]' }),
      aGap({ question: 'offerte aziende [phone]' }),
    ]);
    expect(groups.map((group) => [group.count, group.words])).toEqual([
      [2, ['offerte', 'aziende']],
      [2, []],
    ]);
  });

  it('returns no groups when there are no gaps', () => {
    expect(groupGaps([])).toEqual({ groups: [], total: 0 });
  });
  it('describes only the biggest groups when a limit is given, and counts them all', () => {
    const gaps = ['offerte aziende', 'offerte aziende', 'roaming Giappone', 'satispay', '!!!'].map((question) => aGap({ question }));
    const grouping = groupGaps(gaps, { limit: 2 });
    expect(grouping.total).toBe(4);
    expect(grouping.groups.map((group) => group.count)).toEqual([2, 1]);
  });
});
