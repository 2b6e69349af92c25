import { stemWord } from './text-stem.ts';
import { stripAccents } from './text-strip-accents.ts';

// Words of asking for help and of saying that something is wrong: nearly every post to a brand
// has one ("help", "not working", "problema"), so sharing one with an entry says nothing about
// the topic. They still teach the matcher ("not working" tells a fault from a how-to); they
// only do not count as the words an answer must cover (see match-evidence). Listed as written:
// the tokenizer compares their stems, so other forms of each word count too. Stop words
// (text-stop-words) are not repeated here; forms whose stem is also a topic's ("volevo" and
// "volo", "capisco" and "capi", "saber" and "sábado") are stop words there instead, matched as
// written.
const GENERIC_LISTS: Record<string, string> = {
  it:
    'aiuto aiutare aiutatemi aiutami aiutarmi problema problemi funziona funzionare funzionante ' +
    'risolvere risolto sapere sapete dire ditemi dite fatemi serve servire bisogno chiedere chiedo ' +
    'riesco riuscire niente nulla urgente cortesia info informazione ' +
    'informazioni domanda modo mettere va andare possibile trovo trovare intende consiglio consigli',
  en:
    'help helping fix fixed need needed want wanted know tell work working problem issue trying ' +
    'tried even really pls plz seem thing way like going happen able sure good great bad ' +
    'already ever never anything everything nothing question info information urgent asap make put ' +
    'tips advice',
  es: 'ayuda ayudar problema funciona funcionar necesito quiero urgente pregunta información',
  fr: 'aide aider problème marche fonctionne fonctionner besoin veux savoir urgent question information',
  de: 'hilfe helfen problem funktioniert funktionieren brauche möchte wissen dringend frage information',
};

const genericStems = new Map<string, Set<string>>();

/** Whether a word stem (accent-free) is one of `lang`'s words of asking or complaining in general. */
export function isGenericStem(stem: string, lang: string): boolean {
  let stems = genericStems.get(lang);
  if (stems === undefined) {
    const words = (GENERIC_LISTS[lang] ?? '').split(/\s+/).filter(Boolean);
    stems = new Set(words.map((word) => stripAccents(stemWord(word, lang))));
    genericStems.set(lang, stems);
  }
  return stems.has(stem);
}
