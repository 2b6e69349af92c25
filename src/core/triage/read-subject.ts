// What a post is about when it is an order or a journey, so that the agent's draft for a fault
// or a complaint asks for what helps (the order number, the booking reference) instead of "since
// when hasn't it worked?". Only one kind may be named, and no service: "no wifi on the train" is
// about the wifi, "I ordered in the app and it crashes" about the app.
import type { PostSubject } from '../model.ts';
import { createListMatcher, type PhraseMatcher } from './create-phrase-matcher.ts';
import type { SubjectWords } from './lexicons/lexicon.ts';
import { LEXICONS_BY_LANGUAGE } from './lexicons/lexicons-by-language.ts';
import type { TokenizedText } from './tokenize-text.ts';

// Compiled once per set of languages (a cache of code-derived data, not state).
const compiled = new Map<string, PhraseMatcher<SubjectWords>>();

/** `tokens` are the analysed post's words; `languages` choose the lexicons, as for triage. */
export function readSubject(tokens: TokenizedText, languages: readonly string[]): PostSubject | undefined {
  const named = new Set(subjectMatcher(languages).find(tokens).map((match) => match.category));
  if (named.size !== 1 || named.has('service')) return undefined;
  return named.has('order') ? 'order' : 'trip';
}

function subjectMatcher(languages: readonly string[]): PhraseMatcher<SubjectWords> {
  const key = [...languages].sort().join(',');
  let matcher = compiled.get(key);
  if (matcher === undefined) {
    matcher = createListMatcher(
      languages.flatMap((lang) => {
        const subjects = LEXICONS_BY_LANGUAGE[lang]?.subjects;
        return subjects === undefined ? [] : (Object.entries(subjects) as [SubjectWords, (typeof subjects)[SubjectWords]][]);
      }),
    );
    compiled.set(key, matcher);
  }
  return matcher;
}
