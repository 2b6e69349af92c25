// What a post is about when it is an order, a journey or a technician's visit, so that the agent's
// draft for a fault or a complaint asks for what helps (the order number, the booking reference,
// the contract number and a time for a new appointment) instead of "since when hasn't it worked?".
// Only one kind may be named, and no service: "no wifi on the train" is about the wifi, "I ordered
// in the app and it crashes" about the app. A visit never changes what a post about an order or a
// journey reads as ("missed my appointment, the train was 2 hours late" is the journey's), and the
// service a visit was booked for is not a service that fails ("il tecnico per l'attivazione della
// fibra non si è presentato" is the visit's; "the technician came, now the wifi is down" is not).
import type { PostSubject } from '../model.ts';
import { createListMatcher, type PhraseMatcher } from './create-phrase-matcher.ts';
import type { SubjectWords } from './lexicons/lexicon.ts';
import { LEXICONS_BY_LANGUAGE } from './lexicons/lexicons-by-language.ts';
import type { TokenizedText } from './tokenize-text.ts';

// Compiled once per set of languages (a cache of code-derived data, not state).
const compiled = new Map<string, PhraseMatcher<SubjectWords>>();

/**
 * `tokens` are the analysed post's words; `languages` choose the lexicons, as for triage;
 * `namesADeparture` says the post names a train or a flight by its time (measureSurface).
 */
export function readSubject(tokens: TokenizedText, languages: readonly string[], namesADeparture = false): PostSubject | undefined {
  const matches = subjectMatcher(languages).find(tokens);
  const visits = matches.filter((match) => match.category === 'visit');
  const others = matches.filter((match) => match.category !== 'visit');
  // Orders and journeys read as they did before there were visits; a bag to be delivered is the journey's.
  const named = new Set(others.map((match) => (match.category === 'baggage' ? 'trip' : match.category)));
  if (namesADeparture) named.add('trip');
  if (others.some((match) => match.category === 'baggage')) named.delete('order');
  if (named.size === 1 && !named.has('service')) return named.has('order') ? 'order' : 'trip';
  if (visits.length === 0 || named.has('order') || named.has('trip')) return undefined;
  const failing = others.filter((service) => !visits.some((visit) => visit.start < service.end && service.start < visit.end));
  return failing.length === 0 ? 'visit' : undefined;
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
