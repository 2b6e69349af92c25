import { stripAccents } from './text-strip-accents.ts';

// Days, months and times of day: when something happened, not what it is about.
const TIME_LISTS: Record<string, string> = {
  it:
    'oggi domani ieri dopodomani stamattina stasera stanotte mattina pomeriggio sera notte mezzogiorno ' +
    'mezzanotte lunedi martedi mercoledi giovedi venerdi sabato domenica gennaio febbraio marzo aprile ' +
    'maggio giugno luglio agosto settembre ottobre novembre dicembre giorno giorni settimana settimane ' +
    'mese mesi anno anni',
  en:
    'today tomorrow yesterday tonight morning afternoon evening night noon midnight monday tuesday ' +
    'wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december day days week weeks weekend weekends month months year years',
  es: 'hoy mañana ayer noche tarde lunes martes miércoles jueves viernes sábado domingo semana mes año',
  fr: "aujourd'hui demain hier soir matin nuit lundi mardi mercredi jeudi vendredi samedi dimanche semaine mois an",
  de: 'heute morgen gestern abend nacht montag dienstag mittwoch donnerstag freitag samstag sonntag woche monat jahr',
};

const TIME_WORDS = new Map<string, Set<string>>(
  Object.entries(TIME_LISTS).map(([lang, list]) => [lang, new Set(list.split(/\s+/).map(stripAccents))]),
);

/** Whether a lower-case, accent-free word names a day, a month or a time of day in `lang`. */
export function isTimeWord(word: string, lang: string): boolean {
  return TIME_WORDS.get(lang)?.has(word) ?? false;
}
