import { describe, expect, it } from 'vitest';
import type { KnowledgeEntry } from '../../src/core/model.ts';
import { DEFAULT_SETTINGS } from '../../src/core/settings.ts';
import { checkKnowledge } from '../../src/knowledge/check-knowledge.ts';
import { createKnowledgeIndex } from '../../src/knowledge/create-knowledge-index.ts';

const NOW = new Date('2026-11-20T09:00:00Z');

function entry(overrides: Partial<KnowledgeEntry> & Pick<KnowledgeEntry, 'id' | 'title' | 'body'>): KnowledgeEntry {
  return {
    lang: 'en',
    questions: [],
    tags: [],
    visibility: 'public',
    kind: 'answer',
    active: true,
    short: overrides.body.split('\n\n')[0] ?? '',
    file: `${overrides.id}.en.md`,
    ...overrides,
  };
}

function offTopicWarnings(entries: KnowledgeEntry[]) {
  return checkKnowledge(entries, createKnowledgeIndex(entries), DEFAULT_SETTINGS, NOW).filter((problem) =>
    problem.message.includes('share no word with the first paragraph'),
  );
}

// The first paragraph is about passwords; most questions ask about something else.
const LOGIN = entry({
  id: 'app-login',
  title: "I can't log in to the app",
  questions: ['the app wont open', 'app crashes on start', 'forgot my password', 'app is frozen'],
  body: 'Tap "Forgot password?" on the login screen and follow the link we email you.\n\nIf the app crashes, update it.',
});

const TOP_UP = entry({
  id: 'top-up',
  title: 'How do I top up?',
  questions: ['top up with a card', 'can I top up online', 'where do I buy credit'],
  body: 'Top up in the app or online with a card or PayPal.',
});

describe('checkKnowledge', () => {
  it('warns, naming the entry and the questions, when most questions do not fit the first paragraph', () => {
    const [warning, ...rest] = offTopicWarnings([LOGIN, TOP_UP]);
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ file: 'app-login.en.md', field: 'questions', severity: 'warning' });
    expect(warning?.message).toContain('entry "app-login": 4 of its 5 questions');
    for (const question of ["I can't log in to the app", 'the app wont open', 'app crashes on start', 'app is frozen']) {
      expect(warning?.message).toContain(`"${question}"`);
    }
    expect(warning?.message).not.toContain('"forgot my password"');
  });

  it('does not warn when at least half the questions share a word with the first paragraph', () => {
    const fixed = { ...LOGIN, questions: ['forgot my password', 'reset my password', 'login link not in my email'] };
    expect(offTopicWarnings([fixed, TOP_UP])).toEqual([]);
  });
});
