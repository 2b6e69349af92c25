// German word lists for triage. Syntax of the phrases: see lexicon.ts.
import type { Lexicon } from './lexicon.ts';

// Eine Familie auf der Reise getrennt: ein Fehler, und wofür sarkastisch gedankt wird („danke, dass ihr meine Familie auseinandergesetzt habt“).
const FAMILY_SPLIT = ['familie|kinder|kind|sohn|tochter .. auseinandergesetzt', 'auseinandergesetzt .. familie|kinder|kind|sohn|tochter', 'getrennt gesetzt|platziert'];

export const german: Lexicon = {
  functionWords: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'ist', 'sind', 'war', 'nicht',
    'kein', 'keine', 'ich', 'du', 'sie', 'wir', 'ihr', 'mein', 'meine', 'meinen', 'mit', 'und', 'oder',
    'auf', 'für', 'von', 'zu', 'bei', 'seit', 'hallo', 'danke', 'bitte', 'wie', 'was', 'wann', 'wo', 'warum',
    'geht', 'funktioniert', 'heute', 'gestern', 'noch', 'schon', 'auch', 'sehr', 'mehr', 'habe', 'hat',
    'haben', 'wird', 'kann', 'können', 'im', 'vom', 'zum', 'zur', 'euch', 'ihnen', 'mir', 'mich',
    'es', 'immer', 'wieder', 'nur', 'aber', 'dass', 'wenn', 'hilfe', 'guten', 'morgen', 'abend',
  ],
  markerWords: ['erstattung', 'bestellung', 'rechnung', 'störung', 'paket', 'flug', 'kündigung', 'abbuchung'],
  fillerWords: ['hilfe', 'problem', 'probleme', 'info', 'frage', 'bitte', 'geht', 'funktioniert', 'etwas', 'was', 'dringend', 'helfen', 'helft', 'brauche', 'brauchen', 'könnt', 'können', 'könnten', 'kann', 'jemand', 'bräuchte', 'bräuchten'],
  negators: ['nicht', 'kein', 'keine', 'keinen', 'keiner', 'keinem', 'nie', 'niemals', 'ohne', 'nichts', 'niemand'],
  phrases: {
    question: {
      match: [
        'ich möchte wissen', 'ich wollte fragen', 'weiß jemand', 'wisst ihr', 'können sie mir sagen',
        'könnt ihr mir sagen',
      ],
    },
    request: {
      // Ein Bedarf oder eine Bitte als Aussage: „ich bräuchte Hilfe mit meiner Rechnung, danke".
      match: ['ich|wir brauche|brauchen|bräuchte|bräuchten', 'ich hätte gern|gerne', 'ich möchte', 'bitte'],
      except: ['möchte mich .. bedanken', 'möchte .. danken|loben|sagen', 'bitte weiter so', 'bitte so weiter'],
    },
    questionStart: {
      match: [
        'wie', 'was', 'wann', 'wo', 'warum', 'wieso', 'weshalb', 'welche|welcher|welches', 'wieviel', 'wie viel',
        'wer', 'kann ich', 'können sie', 'gibt es', 'ist es möglich',
      ],
      // „Wie toll“, „was für ein Mist“: ein Ausruf, keine Frage.
      except: ['wie toll|schön|super|nett|ärgerlich|peinlich|typisch|lächerlich|traurig', 'was für ein|eine|einen mist|witz|chaos|saftladen|frechheit|ärger|katastrophe|zirkus|service|kundenservice'],
    },
    howTo: {
      notForModels: [
        'finde .. option|einstellung|einstellungen|button|knopf|menü .. nicht',
      ],
      match: [
        'wie kann|könnte ich', 'wie geht', 'wie funktioniert',
        'wie lade|ändere|zahle|bezahle|aktiviere|finde|sehe|prüfe|bekomme|nutze|richte|lese ich', 'wo kann|finde ich', 'ist es möglich', 'was kostet', 'im ausland',
        'roaming', 'inklusive', 'enthalten',
      ],
    },
    account: {
      match: [
        // Gefunden mit den Sonden (Runde 21): Daten per DM, ein gesperrtes Konto, nicht gutgeschriebene Meilen,
        // ein Vertrag, der sich verlängert hat, ein Gutschein, der nicht abgezogen wurde, eine Rechnung, eine Umbuchung.
        'per|via dm|pn|direktnachricht', 'folgen damit|dass ich', 'konto|account|zugang .. gesperrt', 'meilen|punkte|prämienmeilen .. nicht gutgeschrieben',
        'automatisch verlängert', 'gutschein|rabatt|code|rabattcode .. nicht abgezogen|angerechnet|eingelöst', 'brauche eine|die rechnung|quittung',
        'baby|kind .. zur buchung', 'zur buchung hinzufügen', 'meinen|unseren flug|rückflug|hinflug|zug .. umbuchen',
        // Die eigene Buchung oder Vorgangsnummer, oder die Bitte um eine private Nachricht: Daten gehören in die DM.
        'buchungsnummer', 'vorgangsnummer', 'meine buchung', 'wenn|solange ihr mir nicht folgt', 'hilfe bei|mit meiner|einer buchung', 'mein konto wiederherstellen', 'schreibt mir per dm|privat', 'folgt mir für|per dm',
        'erstattung', 'rückerstattung', 'zurückerstatt*', 'doppelt|zweimal abgebucht|berechnet|belastet', 'doppelte abbuchung|berechnung', 'doppelte|doppelten|doppeltes abbuchen|abbuchung|belasten|berechnen|kassieren', 'abgebucht', 'nicht angekommen',
        'nie angekommen', 'nicht erhalten', 'habe bezahlt', 'habe bestellt', 'bestellnummer', 'kundennummer',
        'lastschrift',
        'mir wurden|wurde .. berechnet|abgebucht|belastet', 'wurden|wurde mir .. berechnet|abgebucht|belastet',
        // Eine bestrittene Abbuchung als Frage: „warum kostet mich Roaming 30 Euro?“, „bucht weiter ab, obwohl ich sie deaktiviert habe“.
        'warum|wieso|weshalb kostet|kosten|berechnet|berechnen|bucht .. mich|mir|uns', 'bucht|buchen .. weiter ab', 'kostet|kosten mich|uns .. euro',
      ],
      // Wie Erstattungen allgemein laufen: „wie lange dauert eine Rückerstattung normalerweise?“.
      except: ['wie lange dauert|dauern .. erstattung|rückerstattung|erstattungen|rückerstattungen'],
    },
    accountItem: {
      notForModels: [
        'könnt|könnten|können ihr|sie .. hinzufügen|zusammenlegen|umbuchen|verschieben|ändern|verlängern|übertragen|pausieren',
        'ich|wir muss|müssen|möchte|möchten|will|wollen .. verlängern|umbuchen|ändern|verschieben|behalten|übertragen|hinzufügen|zusammenlegen',
        'kann|können ich|wir .. verschieben|umbuchen|ändern|verlängern|hinzufügen',
      ],
      match: [
        // Gefunden mit den Sonden (Runde 25): Abbuchungen nach der Kündigung, eine Nachzahlung, ein falscher
        // Zählerstand, ein gemeldeter Schaden, Geld nicht zurück, eine hängende Rufnummernmitnahme.
        'bucht|bucht ihr|buchen .. ab', 'nachzahlung|abschlag|rechnung|abbuchung von .. euro', 'zählerstand .. falsch', 'schaden|schadensfall .. gemeldet', 'geld .. nicht da|zurück|erstattet', 'nicht|nie gutgeschrieben', 'rufnummernmitnahme|portierung', 'abschlag|beitrag|tarif .. erhöht',
        // Eigene Daten ändern, eigenes Geld zurück, eigene Rechnungen: "ich möchte meine Rechnungsadresse ändern", "wann bekomme ich das Geld zurück?".
        'rechnungsadresse|lieferadresse|adresse|anschrift|bankverbindung|iban|kontodaten .. ändern|aktualisieren',
        'wann bekomme|bekommen|kriege|erhalte ich|wir .. geld|betrag|erstattung',
        'kopie meiner|der|meinen rechnung|rechnungen',
        // Ein Termin von ihm, zu verschieben: "könnt ihr meinen Termin verschieben?".
        'termin .. verschieben|verlegen|absagen|ändern',
        // Eine eigene Reise, ein eigener Kauf: "ich muss den Namen auf meinem Ticket ändern", "die Rechnung für meinen Einkauf", "niemand bucht mich um".
        'namen|name .. ticket|tickets|flugticket|buchung|reservierung|bordkarte .. ändern|korrigieren|berichtigen',
        'rechnung|rechnungen|quittung|beleg .. meinen|meine|meinem|unseren|unsere einkauf|kauf|bestellung|aufenthalt|buchung|flug|ticket|miete|zimmer',
        'meinen|meine|unseren|unsere flug|flüge|ticket|tickets|buchung|reservierung .. umbuchen|verschieben|verlegen',
        'bucht|buchen mich|uns um', 'mich|uns umbuchen|umzubuchen',
        'guthaben .. geschenkkarte|gutschein|gutscheins|giftcard',
        // Das Gespräch ist schon privat: "ich habe euch eine DM geschickt", "schaut in eure Nachrichten".
        'dm|pn|privatnachricht|direktnachricht .. geschickt|geschrieben|gesendet|geantwortet', 'euch|ihnen|dir .. nachricht|nachrichten|mail|email geschickt|geschrieben|gesendet', 'schaut|guckt|seht|lest .. dm|dms|pn|nachrichten|postfach|posteingang',
      ],
    },
    accountWeak: {
      match: [
        // Eine eigene Buchung umbuchen: „könnt ihr meinen Rückflug vom 12. auf den 14. umbuchen?“ (der Punkt trennt die Phrase).
        'umbuchen',
        // Beim Ausprobieren gefunden: "ich brauche die Rechnung vom Oktober", "wie ist der Stand meines Antrags?".
        'rechnung|rechnungen vom|von|für .. januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|monat',
        'meines|meinen|meinem|meine|meiner antrag|antrags|antrages|auftrag|auftrags|vorgang|vorgangs|kündigung|reklamation|beschwerde',
        'meine|meinen|mein|meiner|meinem rechnung|bestellung|konto|vertrag|karte|nummer|anschluss|paket|tarif|lieferung|buchung|abo|guthaben|erstattung|zahlung|passwort|kundenkonto|rufnummer',
        // Die eigene Laufzeit: „wann endet meine Mindestlaufzeit?“.
        'meine|unsere mindestlaufzeit|vertragslaufzeit|laufzeit',
      ],
    },
    complaint: {
      match: [
        'auf mails|mail|emails|anfragen kommt|kam nix|nichts',
        // Geschrieben und nichts gehört: „seitdem nichts mehr gehört“, „immer noch nix“.
        'nichts|nix mehr gehört', 'immer noch nichts|nix', 'noch immer nichts|nix',
        // Abbuchungen nach der Kündigung, Preiserhöhungen ohne Ankündigung, eine Hotline, bei der niemand rangeht.
        'schickt|schicken .. zum anfang', 'schickt|schicken .. an den anfang', 'bucht|buchen .. immer noch ab', 'bucht|buchen .. weiterhin|trotzdem ab',
        'ohne ankündigung|vorwarnung|vorankündigung|mitteilung|info',
        'geht|ging niemand|keiner ran',
        'niemand|keiner geht|ging ran',
        // Warten gelassen: „sie haben uns 3 Stunden warten lassen", „ließen mich warten".
        'warten lassen|gelassen|ließen|liessen|lässt|lassen', 'ließen|liessen|lässt .. warten',
        // Ein Konkurrent gelobt, ein Zugeständnis, das nicht reicht, Höflichkeit verweigert.
        'im gegensatz zu euch|ihnen|dir', 'das mindeste', 'wenig freundlich|hilfsbereit|professionell', 'nicht sehr freundlich|hilfsbereit',
        // Ein gebrochenes Versprechen: „ihr habt 2 Wochen gesagt, jetzt sind es 6".
        'hieß es .. tage|tagen|wochen|monate|monaten|stunden', 'ihr habt .. tage|wochen|monate|stunden gesagt|versprochen',
        'mir reicht|reichts', 'reicht mir|jetzt', 'nase voll',
        // Die Wartezeit, Änderungen am laufenden Band und rhetorische Fragen: „seit einer Stunde",
        // „das Gate wurde 4 mal geändert", „werdet ihr jemals ans Telefon gehen?", „wozu gibt es...?".
        'seit einer|zwei|drei|vier|fünf .. stunde|stunden|minuten|tagen|wochen|monaten',
        'seit 1|2|3|4|5|6|7|8|9|10|15|20|30|40|45|50 .. stunde|stunden|minuten|tagen|wochen|monaten',
        'mal geändert|verschoben|abgesagt|gestrichen|verlegt|umgebucht', 'jemals antworten|zurückrufen|melden|rangehen',
        'ihr jemals|irgendwann', 'wozu gibt es', 'wozu habt ihr', 'was soll das', 'wäre schön|nett wenn', 'es wäre schön|nett',
        // Was hätte sein sollen: „es wäre nett gewesen, uns zu informieren".
        'wäre schön|nett|besser|hilfreich|angebracht gewesen', 'wäre es schön|nett|besser|hilfreich|angebracht gewesen', 'hättet|hätten .. können|sollen',
        'keine information|informationen|infos|auskunft',
        'doppelt|zweimal abgebucht|berechnet|belastet', 'doppelte abbuchung|berechnung', 'doppelte|doppelten|doppeltes abbuchen|abbuchung|belasten|berechnen|kassieren',
        // Hilfe, die spät kommt, ist keine: „danke für das Update... 6 Stunden später".
        'stunden|tage|tagen|wochen|monate|monaten später',
        // Essen, das ungenießbar ankommt: "danke für das kalte Essen".
        'kalte|kaltes|kalten|kalter|verbrannte|verbranntes|verbrannten essen|pommes|pizza|burger|mahlzeit|frühstück',
        'unverschämt*', 'frechheit', 'sauerei', 'skandal*', 'katastroph*', 'beschwerde', 'enttäuscht',
        'enttäuschung', 'enttäuschend', 'betrug', 'abzocke', 'abgezockt', 'betrüger', 'unmöglich', 'schlecht',
        'schlechter|schlechten service|kundenservice', 'inakzeptabel', 'niemand antwortet|meldet|hilft',
        'keiner meldet|antwortet|hilft', 'keine antwort|rückmeldung|reaktion|hilfe|lösung', 'kein rückruf',
        // Niemand liest sie: „lest ihr eure Nachrichten überhaupt?“, „liest das jemand?“.
        'lest ihr .. nachrichten|überhaupt|dms', 'liest .. das|hier|überhaupt jemand', 'liest jemand .. nachrichten|das|hier',
        'nie zurückgerufen', 'seit tagen', 'seit wochen', 'seit monaten', 'seit .. tagen|wochen|monaten|stunden',
        'warte seit', 'warten seit', 'wartet seit', 'immer noch nicht|kein|keine|nichts',
        'noch immer nicht|kein|keine|nichts', 'schon wieder', 'zum wiederholten mal', 'jedes mal', 'warteschleife',
        'aufgelegt', 'unfreundlich', 'unhöflich', 'respektlos', 'inkompetent*', 'unfähig*', 'reklamation',
        'verarsch*', 'veräppel*', 'wucher', 'überteuert', 'zu teuer', 'versteckte kosten', 'falsche rechnung',
        'falsch abgerechnet', 'geld zurück', 'unzufrieden', 'verärgert', 'ärgerlich', 'sauer', 'wütend',
        'stinksauer', 'genervt', 'nervt', 'zum kotzen', 'mies', 'miserabel', 'lächerlich', 'peinlich', 'schande',
        'armselig', 'unfassbar', 'als .. idiot*|vollidiot*|lügner|betrüger',
        'mich .. idiot*|vollidiot* genannt|beschimpft',
        'hört auf .. anzurufen', 'hört auf .. zu schicken', 'werbeanrufe', 'gefällt mir nicht',
        'nicht erreichbar', 'unerreichbar', 'niemand geht ran', 'doppelt so hoch|teuer|viel wie',
        // Preise, die steigen, Schäden, Gebühren fürs Gehen.
        'preiserhöhung*', 'schon wieder teurer', 'diebe', 'abzocker', 'techniker|monteur|fahrer|bote .. kaputt gemacht',
        'techniker|monteur|fahrer|bote .. beschädigt|zerkratzt', 'kündigungsgebühr*', 'stornogebühr*',
        // Des Diebstahls beschuldigt oder gebaut, um kaputtzugehen.
        'ihr habt .. geklaut|gestohlen', 'habt ihr .. geklaut|gestohlen', 'ihr klaut', 'ihr bestehlt', 'gebaut um kaputt', 'geplante obsoleszenz',
      ],
    },
    problem: {
      match: [
        'problem', 'probleme', 'schwierigkeiten', 'verspätung', 'verzögerung',
        'sollte eigentlich', 'versprochen', 'unklar', 'verwirrend', 'nie erhalten', 'statt', 'anstatt',
        'nicht', 'kein', 'keine', 'nie',
      ],
      except: [
        'kein problem', 'keine probleme', 'ohne probleme', 'problem .. gelöst|behoben',
        'keine probleme|sorge|sorgen|ursache', 'nicht schlecht', 'weiß nicht', 'weiss nicht',
        'nicht nur', 'nicht sicher', 'warum nicht', 'oder nicht', 'nie enttäuscht', 'keine ahnung ob',
      ],
    },
    resolved: {
      match: [
        // Runde 24: "seitdem läuft's wie geschmiert".
        'läuft|läufts .. wie geschmiert', 'seitdem läuft|läufts .. top|super|perfekt|einwandfrei',
        // Endlich wieder in Ordnung: "endlich funktioniert das Internet wieder" ("funktioniert endlich ...?" fragt und klagt).
        'endlich funktioniert|läuft|geht|klappt',
        'problem gelöst|behoben', 'funktioniert wieder', 'geht wieder', 'läuft wieder', 'ist wieder da', 'läuft|funktioniert|geht|klappt alles wieder',
        'wieder online', 'endlich angekommen|da', 'problem .. gelöst|behoben',
        'erstattung|rückerstattung|paket|bestellung|geld ist angekommen|da', 'erstattung|rückerstattung|paket|bestellung|geld ist endlich|jetzt|heute angekommen|da',
      ],
      // Die Hälfte ist nicht die Bestellung: „nur die Hälfte der Bestellung ist angekommen“.
      except: ['hälfte|teil .. angekommen|geliefert'],
    },
    faulty: {
      notForModels: [
        'auch .. gestrichen|ausgefallen|voll|annulliert|ausgebucht',
        'was ist .. passiert',
        'kein mensch da|hier',
        'niemand da|hier',
        'tauchen|taucht .. wieder auf',
        'stellt|stellen sich .. zurück',
        'bei jedem start|öffnen|neustart',
      ],
      match: [
        // Runde 25 (Antworten im Thread): was immer noch aussteht.
        'immer noch ausstehend|blockiert|hängt', 'noch immer ausstehend|blockiert|hängt',
        // Runde 24: die rote LED, braunes Wasser.
        'blinkt|leuchtet rot', 'rote led|lampe|leuchte', 'braunes|trübes|gelbes wasser',
        // Runde 22: das Netz, das ausfällt, ein Funkloch, Schienenersatzverkehr.
        'netz|internet|wlan|strom|verbindung|empfang|signal|tv fällt|fallen|fiel|fielen', 'funkloch', 'funklöcher', 'schienenersatzverkehr',
        // Ware mit Schaden: „Geliefert: Sofa in senfgelb. Mit Fleck.“
        'mit|voller fleck|flecken|kratzer|kratzern|delle|dellen|riss|rissen',
        // Beim Ausprobieren gefunden: "das Signal verschwindet, sobald ich zu Hause bin".
        'signal|netz|empfang|verbindung|wlan|internet .. verschwindet|verschwinden|verschwunden|weg', 'signal|netz|empfang|verbindung|wlan|internet .. bricht ab',
        // Ein Bildschirm, der schwarz wird: "der Bildschirm wird ständig schwarz".
        'bildschirm|fernseher|display|monitor|bild .. wird|wurde|bleibt|ist .. schwarz|dunkel',
        // Ein Netz oder ein Dienst, der zusammenbricht: "das Netz ist schon wieder zusammengebrochen".
        'netz|internet|wlan|server|leitung|system|app|seite|website .. zusammengebrochen',
        // Etwas Falsches geliefert: "ich habe eine falsche Bestellung bekommen, andere Größe".
        'falsche|falschen|falscher|falsches bestellung|paket|produkt',
        'falsch geliefert',
        // Ein Gerät, das spinnt: "der Bildschirm flackert", "die Mail kommt nie an", "ein schwarzer Bildschirm".
        'flacker*', 'kommt|kommen nie an', 'schwarzer|schwarzen|schwarzes bildschirm|display',
        // Was nicht einmal mehr geht: "das WLAN kommt nicht mal mehr ins Wohnzimmer"; ein Vorgang, der fehlschlägt.
        'nicht mal|einmal mehr',
        'schon wieder|erneut|wieder fehlgeschlagen',
        'ist|sind fehlgeschlagen',
        // Eine SIM, die nach der PUK gesperrt ist; jemand, der nie gekommen ist, weit weg vom Wort "Techniker".
        'puk .. gesperrt|blockiert',
        'sim|simkarte|karte ist|wurde gesperrt|blockiert',
        'ist|sind nie gekommen|erschienen|aufgetaucht',
        'alles gelöscht|weg|verloren',
        // Ein Gerät, das von selbst neu startet oder ausgeht: "der Router startet ständig von selbst neu".
        'schließt|schließen|schloss .. von selbst|allein|alleine', 'kam|kamen .. geöffnet|offen|beschädigt|kaputt|nass|durchnässt|klatschnass|zerdrückt an', 'klicke|klicken|drücke|drücken|tippe|tippen|geklickt|gedrückt|getippt .. nichts passiert|passierte', 'klicke|drücke|tippe .. passiert|passierte nichts',
        'stunden|stunde|minuten auf .. gepäck|koffer .. gewartet|warten|warte', 'überbucht .. nicht mitgenommen|abgewiesen', 'wurde|wurden nicht mitgenommen', 'kreisen|kreist|kreisten seit', 'hälfte fehlt|fehlen', 'startet|starten|startete|starteten .. neu', 'von selbst|allein|alleine neu|aus|ab', 'geht|gehen|ging|gingen .. von selbst|allein|alleine aus',
        // Eine Lieferung, die schiefging: als zugestellt markiert, leeres Paket, Zustellversuch, Sendungsverfolgung steht.
        'als zugestellt|geliefert', 'paket|karton .. leer', 'zustellversuch', 'sendungsverfolgung|tracking .. nichts neues', 'sendungsverfolgung|tracking .. steht|hängt', 'sendungsverfolgung|tracking .. keine bewegung',
        'an den absender zurück',
        // Ein Dienst, der plötzlich weg ist: „das Internet ist plötzlich weg".
        'internet|netz|wlan|verbindung|leitung ist .. weg|ausgefallen|tot|abgebrochen', 'plötzlich weg|aus|tot',
        // Nothing works: "estoy fuera y nada funciona".
        'nichts funktioniert|geht|lädt|läuft|funktionierte|ging',
        // Eine Reise, die feststeckt: „wir warten noch auf die Crew".
        'warte*|gewartet .. crew|besatzung|pilot|piloten|flugzeug|mechaniker',
        // Als Frage gestellt, trotzdem eine Störung: „was ist los mit dem Zug um 8?".
        'flughafen|terminal|bahnhof|gate|bahnsteig|boden .. schlafen|geschlafen|übernachten|übernachtet|schlief|schliefen',
        'was ist los mit|bei', 'was ist mit .. los',
        'ständig|dauernd|andauernd|immer ausgeloggt|abgemeldet|rausgeworfen|getrennt', 'immer wieder ausgeloggt|abgemeldet|rausgeworfen|getrennt',
        'steht|stehen|stehe seit .. minuten|stunden',
        'geld|guthaben|gehalt .. gesperrt|eingefroren|einbehalten|zurückgehalten', 'gebt|gib .. geld|guthaben .. frei',
        'nicht|nie gelöst|behoben|repariert', 'ungelöst',
        'funktioniert nicht', 'funktioniert nicht mehr', 'komme|kommen .. nicht in|ins|auf die|das|mein|meine', 'geht nicht', 'geht nicht mehr', 'geht gar nicht',
        // Eine Störung, die noch andauert, oder die verdorben hat, was geplant war.
        'immer noch keine nachricht|info', 'zum zweiten|dritten|vierten|fünften|xten mal',
        'urlaub|reise|wochenende|hochzeit|geburtstag|weihnachten .. ruiniert|verdorben|versaut',
        'klappt nicht', 'läuft nicht',
        'kein internet|netz|signal|empfang|wlan|strom|fernsehen|tv|telefon|festnetz|dsl|lte|anschluss|netzempfang',
        'keine verbindung|netzverbindung|internetverbindung|netzabdeckung|leitung',
        'ohne internet|strom|netz|telefon|tv|festnetz|dsl|anschluss', 'ausfall', 'ausfälle', 'netzausfall',
        // Wasser, Strom und Gas, die fehlen oder kaum kommen: „kein Wasser seit heute früh", „Wasser abgestellt".
        'kein|keinen wasser|gas|warmwasser|heizung', 'ohne wasser|gas|warmwasser|heizung', 'wasserausfall',
        'wasser|strom|gas|heizung .. abgestellt|abgedreht|abgeschaltet|gesperrt', 'wasserdruck .. niedrig|schwach|gering', 'zu wenig|kaum wasserdruck',
        'internetausfall', 'stromausfall', 'totalausfall', 'störung', 'störungen', 'ausgefallen', 'fällt .. aus',
        'defekt', 'kaputt', 'beschädigt', 'sehr langsam', 'internet|netz|verbindung|wlan|dsl|app .. langsam',
        'schneckentempo', 'bricht ab', 'bricht .. ab', 'abgestürzt', 'stürzt .. ab', 'hängt sich auf', 'friert ein',
        'lädt nicht', 'startet nicht', 'öffnet nicht', 'öffnet sich nicht', 'lässt sich nicht',
        'kann mich nicht anmelden|einloggen',
        'kann .. nicht .. anmelden|einloggen|telefonieren|surfen|bezahlen|zahlen|herunterladen|installieren|öffnen|nutzen|bestellen|aufladen',
        'fehler', 'fehlermeldung', 'fehlercode',
        'paket|sendung|bestellung|lieferung .. nicht|nie angekommen|geliefert',
        'paket|sendung|bestellung|lieferung .. verloren|verschwunden|beschädigt|verspätet|falsch', 'nicht geliefert',
        'nie geliefert', 'noch nicht da', 'immer noch nicht da|angekommen|geliefert', 'falscher artikel',
        'falsche ware|lieferung', 'koffer|gepäck .. verloren|verschwunden|beschädigt', 'koffer|gepäck .. verlieren|verschlampen|verschlampt|verbummeln|verbummelt',
        'koffer|gepäck .. nicht angekommen',
        // Ein Koffer, der gesucht wird oder kaputt ankommt, ein Flug, den die Airline streicht, ein Flugzeug, das mit uns steht.
        'wo ist|sind mein|meine|meinen|unser|unsere koffer|gepäck|tasche|taschen',
        'koffer|gepäck|kinderwagen|rollstuhl .. kaputt|zerstört|kaputtgemacht|zerrissen',
        // Gepäck anderswo gelandet, etwas an Bord vergessen: "mein Gepäck ist in einer anderen Stadt gelandet", "ich habe mein Tablet im Flugzeug vergessen".
        'gepäck|koffer|taschen .. anderen|andere|falschen|falsche stadt|flughafen|ziel|land',
        'im flugzeug|zug|bus|flieger .. vergessen|liegengelassen|liegenlassen', 'im flugzeug|zug|bus|flieger .. liegen lassen|gelassen',
        'ihr|sie habt|haben meinen|unseren|mein|unser flug|zug|flüge .. gestrichen|storniert|annulliert',
        'sitzen|stehen|warten immer noch .. flugzeug|rollfeld|gate|zug|bahnsteig', 'technisches|technische|technischen problem|probleme|problemen|defekt',
        'flug|zug|bus|ice|bahn .. gestrichen|annulliert|storniert|verspätet|ausgefallen', 'zug fällt aus',
        'anschluss verpasst', 'anschlusszug|anschlussflug verpasst', 'techniker .. nicht|nie gekommen|erschienen',
        'termin .. nicht eingehalten', 'termin .. verpasst|abgesagt',
        'verschwunden', 'wann .. wieder',
        'seit dem update', 'nach dem update',
        // Disruption told by its symptoms (as in English): auf dem Rollfeld, all diese Ausfälle, meine Buchung ist weg.
        'auf dem rollfeld|vorfeld', 'sitzen|stehen|warten|festsitzen .. im flugzeug',
        // No gap before "weg": "die Bestellung ist auf dem Weg" is on its way.
        'buchung|reservierung|bestellung|guthaben|geld|konto|musik|fotos|daten|punkte|meilen ist|sind weg',
        'buchung|reservierung|bestellung|guthaben|geld|konto|musik|fotos|daten|punkte|meilen ist|sind einfach|plötzlich|komplett|alle weg',
        // Ironie verpackt sie oft („toll, die App loggt mich jeden Tag aus“).
        'loggt|meldet mich .. aus|ab', 'wlan|internet|router|netz|signal|app .. tot|ausgefallen',
        'hab|habe ich schon gemacht|versucht', 'sagt|zeigt immer noch .. falsch|falsches|falsche|fehler|ungültig',
        // Im Nebensatz: „wenn die App ständig abstürzt“.
        'abstürzt', 'abstürzen', 'hängt sich .. auf',
        // Beim Ausprobieren gefunden: „die Seite lädt ewig“, „der Automat hat meine Karte eingezogen“, „nur die Hälfte ist angekommen“.
        'lädt|laden|lud ewig|endlos|ständig', 'karte eingezogen|einbehalten|geschluckt', 'alle sender|kanäle|einstellungen|kontakte verloren',
        'vom band .. nass|klatschnass|kaputt|zerrissen|aufgerissen|offen', 'koffer .. klatschnass|zerrissen|aufgerissen|zerbrochen',
        'fahrer|kurier|lieferant .. storniert', 'hintereinander storniert', 'kam|kamen|kommt kalt an', 'hälfte fehlte|fehlt|fehlten', 'lädt nicht mehr', 'nur die hälfte',
        'klimaanlage|klima|heizung .. aus|kaputt|ausgefallen', 'kein|keine warmes|heißes wasser', 'wir ersticken', 'wir schmelzen',
        ...FAMILY_SPLIT,
      ],
      except: [
        // Schwarz-weiß ist eine Einstellung, kein schwarzer Bildschirm.
        'schwarz weiß|weiss',
        'fehler gemacht', 'mein fehler',
      ],
    },
    security: {
      notForModels: [
        'hab|habe|haben .. nichts|nie überwiesen|gekauft|bezahlt|abgebucht|freigegeben',
        'sofort|bitte sperren|blockieren',
        'karte|konto|konten|karten sperren|blockieren',
        'karte liegt|ist .. vor mir', 'karte liegt|ist .. bei mir', 'karte liegt|ist .. in meinem|meiner',
        'konto|empfänger|gerät|nummer|adresse|iban|person|firma .. das|die|den ich nicht kenne',
        'auf einen|einem link geklickt',
        'nie geändert',
      ],
      match: [
        // Runde 23: nie gemachte Bestellungen, ein ungefragter SIM-Tausch, eine bestätigte TAN, ein leeres Konto, fremde Unterlagen.
        'nie gemacht|getätigt|bestellt', 'sim .. getauscht', 'nix|nichts beantragt', 'tan|pushtan|code .. bestätigt|bestätigen|weitergegeben|durchgegeben',
        'paket .. mitgenommen', 'fremden|fremder|fremde unterlagen|vertragsunterlagen|daten|dokumente|post', 'unterlagen|vertragsunterlagen|daten|dokumente|post von einer|ner|einem|nem fremden|anderen', 'paypal|konto|girokonto .. leer|leergeräumt|geplündert',
        'mit eurem logo|namen', 'gefälschte|falsche seite|webseite|website|seiten', 'fake shop|seite|profil', 'fakeshop',
        // Beim Ausprobieren gefunden: "jemand hat angerufen und wollte meinen Code, angeblich von euch".
        'angerufen|anrufer|anruf .. wollte|wollten|verlangte|verlangten|fragte|fragten .. code|pin|passwort|tan|zugangsdaten',
        'angeblich von euch|ihnen|eurer|ihrer',
        // Zeichen, dass jemand anderes im Konto ist: ein Code, den niemand angefordert hat, eine unbekannte Adresse.
        'code|bestätigungscode|codes|otp|pin .. nicht angefordert', 'code|bestätigungscode|codes|otp|pin .. nie angefordert',
        // Codes, obwohl man sich nirgends anmeldet: "ständig Login-Codes, obwohl ich mich gar nicht anmelde".
        'obwohl ich mich .. nicht|nirgends anmelde|einlogge|angemeldet|eingeloggt',
        'meine nummer .. portiert|übertragen',
        // Eine SIM, die ohne Auftrag umgezogen ist: "meine SIM wurde auf ein anderes Handy übertragen".
        'wurde|wurden .. anderes|anderen handy|telefon|gerät übertragen|umgezogen|aktiviert',
        // Eine Nachricht in unserem Namen, die nach Geheimnissen fragt: Phishing.
        'fragt|fragte|fragen|verlangt .. passwort|pin|kennwort|kartendaten|zugangsdaten',
        'wollte|wollten|will|wollen .. passwort|pin|kennwort|kartendaten|zugangsdaten|tan wissen|haben',
        'nach meinem|meiner|dem|der|ihrem|ihrer passwort|pin|kennwort|kartendaten|zugangsdaten fragt|fragte|fragen|verlangt',
        'gehackt', 'hacker', 'konto|account|profil|mail .. gehackt|kompromittiert|gestohlen|übernommen',
        // Eine Nachricht, die sich als das Unternehmen ausgibt.
        'sich als .. ausgibt|ausgeben|ausgab|ausgaben|ausgegeben',
        'jemand|irgendjemand|wer hat sich .. eingeloggt|angemeldet|eingehackt|zugang', 'jemand hat .. bestellt|gekauft|benutzt|genutzt|abgebucht|zugegriffen|eingeloggt|geändert|mitgenommen|geklaut|gestohlen|entwendet', 'jemand hat .. zugriff', 'jemand|irgendjemand hat meine|mein|meinen karte|kreditkarte|konto|account|nummer|daten|identität|passwort',
        'handy|telefon|smartphone|sim .. gestohlen|geklaut',
        'nicht autorisiert*', 'unbefugt*',
        'unbekannte|fremde .. abbuchung*|zahlung*|bestellung*|buchung*|transaktion*|lastschrift*',
        'die ich nicht .. bestellt|gekauft|getätigt|autorisiert|gemacht|veranlasst',
        'habe ich nicht bestellt|gekauft|getätigt|autorisiert', 'war ich nicht', 'betrügerisch*',
        'identitätsdiebstahl', 'phishing', 'sim swap*', 'sim karte .. dupliziert|geklont',
        'rufnummer|nummer .. ohne .. portiert|übertragen', 'ohne meine zustimmung|einwilligung|erlaubnis',
        'datenleck', 'datenpanne', 'datenschutzverletzung', 'daten .. weitergegeben|verkauft|gestohlen|geleakt',
        'nummer .. weitergegeben|verkauft', 'verdächtig*', 'betrugsmail',
        'betrugs sms|mail|anruf', 'fake mail|sms|shop',
        'rechnungen|rechnung|daten|bestellungen|zahlungen|adresse|anrufe von jemand|jemandem anderem|anderen', 'rechnungen|rechnung|daten|bestellungen|zahlungen|adresse|anrufe einer anderen person',
        'rechnungen|rechnung|daten|bestellungen|zahlungen|adresse|anrufe eines anderen kunden|nutzers',
        // Meilen, die jemand anderes eingelöst hat.
        'von jemand|jemandem anderem|anderen eingelöst|benutzt|verwendet|ausgegeben|gebucht',
        // Eine Karte, die jemand kopiert hat, während sie noch bei mir liegt.
        'karte|kreditkarte|bankkarte|girokarte|debitkarte|kartendaten .. kopiert|geklont|ausgespäht|ausgelesen|missbraucht',
        'karte|kreditkarte|bankkarte|girokarte|debitkarte .. neben mir', 'karte|kreditkarte|bankkarte|girokarte|debitkarte .. noch bei mir',
        // Was man nie beantragt oder bestellt hat: „hab ich nie beantragt“, „ich hab nichts bestellt“,
        // „ein Vertrag, den ich nie abgeschlossen habe“.
        'hab|habe|hatte|haben ich|wir nie|niemals|nichts .. bestellt|beantragt|abgeschlossen|angefordert|abonniert|autorisiert|veranlasst',
        'ich|wir hab|habe|hatte|haben nie|niemals|nichts .. bestellt|beantragt|abgeschlossen|angefordert|abonniert|autorisiert|veranlasst',
        'hab|habe|haben ich|wir nicht .. beantragt|abgeschlossen|angefordert|abonniert|veranlasst',
        'den|die|das|denen ich|wir .. nie|niemals|nicht .. beantragt|abgeschlossen|angefordert|abonniert|veranlasst|bestellt',
        'auf meinen|unseren namen .. bestellt|abgeschlossen|eröffnet|angemeldet|gekauft|verkauft|gebucht', 'unter meinem|unserem namen .. bestellt|abgeschlossen|eröffnet|angemeldet|gekauft|verkauft|gebucht',
        // Jemand nutzt meine Daten, mein Passwort oder meine Mail-Adresse wurde geändert.
        'jemand|irgendjemand|fremde .. benutzt|nutzt|verwendet|missbraucht .. meine|meinen|mein|meinem|meiner daten|namen|identität|karte|kreditkarte|konto|account|nummer|adresse|ausweis',
        'daten|identität|namen|karte|konto|account|kreditkarte|ausweis .. missbraucht', 'missbrauch meiner|meines|meinen', 'datenmissbrauch', 'kartenmissbrauch', 'kontomissbrauch',
        'passwort|kennwort|mailadresse|emailadresse|zugangsdaten|pin .. wurde|wurden|ist .. geändert', 'mail adresse wurde|wurden|ist .. geändert',
        // Ein fremdes Gerät, ein unbekannter Login, fremde Daten im eigenen Konto.
        'unbekannte|unbekanntes|unbekannter|unbekanntem|unbekannten gerät|geräte|handy|handys|login|logins|anmeldung|anmeldungen|anmeldeversuch*|loginversuch*|ip|rechner|computer|laptop|zugriff|zugriffe|lieferadresse|mailadresse|emailadresse|bankverbindung|iban',
        'fremde|fremder|fremdes|fremden lieferadresse|bankverbindung|iban|mailadresse|emailadresse|daten|zähler|zählernummer|vertrag|verträge|rechnung|rechnungen|tickets|bestellhistorie|kundendaten|kontodaten|ausweisdaten',
        'sein|ihr|fremdes|fremden|unbekanntes|unbekannten handy|gerät|telefon|smartphone|iphone|rechner|laptop .. mit|in|auf|an meinem|meiner|meinen .. verknüpft|verbunden|gekoppelt|registriert|angemeldet|eingeloggt|hinterlegt',
        'login|logins|anmeldung|anmeldungen|zugriff|zugriffe|eingeloggt|angemeldet .. von einem|einer .. rechner|gerät|computer|pc|laptop|handy|server .. in|aus',
        'daten|tickets|bahncard|buchung|buchungen|rechnung|rechnungen|bestellungen|bestellung|konto|profil|adresse|vertrag|verträge|ausweis|bordkarte|bordkarten von einer|einem|eines frau|herrn|herr|fremden|unbekannten|fremder',
        'hallo datenschutz', 'datenschutzverstoß', 'datenschutzverstöße',
        // Anrufe und Nachrichten, die sich als Bank oder Firma ausgeben, und wer darauf hereinfiel.
        'anruf|anrufer|angerufen .. angeblich|angeblichen|angeblicher|angebliche',
        'angeblicher|angebliche|angeblichen bankmitarbeiter|bankmitarbeiterin|polizist|polizisten|techniker|sicherheitsabteilung', 'falscher|falsche|falschen bankmitarbeiter|bankmitarbeiterin|polizist|polizisten|polizeibeamter',
        'hat|haben ihre|seine .. kreditkartendaten|kartendaten|bankdaten|zugangsdaten|kontodaten|pin|tan|pushtan|passwort|kennwort .. eingegeben|verraten|weitergegeben|preisgegeben|durchgegeben|freigegeben',
        'auf .. masche|betrüger|betrugsmasche|fake|trick|betrugsmail|betrugs .. reingefallen|hereingefallen',
        'ist|sind|kommt|kam das|die|der|diese|dieser sms|mail|email|nachricht|nachrichten|anruf|link|schreiben .. echt|seriös|fake|legitim',
        // Ein Paket, aus dem Flur oder vor der Tür gestohlen.
        'paket|pakete|päckchen|sendung|lieferung .. geklaut|gestohlen|entwendet',
        'aus dem|der flur|hausflur|treppenhaus|eingangsbereich .. mitgenommen|geklaut|gestohlen|entwendet', 'vom|von flur|hausflur|treppenhaus|briefkasten|balkon .. geklaut|gestohlen|entwendet',
        'vor der tür|haustür|wohnungstür .. geklaut|gestohlen|entwendet',
      ],
      except: [
        'datenleck bei meiner|einer|der|dem', 'krankenkasse|bank|versicherung|firma|anbieter|arbeitgeber|shop|händler .. datenleck',
        // The app asking for a password is a log-in, not phishing.
        'app|website|seite|anwendung .. fragt|fragte|verlangt|ständig|immer',
        // Ein Passwort, das man selbst erfolgreich geändert hat.
        'wurde|wurden|ist .. erfolgreich geändert',
        'wurde|wurden|ist .. nicht|nie geändert',
      ],
    },
    cancelAsk: {
      match: [
        'wie komme|kommen ich|wir .. aus .. vertrag raus', 'wie lange läuft .. mindestlaufzeit',
        'wie kündige|kündigen', 'wie .. kündigen|kündige|kündigung',
      ],
    },
    churn: {
      notForModels: [
        'vergleichsportal|vergleichsportale|vergleichsportalen',
        'warum ich|wir noch .. bleiben|bleibe',
        'bessere|günstigere angebote|angebot',
        'was bietet|bietest ihr|du mir|uns',
      ],
      match: [
        // Runde 24: "ihr habt mich verloren", "wird nicht verlängert", "bestell ich woanders", "geht woanders hin".
        'ihr habt mich|uns verloren', 'wird|werde .. nicht verlängert|verlängern', 'bestell|bestelle|kauf|kaufe|buche|buch ich .. woanders',
        'geht|gehen .. woanders hin',
        // Runde 22: die Mitnahme läuft, das Konto läuft jetzt woanders, ein besserer Anbieter gesucht, „Geschichte bei euch“.
        'rufnummernmitnahme|portierung läuft', 'läuft|laufen jetzt|nun bei', 'kennt jemand|jmd .. anbieter|internetanbieter|bank|provider',
        'mit euch|denen bin ich durch', 'bin ich geschichte', 'sind wir geschichte', 'geschichte bei euch', 'einzugsermächtigung|lastschrift|abbuchungsauftrag widerrufen',
        'getrennte wege gehen', 'mein neuer anbieter|provider|versorger', 'meine neue bank|versicherung',
        // Gehen erwogen: "ich verlängere nicht", "ich überlege ernsthaft zu wechseln", "ein Grund zu bleiben".
        'verlängere|verlängern nicht',
        'überlege|überlegen .. zu wechseln|kündigen|gehen',
        // German puts a comma before the infinitive ("ich überlege ernsthaft, nach 10 Jahren zu wechseln").
        'jahren zu wechseln|kündigen|gehen',
        'grund|gründe zu bleiben',
        'ab jetzt|sofort|heute fliege|buche|kaufe ich', 'tropfen der das fass',
        'nicht mehr mit euch|ihnen|lumo fliege|fliegen|reise|bestelle',
        'ich kündige', 'kündige', 'kündigung', 'kündigen', 'werde kündigen', 'wechsle zu', 'ich wechsle',
        'anbieterwechsel', 'wechsel zu', 'nie wieder', 'zum letzten mal', 'anderen anbieter', 'zur konkurrenz', 'mit der konkurrenz',
        'einen kunden verloren', 'kunden verloren',
        'letzter flug|einkauf bei|mit euch|ihnen', 'letzte bestellung|buchung bei|mit euch|ihnen', 'ihr habt mich als kunden verloren',
        'mit einer anderen airline|fluggesellschaft|firma', 'das überlege ich mir zweimal', 'tschüss für immer', 'app gelöscht|deinstalliert',
        // Zur Konkurrenz gehen, beim Namen genannt: "ich geh zu O2, reicht mir".
        'geh|gehe zu|zur o2|telekom|vodafone|congstar|1und1|freenet|konkurrenz',
        // Gehen als Urteil: „ihr seht mich nie wieder“, „Rufnummernmitnahme beantragt“, „ich bereue den Wechsel zu euch“.
        'rufnummernmitnahme|portierung beantragt|angefordert', 'erste und letzte mal',
      ],
      except: [
        'wie .. kündigen|kündigung|kündige', 'kann ich .. kündigen', 'kündigungsfrist',
        // Wer zu uns wechselt, kommt, statt zu gehen: „ich wechsle zu euch“.
        'wechsle|wechseln|wechsel|komme|kommen zu euch|ihnen|lumo',
      ],
      // Reue über den Wechsel zu uns, den die Ausnahmen oben als Kommen lesen.
      despite: [
        'bereue|bereuen|bereut .. wechsel zu euch|ihnen|lumo',
      ],
    },
    ironic: {
      match: [
        'danke für nichts|nix', 'vielen dank für nichts|nix', 'dank|danke für gar|überhaupt|absolut nichts|nix', 'na toll', 'na super', 'na prima', 'ganz toll', 'echt toll',
        'herzlichen dank auch', 'danke auch', 'vielen dank auch', 'ja klar', 'jaja', 'ja ja', 'sehr witzig',
        'wer hätte das gedacht', 'was für eine überraschung',
      ],
    },
    praise: {
      match: [
        'super', 'perfekt', 'klasse', 'spitze', 'hervorragend', 'ausgezeichnet', 'wunderbar',
        'großartig', 'genial', 'bravo', 'gut gemacht', 'weiter so', 'herzlichen glückwunsch', 'glückwunsch',
        'sehr freundlich', 'freundlich', 'hilfsbereit', 'kompetent', 'schnell geholfen', 'zufrieden', 'begeistert',
        'die besten', 'der beste', 'ich liebe',
        'echt|sehr|super|einfach|ganz toll', 'toll gemacht', 'einfach top',
        'toll', 'toller|tolle|tolles|tollen',
        'immer wieder gerne', 'immer ein vergnügen', 'freue mich auf den flug', 'freue mich auf die reise', 'freue mich auf euch', 'ruhiger|pünktlicher|perfekter flug', 'weiß ich sehr zu schätzen',
      ],
      except: [
        'nicht zufrieden', 'unzufrieden',
        'toll free|road|number|fee|fees|charge|charges|booth|plaza|bridge', 'toll-free',
      ],
    },
    ironyLead: {
      match: [
        'ich liebe es wenn|wie', 'wie schön', 'wie toll', 'immer wieder schön', 'schön dass', 'herrlich', 'vielen dank', 'danke schön', 'besten dank',
      ],
    },
    ironyTarget: {
      match: [
        // Ein Preis, der steigt, gelobt (Runde 25): "Tarif automatisch optimiert = 5€ teurer".
        'preis|preise|tarif|beitrag|abschlag|gebühr|abo .. erhöht|teurer|gestiegen', 'preiserhöhung|beitragserhöhung|tariferhöhung',
        // Danke, "dass ihr mir Roaming berechnet habt": für eine Abbuchung dankt niemand.
        'ihr|sie mir|uns .. berechnet|abgebucht|verrechnet',
        'daran erinnert|erinnern', 'zu verlieren', 'kaputt zu machen',
        // Stunden irgendwo, eine Nacht auf dem Boden, eine verpasste Feier: „danke für die 5 Stunden in Frankfurt".
        'die .. stunden in|am|im|auf', 'nacht|nächte .. boden|flughafen|bahnhof|terminal', 'verpasst|verpassen|verpasste',
        // "Danke für den Platz neben der Toilette", "für die Überraschung auf der Rechnung".
        'neben der|den toilette|toiletten|klo', 'überraschung|überraschungen .. rechnung|abbuchung|konto',
        // Die Wartezeit selbst: „danke, drei Wochen für ein Modem".
        'stunden|tage|tagen|wochen|monate|monaten für ein|eine|einen|den|die|das',
        'warten lassen', 'die verspätung', 'das warten', 'die wartezeit', 'verloren', 'gestrichen', 'storniert',
        'ruiniert', 'stehen lassen', 'im stich gelassen',
        'stunden|tage|wochen|monate .. warten|wartezeit|verspätung',
        'stunden|tage|wochen|monate für|auf einen|eine|die|den|das|meine|meinen techniker|erstattung|antwort|lieferung|reparatur|installation|aktivierung|rückruf',
        // Ein besonderer Tag, verbracht, wo niemand sein will: „mein Geburtstag am Flughafen“.
        'geburtstag|hochzeitstag|flitterwochen|weihnachten|urlaub .. am|im flughafen|bahnhof',
        ...FAMILY_SPLIT,
      ],
      // Nicht verpasst ist kein Schaden.
      except: ['nicht|nie verpasst|verpassen|verpasste'],
    },
    resolution: {
      match: [
        'hilfe', 'helfen', 'geholfen', 'lösung', 'gelöst', 'behoben', 'repariert', 'erstattung', 'antwort',
        'rückmeldung', 'info*', 'geduld', 'verständnis', 'schnell*', 'unterstützung', 'entschuldigung', 'kulanz',
      ],
    },
    claim: {
      match: [
        'kundenservice', 'kundendienst', 'service', 'support', 'schnell', 'unbegrenzt', 'unlimitiert', 'garantiert',
        'kostenlos', 'gratis', 'glasfaser', 'highspeed', 'qualität', 'premium', 'flatrate',
      ],
    },
    supposition: {
      // „Falls“ mit dem, was angenommen wird (allein ist es auch das englische „falls over“). „Wenn“ ist
      // auch „jedes Mal, wenn“: „wie lade ich auf, wenn die App ständig abstürzt?“ meldet einen Fehler.
      match: ['falls ich|wir|mein|meine|meinem|meiner|es|man|der|die|das|ihr|sie', 'im fall', 'im falle'],
      except: [
        'wie .. falls', 'was mache|tue|soll .. falls',
        // In der Vergangenheit erzählt, ist es passiert: „bekomme ich Geld zurück, falls mein Flug gestrichen wurde?“.
        'falls .. wurde|wurden|war|waren',
      ],
    },
    contrast: {
      match: [
        'aber', 'jedoch', 'leider', 'trotzdem', 'obwohl', 'allerdings', 'schade', 'dennoch', 'außer',
      ],
    },
    statusClaim: {
      match: [
        'nicht angetroffen', 'empfänger nicht angetroffen', 'zustellversuch',
        'zugestellt', 'geliefert', 'gelöst', 'erledigt', 'abgeschlossen', 'versandt', 'verschickt', 'unterwegs', 'in zustellung', 'bald', 'erstattet'],
    },
    quoteIntro: {
      match: [
        'steht', 'zeigt', 'sagt', 'meldung', 'fehler', 'kommt',
      ],
    },
    legal: {
      match: [
        // Öffentlicher Protest geht sofort an einen Menschen, wie eine rechtliche Drohung: "das geht an die Presse".
        'an die presse|medien|zeitung|zeitungen', 'zur presse', 'an einen|die journalist|journalisten', 'meinen|unseren abgeordneten', 'überall posten|teilen|veröffentlichen',
        'anwalt', 'rechtsanwalt', 'anwältin', 'klage', 'verklagen',
        // „Gericht“ ist auch ein Essen: nur das Gericht, vor das man zieht oder das entscheidet.
        'vor|vors|zum|ans gericht', 'vor das gericht', 'gericht .. ziehen|einschalten|entscheiden|klären', 'verbraucherzentrale', 'bundesnetzagentur', 'rechtliche schritte', 'strafanzeige', 'schlichtungsstelle', 'luftfahrt bundesamt', 'luftfahrtbundesamt', 'söp',
        // Eine Anzeige bei der Polizei, ein Mahnbescheid, ein Gericht beim Namen genannt.
        'anzeige .. erstattet|erstatte|erstatten', 'anzeige wegen|gegen', 'polizei .. eingeschaltet|informiert|gemeldet|angezeigt|erstattet|verständigt', 'bei der|zur polizei',
        'werde|werden .. anzeigen', 'ich zeige euch|sie|dich an', 'einklagen', 'eingeklagt',
        'mahnbescheid*', 'mahnverfahren', 'vollstreckungsbescheid', 'gerichtsvollzieher', 'gerichtlich*', 'juristische|juristischen|gerichtliche|gerichtlichen schritte',
        'anwaltlich*', 'abmahnung', 'abmahnen', 'rechtsschutz|rechtsschutzversicherung .. übernimmt|eingeschaltet|informiert|zahlt|eingereicht',
        'vorm|vors amtsgericht|landgericht', 'vor dem|das amtsgericht|landgericht',
        // Aufsicht und Schlichtung: BaFin, Datenschutzbehörde, Ombudsmann, DSGVO.
        'bafin', 'aufsichtsbehörde', 'datenschutzbehörde', 'datenschutzbeauftragte*', 'landesdatenschutz*', 'dsgvo', 'datenschutzgrundverordnung',
        'ombudsmann', 'ombudsstelle', 'ombudsfrau', 'schlichtung', 'schlichtungsverfahren', 'kartellamt', 'eisenbahn bundesamt', 'eisenbahnbundesamt',
        // Eine Rückbuchung oder Rücklastschrift bei der Bank.
        'mache|machen|veranlasse|beantrage|gemacht|veranlasst|beantragt .. rückbuchung|rücklastschrift', 'rückbuchung|rücklastschrift .. gemacht|veranlasst|beantragt',
      ],
      // Eine Frage nach der Konformität ist kein Streit: „ist die App DSGVO-konform?“.
      except: ['dsgvo konform|konforme|konformen|konformes'],
    },
    safety: {
      match: [
        // Runde 23: Gas, das zischt, ein geschmolzenes Ladegerät, Heimdialyse.
        'gasherd|gas|therme|heizung|gasleitung .. zischt|zischen|riecht|stinkt', 'geschmolzen', 'geschmort', 'verschmort', 'heimdialyse',
        // Beim Ausprobieren gefunden: "euer Fahrer hat fast mein Kind überfahren".
        'fast|beinahe .. überfahren|angefahren',
        // Ein Kabel des Netzes, das herunterhängt, wo Menschen gehen: "das Kabel eures Verteilerkastens hängt auf den Gehweg".
        'kabel .. hängt|hängen|baumelt|baumeln .. gehweg|straße|strasse|bürgersteig|mast|schule|boden',
        'fahrer|fahrerin|pilot .. am handy|telefon', 'fahrt am handy|telefon',
        'fahrer|fahrerin|busfahrer|busfahrerin|taxifahrer|taxifahrerin|lokführer|lokführerin|zugführer|pilot|pilotin|kapitän .. telefonierte|tippt|tippte|textet|textete|daddelt|daddelte',
        'meinen|unseren sohn am|im flughafen|bahnhof|zug|flugzeug|gate verloren', 'meine|unsere tochter am|im flughafen|bahnhof|zug|flugzeug|gate verloren',
        'finde meinen|meine sohn|tochter|kind nicht',
        // Ein aufgeblähter Akku kann brennen.
        'akku|batterie|powerbank|handy|laptop|smartphone|tablet .. aufgebläht|aufgequollen|gebläht|bläht|geschwollen|gewölbt',
        'belästigt|belästigte .. passagiere|leute|frauen|kinder', 'defibrillator', 'leute|passagiere|alle|kinder schrien|schreien',
        'bedroht|bedrohte|griff .. flugbegleiterin|flugbegleiter|crew|fahrer|pilot|personal', 'schlangenlinien',
        // Eine ruhig gestellte Gefahrenfrage: Kerosingeruch in der Kabine, ein Kind, das sich den Kopf
        // gestoßen hat, ein Passagier, der ein Kind anfasst, Bremsen, die versagen, eine ignorierte Allergie.
        'riecht|roch|riechts|stinkt|stank|stinkts .. nach gas|kerosin|benzin|treibstoff|rauch|verbranntem|verschmortem|schwefel', 'nach kerosin|treibstoff|benzin|verbranntem|rauch riecht|roch|stinkt', 'kerosingeruch|benzingeruch|brandgeruch',
        'kopf gestoßen|angeschlagen|aufgeschlagen', 'fasst|fasste|begrapscht|betatscht .. meine|unsere tochter|sohn|frau|kind',
        'bremsen|bremse .. versagen|versagt', 'bremsen|bremse .. funktionieren|funktioniert nicht', 'trotz .. allergie|allergien',
        'feuer', 'rauch', 'verbrüh*', 'verbrannt', 'brennt', 'stromschlag', 'explodiert', 'explosion', 'verletzt', 'funken',
        'gefahr', 'gefährlich', 'überhitzt',
        'lebensmittelvergiftung', 'allergische reaktion', 'bedroht', 'angegriffen',
        'todesangst', 'angst um mein|unser leben', 'allergisch|allergie .. serviert|gegeben', 'allergisch|allergie .. ohne hinweis|warnung', 'allergisch|allergie .. mir|uns .. serviert|gegeben',
        // An Bord oder auf der Straße: ein Notfall, jemand, dem es schlecht geht oder der ohne Hilfe
        // bleibt, wer nicht fahrtüchtig ist, Geruch nach Treibstoff.
        'notlandung', 'notgelandet', 'evakuiert', 'evakuierung', 'ohnmächtig', 'bewusstlos', 'kollabiert',
        // Ein Mensch, der zusammenbricht (ein Netz, das "zusammengebrochen" ist, ist eine Störung).
        'vater|mutter|sohn|tochter|mann|frau|kind|opa|oma|freund|freundin|kollege|kollegin|passagier|passagierin|fahrgast|jemand .. zusammengebrochen|zusammengeklappt',
        'herzinfarkt', 'krampfanfall', 'fahrer|fahrerin|busfahrer|busfahrerin|taxifahrer|taxifahrerin|lokführer|pilot|kapitän .. betrunken|besoffen|angetrunken|bekifft|alkoholfahne|fahne', 'betrunkene|betrunkener pilot|kapitän|fahrer|busfahrer',
        'kerosingeruch', 'benzingeruch', 'gasgeruch',
        'zu schnell gefahren', 'fuhr|fährt .. zu schnell', 'raste|rast durch', 'rücksichtslos* gefahren|fahrweise', 'rollstuhl* .. vergessen|allein|alleine|zurückgelassen',
        'demenz', 'belästigt', 'belästigung',
        'insulin|medikament*|herztabletten|blutdrucktabletten|tabletten|inhalator|asthmaspray|epipen .. verloren|gestohlen|verschwunden',
        'ohne mein|meine|seine|ihre|seinen|ihren insulin|medikamente|herztabletten|tabletten|inhalator|asthmaspray|epipen', 'ohne insulin|medikamente',
        'unbegleitet* .. allein|alleine|niemand|verloren|vergessen',
        'geräusch|geräusche .. triebwerk|triebwerken|motor', 'triebwerk|motor .. geräusch|geräusche|vibriert|raucht|qualmt',
        'herrenlose|herrenloser|herrenloses gepäck|koffer|tasche|paket', 'durchgestartet', 'landung .. abgebrochen',
        'unfall', 'autounfall', 'verkehrsunfall', 'aufgefahren', 'schleudertrauma',
        // Gefahr, schlicht erzählt: Brandgeruch, Drohungen gegen andere, eine Spritze, Türen offen
        // während der Fahrt, ein versperrter Notausgang, eine gerissene Scheibe, etwas fiel auf ein Kind.
        'brandgeruch', 'spritze', 'spritzen',
        'bedrohte|bedroht|bedrohen .. fahrgäste|passagiere|leute|kunden|kinder', 'allergie .. ignoriert', 'allergischen schock',
        'tür|türen .. während der fahrt', 'fahrer .. am handy|telefon', 'fahrer .. textete|tippte',
        'notausgang|notausgänge .. blockiert|kaputt|verschlossen|versperrt', 'riss|risse in|im .. fenster|scheibe|windschutzscheibe|tragfläche',
        'fiel|fielen auf mein|meinen|meine kind|baby|sohn|tochter',
        // Unterwegs getrennt oder allein gelassen: ein Kind, das ausgestiegen ist, als der Zug weiterfuhr,
        // jemand im Rollstuhl, den niemand abholt, eine Hilfe, die nicht kommt.
        'sohn|tochter|kind|kinder|enkel|enkelin|enkelkind .. ausgestiegen', 'sohn|tochter|kind|kinder|enkel|enkelin|enkelkind .. ist|sind .. ausgestiegen',
        'von meinem|meiner|unserem|unserer|meinen|unseren sohn|tochter|kind|kindern|enkel|enkelin getrennt',
        'im rollstuhl .. nicht abgeholt|geholt', 'im rollstuhl .. wurde|wird|ist .. nicht abgeholt|geholt', 'rollstuhlfahrer|rollstuhlfahrerin .. nicht abgeholt|geholt',
        'einstiegshilfe|ausstiegshilfe|umstiegshilfe|mobilitätsservice .. nicht gekommen|erschienen',
        // Ein Notfall am Körper: ein Krampfanfall, Atemnot, der Notarzt, die Notaufnahme.
        'krampft', 'krampfte', 'krampfen', 'krampfanfälle', 'epileptische|epileptischen|epileptischer anfall', 'arzt an bord',
        'notarzt', 'notärztin', 'notaufnahme', 'krankenwagen', 'rettungswagen', 'atemnot', 'anaphylakt*', 'anaphylaxie', 'allergischer schock',
        'kriegt|kriege|krieg|kriegte|bekommt|bekomme|bekam schlecht|kaum|keine luft',
        'krankenhaus|klinik|notaufnahme|intensivstation .. eingeliefert|gebracht|gelandet',
        // Essen, das krank macht oder verletzt: Brechdurchfall, Salmonellen, ein Splitter im Essen.
        'brechdurchfall', 'salmonell*', 'vergiftet', 'vergiftung', 'erbrochen',
        'nach dem|den .. essen|döner|burger|pizza|gericht|menü .. krank|durchfall|erbrochen',
        'metallsplitter', 'glassplitter', 'glasscherbe*', 'knochensplitter',
        'metallstück|metallteil|glasstück|splitter|scherbe|scherben|draht|schraube im|in .. essen|brot|brötchen|pizza|salat|burger|döner|müsli|joghurt|suppe|getränk|nudeln|sandwich|schokolade|gericht',
        'schwarzer|schwarzen|schwarze schimmel', 'schimmel* .. matratze|matratzen|bett|betten|babybett|kinderbett|kinderzimmer|bettwäsche|kissen',
        'schimmel|verschimmelt*|schimmelig*|schimmlig* .. essen|brot|brötchen|babynahrung|babybrei|milch|käse|obst|wurst|joghurt|sandwich|salat|pizza|burger|torte|kuchen',
        'essen|brot|brötchen|babynahrung|babybrei|milch|käse|obst|wurst|joghurt|sandwich|salat|pizza|burger|torte|kuchen .. verschimmelt|schimmelig|schimmlig',
        'bettwanze*', 'zerstochen', 'kakerlake*', 'ungeziefer', 'maden', 'rattenkot', 'mäusekot',
        // Verletzt: gestürzt, eine Wunde, die blutet, eine Verbrennung, kochendes Wasser auf der Haut.
        'ausgerutscht', 'gestürzt', 'hingefallen', 'platzwunde*', 'schnittwunde*', 'gehirnerschütterung', 'knochenbruch',
        'knie|bein|hand|hände|finger|kopf|fuß|füße|arm|gesicht|lippe|mund|nase|wunde|stirn|gaumen|zunge .. blutet|blutete|bluten|bluteten|aufgeschlagen|aufgeschnitten|zerschnitten|verstaucht|geprellt',
        'gebrochene|gebrochenen|gebrochener|gebrochenes arm|bein|hand|handgelenk|rippe|rippen|nase|finger|zeh|fuß|knöchel',
        'verbrennung|verbrennungen', 'brandblase*', 'brandwunde*',
        'kochend|kochendes|kochendem|kochenden|heißes|heißem|heißer|heißen|siedendes|siedendem wasser|kaffee|tee|suppe|öl|fett|milch|getränk .. über|auf|ins .. hand|hände|arm|arme|bein|beine|gesicht|schoß|brust|bauch|rücken|fuß|füße|knie|hals|kind|baby|sohn|tochter|frau|mann|mich|uns|ihn|sie',
        // Am Steuer abgelenkt oder nicht fahrtüchtig, gleich welcher Fahrer.
        'busfahrer|busfahrerin|taxifahrer|taxifahrerin|lokführer|lokführerin|zugführer .. am|ans|aufs|seinem|ihrem handy|telefon|smartphone',
        'am steuer .. handy|telefon|smartphone|getippt|tippt|telefoniert', 'schlief|schläft|eingeschlafen|eingenickt|nickte .. am steuer', 'am steuer eingeschlafen|eingenickt', 'handy|telefon am steuer', 'während der fahrt .. handy|telefon|smartphone|getippt|tippt|telefoniert|textet',
        'alkoholfahne',
        // Übergriffe und Drohungen: angefasst, geschubst, angepöbelt, „er weiß jetzt, wo ich wohne“.
        'begrapscht', 'begrabscht', 'betatscht', 'befummelt', 'hat mich|sie|uns .. angefasst|angegrapscht|angegrabscht',
        'hand aufs|auf knie|bein|oberschenkel|po|hintern|brust', 'hand auf mein|meinen|meine|ihr|ihren knie|bein|oberschenkel|po|hintern|brust',
        'weiß .. jetzt wo ich|wir wohne|wohnen', 'trau|traue mich|uns nicht mehr raus|hinaus|allein|alleine',
        'geschubst', 'schubst|schubste|schubsten .. frau|mann|kind|kinder|leute|fahrgäste|passagiere|mich|uns|jemanden',
        'pöbelt|pöbelte|pöbeln|pöbelten .. an', 'angepöbelt', 'verprügelt', 'schlägerei', 'prügelei', 'handgreiflich*', 'bespuckt', 'angespuckt',
        'mich|uns|ihn|frau|mann|kind|kinder|fahrgäste|passagiere|fahrgast|passagier .. geschlagen|getreten|gewürgt',
        'messer|waffe|pistole gezogen|gezückt',
        // Gas, Rauch und Strom, wo sie nicht hingehören: es riecht nach Gas oder faulen Eiern, ein Stecker
        // verschmort, ein Akku bläht sich auf, eine Leitung liegt auf dem Weg.
        'riecht|roch|riechts|stinkt|stank|stinkts .. nach faulen|faule eiern|eier', 'riecht|roch|stinkt|stank .. verschmort|verbrannt|angesengt',
        'gasleck', 'gasaustritt', 'gas .. ausgetreten|strömt|entweicht', 'gas tritt aus', 'gasleitung .. kaputt|beschädigt|leck|undicht',
        'kohlenmonoxidvergiftung', 'co vergiftung', 'co melder|warnmelder .. piept|piepst|schlägt|alarm|heult|losgegangen', 'kohlenmonoxidmelder .. piept|piepst|schlägt|alarm|heult|losgegangen',
        'verschmort*', 'mit .. knall', 'lauter|lautem|lauten knall',
        'steckdose|kabel|stecker|netzteil|ladegerät|ladekabel|mehrfachstecker|verlängerungskabel .. verkohlt|geschmolzen|angeschmort|qualmt|qualmte|raucht|rauchte|glüht|glühte|sprüht|funkt',
        'akku|batterie|powerbank|ladegerät|netzteil|ladekabel .. heiß|glüht|qualmt|raucht|zischt', 'aufgebläht|aufgequollen|gebläht .. heiß|glüht|qualmt|raucht|zischt',
        'strommast|strommasten|mast|masten|oberleitung|stromleitung|stromleitungen .. umgeknickt|umgestürzt|umgefallen|abgerissen|heruntergefallen|runtergefallen',
        'leitung|leitungen|kabel|stromleitung|stromkabel|oberleitung .. liegt|liegen|hängt|hängen|hing .. straße|weg|gehweg|feldweg|bürgersteig|fahrbahn|boden|gleis|gleisen|spielplatz|garten',
        'liegt|liegen|hängt|hängen|hing .. leitung|leitungen|kabel|stromleitung|stromkabel|oberleitung .. straße|weg|gehweg|feldweg|bürgersteig|fahrbahn|boden|gleis|gleisen|spielplatz|garten',
        'blanke|blankes|blanken|offene|offenes|offenen|freiliegende|freiliegendes|freiliegenden kabel|leitung|leitungen|drähte|draht|stromkabel',
        // Eingeschlossen, und der Notruf hilft nicht: im Aufzug fest, ein Notknopf ohne Antwort.
        'hängen|hänge|hängt|hingen|stecken|stecke|steckt|steckten|sitzen|sitze|sitzt|festgesteckt|eingeschlossen|eingesperrt|gefangen .. im|in aufzug|fahrstuhl|lift',
        'aufzug|fahrstuhl .. fest|festgesteckt|steckengeblieben|eingeschlossen|eingesperrt|gefangen',
        'notknopf|notrufknopf|notruf|notsprechanlage|alarmknopf|notrufsäule .. reagiert|funktioniert|geht|klappt nicht',
        // Wer von Strom oder Leitung lebt: ein Beatmungsgerät, Sauerstoff, der Hausnotruf.
        'am|an|ans|auf beatmungsgerät*|sauerstoffgerät*|sauerstoffkonzentrator*|dialysegerät*|sauerstoff', 'heimbeatmung', 'hausnotruf*',
        'beatmungsgerät*|sauerstoffgerät*|sauerstoffkonzentrator*|dialysegerät* .. angewiesen|strom|akku|ausgefallen|läuft|braucht',
        // Medikamente, die fehlen, wenn sie gebraucht werden.
        'medikament*|herztabletten|blutdrucktabletten|insulin|inhalator|asthmaspray|epipen|notfallmedikament* .. nicht|nie angekommen',
        'medikament*|herztabletten|blutdrucktabletten|insulin|inhalator|asthmaspray|epipen|notfallmedikament* .. ist|sind .. nicht|nie angekommen',
        // Ein Kind ohne Sitz im Auto: „wir sollen die Kleine auf den Schoß nehmen“.
        'ohne kindersitz|kindersitze|babyschale|sitzerhöhung', 'sollen|soll|sollten .. auf den|dem schoß nehmen|halten|setzen',
      ],
      except: [
        'fast|beinahe .. herzinfarkt',
        // Redensarten: „bei der Nachzahlung krieg ich nen Herzinfarkt“, „das Datenvolumen ist explodiert“.
        'krieg|kriege|kriegt|bekomm|bekomme|bekommt ich|man .. herzinfarkt', 'ich|man krieg|kriege|kriegt|bekomm|bekomme|bekommt .. herzinfarkt',
        'datenvolumen|volumen|verbrauch|kosten|preise|preis|rechnung|rechnungen|handyrechnung|stromrechnung|gasrechnung|telefonrechnung|nachzahlung|abschlag|heizkosten|stromkosten|strompreis|strompreise|gaspreis|gaspreise|spritpreise|anfragen|nachfrage|bestellungen|zugriffe|traffic|mieten|miete|gebühren|zinsen|kommentare|follower|zahlen|nebenkosten .. explodiert',
        'datenvolumen|volumen|verbrauch|kosten|preise|preis|rechnung|rechnungen|handyrechnung|stromrechnung|gasrechnung|telefonrechnung|nachzahlung|abschlag|heizkosten|stromkosten|strompreis|strompreise|gaspreis|gaspreise|spritpreise|anfragen|nachfrage|bestellungen|zugriffe|traffic|mieten|miete|gebühren|zinsen|kommentare|follower|zahlen|nebenkosten .. ist|sind .. explodiert',
        'explosion der|bei den .. preise|kosten|nachfrage|mieten',
        // Ein Kurs, der stürzt, eine Hand, die beim Tippen ausrutscht, ein Kind, das nur etwas vergaß.
        'aktie|aktien|kurs|kurse|preis|preise|umsatz|umsätze|zahlen .. gestürzt', 'hand|finger|maus|daumen ausgerutscht',
        'ausgestiegen und hat|haben ihr|ihre|ihren|sein|seine|seinen',
        // Der Hausnotruf als Angebot, nach dem gefragt wird.
        'kostet|kosten|bietet|bietest|anbieten|angebot|buchen|bestellen|tarif|tarife .. hausnotruf*', 'hausnotruf* .. kostet|kosten|bestellen|buchen|angebot|tarif|tarife|anbieten',
      ],
    },
    abuse: {
      match: [
        'arschloch*', 'idiot*', 'vollidiot*', 'wichser', 'hurensohn', 'hurensöhne', 'scheißladen', 'verpisst euch',
        'fick dich', 'fickt euch',
      ],
      except: [
        'mich .. idiot*|vollidiot* genannt|beschimpft|bezeichnet', 'als .. idiot*|vollidiot*',
        'wie .. idiot*|vollidiot*',
      ],
    },
    human: { match: ['mit einem|einer mitarbeiter|mitarbeiterin|menschen|berater|beraterin|person', 'echte person', 'echten menschen', 'mit jemandem sprechen', 'kein bot', 'vorgesetzten sprechen', 'rückruf', 'antwortet mir', 'antworten sie mir', 'antwortet endlich', 'ist da jemand', 'ist jemand da', 'seid ihr da', 'liest das jemand'] },
    bereavement: {
      match: [
        'mann|frau|mutter|vater|mama|papa|sohn|tochter|bruder|schwester|oma|opa|großmutter|großvater|onkel|tante|freund|freundin|neffe|nichte .. gestorben|verstorben|tot', 'verstorben*', 'todesfall', 'trauerfall', 'beerdigung', 'beileid',
      ],
    },
    thanks: { match: ['danke', 'dankeschön', 'danke schön', 'vielen dank', 'herzlichen dank', 'besten dank', 'danke sehr', 'merci', 'bedanken'], except: ['nein danke', 'danke für nichts|nix', 'dank|danke für gar|überhaupt|absolut nichts|nix', 'danke auch', 'vielen dank auch', 'herzlichen dank auch'] },
    greeting: { match: ['hallo', 'guten tag', 'guten morgen', 'guten abend', 'moin', 'servus', 'grüß gott', 'grüezi', 'hi'] },
    urgent: {
      notForModels: [
        'und jetzt',
        'was nun',
      ],
      match: [
        'dringend', 'sofort', 'notfall', 'eilig', 'schnellstmöglich', 'so schnell wie möglich', 'beeilt euch', 'beeilen sie sich',
        // Zeitdruck: eine Reise oder ein Termin, der nicht bis morgen wartet.
        'in einer|zwei|2|drei|3 stunde|stunden', 'heute abend', 'mein flug', 'flug|zug|anschluss verpassen', 'verpasse meinen flug|zug|anschluss',
        'gleich boarding',
      ],
    },
    positive: { match: ['super', 'perfekt', 'klasse', 'zufrieden', 'gelöst', 'funktioniert wieder', 'geht wieder', 'hervorragend', 'spitze'] },
    sinceWhen: {
      match: [
        'seit', 'gestern', 'heute morgen|früh|nacht', 'den ganzen tag|morgen|abend', 'die ganze nacht|woche',
        'vor .. minuten|stunden|tagen|wochen|monaten',
      ],
    },
    outrage: {
      match: [
        'frechheit', 'unverschämt*', 'skandal*', 'inakzeptabel', 'lächerlich', 'wütend', 'sauer', 'unfassbar',
        'katastroph*', 'abzocke', 'betrüger', 'schlimmste', 'schlechteste', 'inkompetent*', 'schämen', 'nase voll',
      ],
    },
    loyalty: {
      match: ['treu', 'treue', 'treuer', 'treuen', 'kundentreue'],
      except: [
        'treue punkte|karte|programm|bonus|status',
      ],
    },
    noHarmDone: {
      match: [
        'nichts angeklickt|geöffnet',
        'nicht angeklickt|geöffnet|geantwortet',
        'wollte es|das|sie nur melden',
        'nur zur info',
      ],
    },
    negative: { match: ['besorgt', 'mache mir sorgen', 'machen uns sorgen', 'schlecht', 'schlimm', 'traurig', 'ärgerlich', 'leider', 'mies', 'nervig', 'teuer', 'langsam', 'verloren'] },
  },
  // Words by the part they play in telling of a failure (see Lexicon.failureWords).
  failureWords: {
    thing: [
      'app', 'seite', 'website', 'handy', 'telefon', 'router', 'internet', 'wlan', 'netz', 'leitung',
      'glasfaser', 'verbindung', 'signal', 'dienst', 'konto', 'karte', 'zahlung', 'bestellung',
      'paket', 'lieferung', 'flug', 'flüge', 'flugzeug', 'zug', 'bus', 'koffer', 'gepäck', 'ticket',
      'buchung', 'erstattung', 'update', 'passwort', 'code',
    ],
    failing: [
      'kaputt', 'defekt', 'gestört', 'ausgefallen', 'verloren', 'verspätung', 'verspätet',
      'gestrichen', 'annulliert', 'storniert', 'langsam', 'fehler', 'blockiert', 'gesperrt', 'hängt',
    ],
    working: [
      'funktioniert', 'geht', 'lädt', 'kommt', 'angekommen', 'antwortet', 'verbindet',
    ],
    duration: [
      'stunden', 'stunde', 'tage', 'tag', 'minuten', 'wochen', 'woche', 'seit', 'immer', 'noch',
      'heute', 'jetzt', 'gestern',
    ],
    waiting: [
      'warten', 'warte', 'warteschleife', 'schlange',
    ],
  },
  subjects: {
    order: {
      match: [
        'bestellung*', 'bestellt', 'paket*', 'lieferung*', 'geliefert', 'zustellung*', 'zugestellt', 'sendung*',
        'kurier*', 'paketbote*', 'rücksendung*', 'retoure*', 'ersatzgerät*',
      ],
    },
    trip: {
      match: [
        'flug', 'flüge', 'fluges', 'flugzeug*', 'flughafen*', 'gate', 'boarding', 'anschlussflug*', 'gepäck*', 'koffer*',
        'pilot*', 'crew', 'zug', 'züge', 'zuges', 'bahn', 'bahnhof*', 'gleis', 'ticket', 'tickets', 'fahrkarte*', 'urlaub', 'fähre', 'kreuzfahrt*',
        'buchung', 'buchungen', 'reservierung*', 'hotel', 'hotels', 'rollfeld', 'shuttle', 'mietwagen*',
        // A delay on its own is a journey's; an order's, a refund's or a reply's is excepted.
        'verspätung', 'verspätungen', 'verspätet', 'verspätete',
      ],
      except: ['bestellung|bestellungen|paket|pakete|lieferung|sendung|erstattung|zahlung|antwort .. verspätung|verspätet|verspätete'],
    },
    // A bag is the journey's, even when it is to be delivered: "my lost bag lands at 6, will it be delivered tonight?".
    baggage: { match: ['koffer', 'gepäck', 'gepäckstück', 'gepäckstücke'] },
    visit: {
      match: [
        'techniker*', 'servicetechniker*', 'monteur*', 'installateur*', 'ableser*', 'zählerableser*', 'termin', 'termine', 'termins',
        'technikertermin*', 'montagetermin*', 'installationstermin*', 'anschlusstermin*', 'schaltungstermin*', 'hausbesuch*',
        // Der Dienst des Besuchs: "der Techniker für die Installation von Glasfaser".
        'techniker*|monteur*|installateur*|termin .. installation|anschluss|aktivierung|freischaltung|einrichtung|schaltung .. glasfaser|internet|dsl|leitung|wlan|netz',
        'techniker*|monteur*|installateur*|termin .. glasfaser|internet|dsl|leitung|wlan|netz .. installation|anschluss|aktivierung|freischaltung|einrichtung|schaltung',
        'techniker*|monteur*|installateur* für|wegen .. glasfaser|internet|dsl|leitung|wlan|netz',
        'installation|anschluss|aktivierung|freischaltung|einrichtung|schaltung .. glasfaser|internet|dsl|leitung|wlan|netz .. techniker*|monteur*|installateur*|termin',
      ],
      except: [
        // Die eigenen Termine des Kunden, wegen etwas anderem verpasst.
        'ich|wir .. termin|termine .. verpasst|verpassen|verpasse', 'termin .. arzt|ärztin|zahnarzt|krankenhaus',
        // Ein Datum, kein Besuch: "zum nächstmöglichen Termin kündigen".
        'nächstmöglichen|frühestmöglichen|nächstmöglichem termin', 'termin .. kündig*', 'kündig* .. termin',
      ],
    },
    service: {
      match: [
        'internet', 'wlan', 'website', 'webseite', 'wifi', 'wi fi', 'leitung', 'netz', 'signal', 'empfang', 'app',
        'passwort', 'glasfaser', 'dsl', 'streaming', 'roaming', 'fehler',
      ],
      // Where the customer read about the trip or the order, not what fails.
      except: ['website|webseite|app zeigt|zeigte|sagt|sagte|meldet|meldete', 'infos|info|informationen|nachricht|nachrichten|update|updates|benachrichtigung in|auf .. website|webseite|app'],
    },
  },
};
