import { stemWord } from './text-stem.ts';
import { stripAccents } from './text-strip-accents.ts';

// Function words and chat filler: they say how something is asked, not what. Based on the
// Snowball stop word lists, plus greetings and politeness that open most tweets to a brand.
const LISTS: Record<string, string> = {
  it:
    'a ad al allo ai agli all agl alla alle con col coi da dal dallo dai dagli dall dagl dalla ' +
    'dalle di del dello dei degli dell degl della delle in nel nello nei negli nell negl nella ' +
    'nelle su sul sullo sui sugli sull sugl sulla sulle per tra fra contro io tu lui lei noi voi ' +
    'loro mio mia miei mie tuo tua tuoi tue suo sua suoi sue nostro nostra nostri nostre vostro ' +
    'vostra vostri vostre mi ti ci vi lo la li le gli ne il un uno una ma ed se perché perche ' +
    'anche come dov dove che chi cui non più piu quale quali quanto quanti quanta quante quello ' +
    'quelli quella quelle questo questi questa queste si tutto tutti tutta tutte a c e i l o ' +
    'ho hai ha abbiamo avete hanno abbia avevo aveva sono sei è e siamo siete sia era ero erano ' +
    'sarà sara stato stata fare faccio fa fatto posso puoi può puo possiamo potete devo deve ' +
    'vorrei voglio vuoi qualcuno qualcosa cosa cose mai già gia ancora ora poi dopo prima oggi ' +
    'molto poco po ecco solo però pero quindi allora oppure sempre così cosi qui qua lì li là ' +
    'ciao salve buongiorno buonasera grazie gentili gentile per favore prego scusate scusa ' +
    'mica proprio davvero tipo ok okay quando mentre invece altro altra altri altre ogni qualche ' +
    'fino nessuno nessuna ce senza dovete dovrei devi devono potrei potreste vuole volete vogliono ' +
    'qual avere essere viene vengono stati state caso soprattutto',
  en:
    'i me my myself we our ours ourselves you your yours yourself yourselves he him his himself ' +
    'she her hers herself it its itself they them their theirs themselves what which who whom ' +
    'this that these those am is are was were be been being have has had having do does did ' +
    'doing a an the and but if or because as until while of at by for with about against ' +
    'between into through during before after above below to from up down in out on off over ' +
    'under again further then once here there when where why how all any both each few more ' +
    'most other some such no nor not only own same so than too very s t can will just don ' +
    'should now d ll m o re ve y would could shall may might must also get got please thanks ' +
    'thank hi hello hey dear guys anyone someone something ok okay yes yeah still whats hows ' +
    'wheres whos thats theres im ive id youre many much instead every especially',
  es:
    'de la que el en y a los del se las por un para con no una su al lo como más mas pero sus ' +
    'le ya o este sí si porque esta entre cuando muy sin sobre también tambien me hasta hay ' +
    'donde quien desde todo nos durante todos uno les ni contra otros ese eso ante ellos e esto ' +
    'mí mi antes algunos qué que unos yo otro otras otra él tanto esa estos mucho quienes nada ' +
    'muchos cual poco ella estar estas algunas algo nosotros mis tú tu te ti tus ellas nosotras ' +
    'vosotros vosotras os mío mía míos mías tuyo tuya suyo suya nuestro nuestra vuestro vuestra ' +
    'esos esas estoy estás está estamos están es soy eres somos son era fue ha he has hemos han ' +
    'hay tengo tiene tienes tenemos tienen puedo puede puedes cómo como dónde cuándo hola gracias ' +
    'buenos buenas días dias favor',
  fr:
    'au aux avec ce ces dans de des du elle en et eux il ils je la le les leur lui ma mais me ' +
    'même meme mes moi mon ne nos notre nous on ou où par pas pour qu que qui sa se ses son sur ' +
    'ta te tes toi ton tu un une vos votre vous c d j l à a m n s t y été ete était etait suis ' +
    'es est sommes êtes etes sont ai as avons avez ont fait faire peux peut pouvez veux voudrais ' +
    'comment pourquoi quand quel quelle quels quelles ça ca cela ceci si plus très tres bonjour ' +
    'bonsoir salut merci svp stp',
  de:
    'aber alle allem allen aller alles als also am an ander andere anderem anderen anderer ' +
    'anderes auch auf aus bei bin bis bist da damit dann der den des dem die das dass daß du ' +
    'dein deine deinem deinen deiner dich dir doch dort durch ein eine einem einen einer eines ' +
    'er es euer eure für fur hatte hatten hat habe haben hier hin hinter ich ihr ihre ihm ihn ' +
    'im in indem ins ist ja jede jedem jeden jeder jedes jetzt kann kannst können konnen man ' +
    'mein meine meinem meinen meiner mich mir mit muss musst nach nicht nichts noch nun nur ob ' +
    'oder ohne sehr sein seine sich sie sind so solche soll sollte sondern um und uns unser ' +
    'unsere unter viel vom von vor war waren warst was weg weil weiter welche welchem welchen ' +
    'welcher welches wenn wer werde werden wie wieder will wir wird wirst wo wollen wollte würde ' +
    'wurde zu zum zur über uber hallo danke bitte guten tag',
};

const STOP_WORDS = new Map<string, Set<string>>(
  Object.entries(LISTS).map(([lang, list]) => {
    const words = list.split(/\s+/).filter(Boolean);
    return [lang, new Set([...words, ...words.map(stripAccents)])];
  }),
);

/** Whether a lower-case word carries no topic in `lang` (with or without its accents). */
export function isStopWord(word: string, lang: string): boolean {
  return STOP_WORDS.get(lang)?.has(word) ?? false;
}

// Words of asking for help and of saying that something is wrong: nearly every post to a brand
// has one ("help", "not working", "problema"), so sharing one with an entry says nothing about
// the topic. They still teach the matcher ("not working" tells a fault from a how-to); they
// only do not count as the words an answer must cover (see match-evidence). Listed as written:
// the tokenizer compares their stems, so other forms of each word count too.
const GENERIC_LISTS: Record<string, string> = {
  it:
    'aiuto aiutare aiutatemi aiutami aiutarmi problema problemi funziona funzionare funzionante ' +
    'risolvere risolto sapere sapete dire ditemi dite fatemi serve servire bisogno chiedere chiedo ' +
    'capire capisco riesco riuscire volevo niente nulla favore urgente cortesia info informazione ' +
    'informazioni domanda modo mettere va andare possibile trovo trovare intende consiglio consigli',
  en:
    'help helping fix fixed need needed want wanted know tell work working problem issue trying ' +
    'tried even really please pls plz seem thing way like going happen able sure good great bad ' +
    'already ever never anything everything nothing question info information urgent asap make put ' +
    'tips advice',
  es: 'ayuda ayudar problema funciona funcionar necesito quiero saber favor urgente pregunta información',
  fr: 'aide aider problème marche fonctionne fonctionner besoin veux savoir urgent question information',
  de: 'hilfe helfen problem funktioniert funktionieren brauche möchte wissen bitte dringend frage information',
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
