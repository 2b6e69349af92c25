// German word lists for triage: the basics (thanks, greetings, asking for a person, legal threats,
// faults). Syntax of the phrases: see lexicon.ts.
import type { Lexicon } from './lexicon.ts';

export const german: Lexicon = {
  functionWords: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'ist', 'sind', 'war', 'nicht',
    'kein', 'keine', 'ich', 'du', 'sie', 'wir', 'ihr', 'mein', 'meine', 'meinen', 'mit', 'und', 'oder',
    'auf', 'für', 'von', 'zu', 'bei', 'seit', 'hallo', 'danke', 'bitte', 'wie', 'was', 'wann', 'wo', 'warum',
    'geht', 'funktioniert', 'heute', 'gestern', 'noch', 'schon', 'auch', 'sehr', 'mehr', 'habe', 'hat',
    'haben', 'wird', 'kann', 'können', 'im', 'vom', 'zum', 'zur', 'euch', 'ihnen', 'mir', 'mich',
    'es', 'immer', 'wieder', 'nur', 'aber', 'dass', 'wenn', 'hilfe', 'guten', 'morgen', 'abend',
  ],
  fillerWords: ['hilfe', 'problem', 'probleme', 'info', 'frage', 'bitte', 'geht', 'funktioniert', 'etwas', 'was', 'dringend'],
  negators: ['nicht', 'kein', 'keine', 'keinen', 'keiner', 'keinem', 'nie', 'niemals', 'ohne', 'nichts', 'niemand'],
  phrases: {
    questionStart: {
      match: ['wie', 'was', 'wann', 'wo', 'warum', 'wieso', 'weshalb', 'welche|welcher|welches', 'wieviel', 'wie viel', 'wer', 'kann ich', 'können sie', 'gibt es', 'ist es möglich'],
    },
    howTo: { match: ['wie kann|könnte ich', 'wie geht', 'wo kann|finde ich', 'ist es möglich', 'was kostet'] },
    account: { match: ['erstattung', 'rückerstattung', 'zurückerstatt*', 'doppelt abgebucht', 'abgebucht', 'nicht angekommen', 'nie angekommen', 'nicht erhalten', 'habe bezahlt', 'habe bestellt'] },
    accountWeak: { match: ['meine|meinen|mein rechnung|bestellung|konto|vertrag|karte|nummer|anschluss|paket|tarif'] },
    complaint: { match: ['unverschämt', 'frechheit', 'katastrophe', 'katastrophal', 'beschwerde', 'problem', 'probleme', 'enttäuscht', 'betrug', 'abzocke', 'unmöglich', 'schlecht', 'inakzeptabel', 'niemand antwortet', 'seit tagen', 'seit wochen'] },
    faulty: {
      match: ['funktioniert nicht', 'funktioniert nicht mehr', 'geht nicht', 'geht nicht mehr', 'geht gar nicht', 'kein internet|netz|signal|empfang|wlan', 'keine verbindung|netzverbindung', 'ausfall', 'störung', 'defekt', 'kaputt', 'ohne internet', 'sehr langsam', 'bricht ab'],
    },
    legal: { match: ['anwalt', 'rechtsanwalt', 'anwältin', 'klage', 'verklagen', 'gericht', 'verbraucherzentrale', 'bundesnetzagentur', 'rechtliche schritte', 'anzeige erstatten', 'strafanzeige', 'schlichtungsstelle'] },
    safety: { match: ['feuer', 'rauch', 'verbrannt', 'brennt', 'stromschlag', 'explodiert', 'explosion', 'verletzt', 'funken', 'gefahr', 'gefährlich', 'überhitzt'] },
    abuse: { match: ['arschloch*', 'idiot*', 'vollidiot*', 'wichser', 'hurensohn', 'hurensöhne', 'scheißladen', 'verpisst euch', 'fick dich', 'fickt euch'] },
    human: { match: ['mit einem|einer mitarbeiter|mitarbeiterin|menschen|berater|beraterin|person', 'echte person', 'echten menschen', 'mit jemandem sprechen', 'kein bot', 'vorgesetzten sprechen', 'rückruf'] },
    thanks: { match: ['danke', 'dankeschön', 'danke schön', 'vielen dank', 'herzlichen dank', 'besten dank', 'danke sehr', 'merci'], except: ['nein danke', 'danke für nichts'] },
    greeting: { match: ['hallo', 'guten tag', 'guten morgen', 'guten abend', 'moin', 'servus', 'grüß gott', 'grüezi', 'hi'] },
    urgent: { match: ['dringend', 'sofort', 'notfall', 'eilig', 'schnellstmöglich', 'so schnell wie möglich'] },
    positive: { match: ['super', 'toll', 'perfekt', 'klasse', 'zufrieden', 'gelöst', 'funktioniert wieder', 'geht wieder', 'hervorragend', 'spitze'] },
    negative: { match: ['schlecht', 'schlimm', 'traurig', 'ärgerlich', 'leider', 'mies', 'nervig'] },
  },
};
