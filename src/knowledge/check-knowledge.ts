// `pronto kb check`: the warnings an editor wants before publishing, beyond per-file validation.
import type { KnowledgeEntry } from '../core/model.ts';
import type { KnowledgeIndex } from '../core/ports.ts';
import type { ResponderSettings } from '../core/settings.ts';
import type { KnowledgeProblem } from './parse-entry.ts';
import { countTweetChars, MAX_TWEET_CHARS } from '../llm/fit-to-channel.ts';
import { tokenizeText } from './text-tokenize.ts';

/**
 * Room the greeting ("Ciao Francesca! ") and the link (23 on X, plus a space) take in a tweet:
 * a first paragraph longer than what is left is cut when posted on X.
 */
const TWEET_ROOM_FOR_GREETING_AND_LINK = 20 + 24;

export function checkKnowledge(
  entries: KnowledgeEntry[],
  index: KnowledgeIndex,
  settings: ResponderSettings,
  now: Date = new Date(),
): KnowledgeProblem[] {
  return [
    ...findMissingTranslations(entries),
    ...findLongShortAnswers(entries),
    ...findOffTopicQuestions(entries),
    ...findConfusedQuestions(entries, index, settings, now),
  ];
}

export function formatProblem(problem: KnowledgeProblem): string {
  const where = problem.field ? `${problem.file} (${problem.field})` : problem.file;
  return `${problem.severity}: ${where}: ${problem.message}\n    fix: ${problem.fix}`;
}

function findMissingTranslations(entries: KnowledgeEntry[]): KnowledgeProblem[] {
  const languages = [...new Set(entries.map((entry) => entry.lang))].sort();
  const byId = new Map<string, KnowledgeEntry[]>();
  for (const entry of entries) byId.set(entry.id, [...(byId.get(entry.id) ?? []), entry]);
  const problems: KnowledgeProblem[] = [];
  for (const [id, translations] of byId) {
    const present = new Set(translations.map((entry) => entry.lang));
    const missing = languages.filter((lang) => !present.has(lang));
    if (missing.length === 0) continue;
    problems.push({
      file: translations[0]!.file,
      field: 'lang',
      severity: 'warning',
      message: `entry "${id}" has no ${missing.join(', ')} translation: customers writing in ${missing.join(', ')} get a holding reply and a human instead of an answer`,
      fix: `add a file with id: ${id} and lang: ${missing[0]}`,
    });
  }
  return problems;
}

function findLongShortAnswers(entries: KnowledgeEntry[]): KnowledgeProblem[] {
  const room = MAX_TWEET_CHARS - TWEET_ROOM_FOR_GREETING_AND_LINK;
  return entries
    .filter((entry) => countTweetChars(entry.short) > room)
    .map((entry) => ({
      file: entry.file,
      field: 'body',
      severity: 'warning' as const,
      message: `the first paragraph has ${countTweetChars(entry.short)} characters: on X it is cut to fit one tweet with the greeting and link`,
      fix: `shorten the first paragraph to at most ${room} characters; put details in the next paragraphs`,
    }));
}

/**
 * An entry at least this share of whose questions (title included) share a topic word with the
 * first paragraph is consistent; below it the first paragraph, which is what a public reply
 * posts, answers something else than what customers ask, or does not say what it is about.
 * Answers rarely repeat every word of a question, so one question in two is enough.
 */
const MIN_QUESTIONS_ON_TOPIC = 0.5;

function findOffTopicQuestions(entries: KnowledgeEntry[]): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  for (const entry of entries) {
    const opening = topicStems(entry.short, entry.lang);
    const asked = [entry.title, ...entry.questions];
    const offTopic = asked.filter((question) => {
      const stems = topicStems(question, entry.lang);
      return stems.size > 0 && ![...stems].some((stem) => opening.has(stem));
    });
    if (asked.length - offTopic.length >= asked.length * MIN_QUESTIONS_ON_TOPIC) continue;
    problems.push({
      file: entry.file,
      field: 'questions',
      severity: 'warning',
      message: `entry "${entry.id}": ${offTopic.length} of its ${asked.length} questions (title included) share no word with the first paragraph, the answer a public reply posts: ${offTopic.map((q) => `"${q}"`).join(', ')}`,
      fix: 'make the first paragraph answer these questions in their words, or move the questions to the entry that answers them',
    });
  }
  return problems;
}

/** Stems of the words that say what a text is about (no function or generic words). */
function topicStems(text: string, lang: string): Set<string> {
  return new Set(tokenizeText(text, lang).filter((t) => !t.stop && !t.generic).map((t) => t.stem));
}

function findConfusedQuestions(
  entries: KnowledgeEntry[],
  index: KnowledgeIndex,
  settings: ResponderSettings,
  now: Date,
): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  for (const entry of entries.filter((candidate) => isInUse(candidate, now))) {
    for (const question of [entry.title, ...entry.questions]) {
      const [best] = index.search(question, { lang: entry.lang, now, limit: 1 });
      if (best === undefined || best.id === entry.id) continue;
      problems.push({
        file: entry.file,
        field: 'questions',
        severity: 'warning',
        message: `"${question}" matches "${best.id}" better than its own entry (confidence ${best.confidence.toFixed(2)}${best.confidence >= settings.answerThreshold ? ', the bot would answer with it' : ''})`,
        fix: `reword the question, or add distinctive words to "${entry.id}" (or to "${best.id}" if that is where it belongs)`,
      });
    }
  }
  return problems;
}

/** Inactive or expired notices are never searched, so their questions cannot match them. */
function isInUse(entry: KnowledgeEntry, now: Date): boolean {
  if (entry.kind !== 'notice') return true;
  return entry.active && (entry.until === undefined || Date.parse(entry.until) > now.getTime());
}
