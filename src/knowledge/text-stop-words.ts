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
    'qual avere essere viene vengono stati state caso soprattutto volevo volevamo voleva ' +
    'capire capisco capito capite',
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
    'buenos buenas días dias favor saber sabe sabes saben sabéis sabeis',
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
