// Italian word lists for triage. Syntax of the phrases: see lexicon.ts.
import { QUOTED_AMOUNTS, type Lexicon } from './lexicon.ts';

// Una famiglia separata in viaggio: un guasto, e ciò per cui si ringrazia con sarcasmo ("complimenti per averci separati in aereo").
const FAMILY_SPLIT = ['separat*|divis* .. famiglia|figli|figlio|figlia|bambini|bambino|bambina', 'separati|divisi in aereo|volo|treno'];
// Un addebito doppio, col nome prima o dopo ("addebito doppio sull'estratto conto"): una questione del proprio conto e un reclamo.
const DOUBLE_CHARGE = ['doppio addebito', 'addebito|addebiti|pagamento|pagamenti doppio|doppi|duplicato|duplicati'];

export const italian: Lexicon = {
  functionWords: [
    'il', 'lo', 'gli', 'i', 'la', 'le', 'un', 'uno', 'una', 'a', 'in', 'o', 'di', 'del', 'della', 'dello', 'dei', 'delle',
    'degli', 'al', 'alla', 'ai', 'alle', 'dal', 'dalla', 'nel', 'nella', 'nei', 'sul', 'sulla', 'per',
    'con', 'che', 'non', 'e', 'è', 'ed', 'se', 'ho', 'hai', 'ha', 'abbiamo', 'avete', 'hanno', 'sono', 'siamo',
    'siete', 'mi', 'ti', 'ci', 'vi', 'si', 'io', 'voi', 'mio', 'mia', 'miei', 'mie', 'vostro', 'vostra',
    'questo', 'questa', 'quello', 'come', 'quando', 'perché', 'dove', 'quanto', 'quale', 'cosa', 'chi',
    'anche', 'ancora', 'sempre', 'già', 'più', 'molto', 'tutto', 'niente', 'nulla', 'nessuno', 'ieri',
    'oggi', 'domani', 'ciao', 'grazie', 'salve', 'buongiorno', 'buonasera', 'aiuto', 'posso', 'potete',
    'funziona', 'va', 'fatto', 'ma', 'però', 'allora', 'da', 'tra', 'fra', 'sto', 'sta', 'stato', 'essere',
    'avere', 'fare', 'faccio', 'devo', 'vorrei', 'bisogno', 'qualcuno', 'mai', 'solo', 'dopo', 'prima',
  ],
  markerWords: ['rimborso', 'ordine', 'bolletta', 'fattura', 'guasto', 'segnale', 'pacco', 'volo', 'disdetta', 'addebito', 'ricarica'],
  fillerWords: [
    'problema', 'problemi', 'aiuto', 'aiutatemi', 'aiutami', 'help', 'info', 'informazione',
    'informazioni', 'domanda', 'urgente', 'favore', 'piacere', 'scusate', 'scusa', 'ok', 'okay', 'ehm',
    'boh', 'qualcosa', 'cosa', 'funziona', 'funzionano', 'funge', 'va', 'vanno', 'andare', 'riesco',
    'capisco', 'capito', 'sapere', 'niente', 'nulla', 'tutto', 'ecco', 'allora', 'quindi', 'dunque',
    'qui', 'qua', 'cè', 'ce', 'bene', 'male', 'fate', 'fare', 'succede', 'successo', 'rispondete',
    'risposta', 'ragazzi', 'gentili', 'buona', 'giornata', 'sera', 'mattina', 'tutti', 'aiutarmi', 'aiutarci', 'aiutare', 'aiutateci', 'mano', 'serve', 'bisogno', 'potete', 'potreste', 'puoi', 'potresti', 'qualcuno', 'avrei', 'avremmo', 'servirebbe',
  ],
  negators: ['non', 'nessun', 'nessuno', 'nessuna', 'niente', 'nulla', 'mai', 'senza', 'né', 'no', 'neanche', 'nemmeno', 'neppure'],
  negatorIdioms: ['come mai', 'se mai', 'che mai'],
  phrases: {
    question: {
      match: [
        'vorrei sapere', 'vorrei capire', 'volevo sapere', 'volevo chiedere', 'vorrei chiedere',
        'vorremmo sapere|capire|chiedere|conoscere', 'volevamo sapere|chiedere',
        'mi chiedevo', 'sapete se', 'sapreste', 'mi sapete dire', 'mi dite', 'mi spiegate', 'qualcuno sa',
        'info su', 'informazioni su', 'chiedo info', 'come mai', 'mi servirebbe sapere',
      ],
    },
    request: {
      // Un bisogno o una richiesta detti come affermazione: "mi servirebbe una mano con la fattura, grazie".
      match: ['mi serve', 'mi servirebbe', 'ci serve', 'ho bisogno', 'abbiamo bisogno', 'avrei bisogno', 'vorrei', 'vorremmo', 'per favore', 'per piacere'],
      except: ['vorrei ringraziare|dire|fare|complimentarmi'],
    },
    questionStart: {
      match: [
        'come', 'quando', 'perché|perche|xke|xche|pk', 'dove', 'quanto|quanti|quanta|quante', 'quale|quali',
        'qual', 'chi', 'cosa', 'che cosa', 'posso', 'possiamo', 'potete|potreste|potresti', 'si può',
        'è possibile', 'e possibile', "c'è un modo", 'esiste', 'avete', 'sapete', 'bisogna', 'conviene',
        'è normale', 'è vero',
      ],
      except: ['come al solito', 'come sempre', 'come previsto', 'come detto', 'come da', 'come ogni'],
    },
    howTo: {
      notForModels: [
        'non trovo|riesco .. opzione|opzioni|impostazione|impostazioni|pulsante|tasto|menu|voce',
      ],
      match: [
        'come si|faccio|posso|fare|funziona|attivo|leggo|cambio|controllo|vedo|trovo|scarico|pago|ricarico|verifico',
        'come vedere|controllare|scaricare|pagare|trovare|leggere|attivare|disattivare|cambiare|verificare|ottenere|avere|richiedere|visualizzare|ricevere|consultare|modificare|comunicare|inviare|fare|effettuare|sapere',
        'dove trovo|posso|si|vedo|scarico', 'è possibile', 'si può', 'posso', 'quanto costa', 'quanto costano',
        'cosa significa', 'che significa', 'cosa vuol dire',
        'all estero', 'in roaming', 'in europa', 'fuori italia',
        'vale|valgono|include|includono|comprende|comprendono|copre|prevede',
      ],
    },
    account: {
      match: [
        // Trovati con le sonde (giro 21): i dati mandati in privato, l'account bloccato, i punti non
        // accreditati, un nome sbagliato sul biglietto, una fattura da avere, un bambino da aggiungere.
        'mando|mandato|scrivo|scritto|invio|inviato|passo .. in|via|per dm|privato|pvt|direct', 'account|conto .. bloccat*', 'bloccat* l|il account|conto',
        'punti|miglia .. non|mai .. accreditat*|arrivat*|caricat*', 'nome .. sbagliat*', 'c è|e scritto .. invece di', 'mi serve|servirebbe la|una fattura|ricevuta',
        'aggiungere|aggiungete|inserire .. neonato|neonata|bambino|bambina|figlio|figlia .. prenotazione|biglietto', 'rimborso .. neanche|nemmeno l ombra',
        ...DOUBLE_CHARGE,
        // La propria pratica o prenotazione, o la richiesta di parlare in privato: i dati vanno in DM.
        'numero di pratica|prenotazione|biglietto|ticket|segnalazione', 'la mia prenotazione|pratica|segnalazione',
        'se non mi seguite|seguiate', 'finché|finche non mi seguite|seguiate', 'aiuto con la|una|mia prenotazione',
        'annullare|cancellare|annullate|cancellate|annullatemi|cancellatemi .. ordine|ordinazione|acquisto|prenotazione', 'addebit* .. non richiest*',
        'recuperare l|il mio account|profilo', 'scrivetemi in privato|dm', 'in privato per favore', 'seguitemi per|in dm',
        'mi avete|hanno .. addebitat*|tolt*|scalat*|fatturat*|attivat*|disattivat*|sospes*|bloccat*|cancellat*|cambiat*|aumentat*|prelevat*|chiest*|staccat*|rubat*|preso|presi', 'mi avete|hanno preso|presi|fatto pagare',
        'mi|ci è|e|sono stat* .. addebitat*|tolt*|scalat*|fatturat*|attivat*|sospes*|bloccat*|prelevat*|chiest*',
        // Il verbo con il pronome attaccato ("continua a scalarmi soldi"), una commissione con il suo
        // importo, bollette che continuano ad arrivare.
        'scalarmi|scalarci|addebitarmi|addebitarci|prelevarmi|fatturarmi', `${QUOTED_AMOUNTS} euro di commissione|commissioni|penale|mora|spese`, 'mandarmi|inviarmi|mandarci|inviarci bollette|fatture|bolletta|fattura', 'continua|continuano|continuate a scalare|addebitare|prelevare|fatturare|togliere',
        'bolletta|bollette|fattura|fatture doppia|doppie|doppio|doppi', 'due bollette|fatture .. stesso|stessa|mese|periodo',
        'addebitat* due volte', 'mi abbiate|aveste|ha|hai .. addebitat*|tolt*|scalat*|fatturat*|prelevat*', 'avete|hanno .. addebitat*|prelevat*|scalat*|fatturat*', 'doppio pagamento', 'addebito non autorizzato',
        // Il proprio rimborso o recesso, non una domanda su come funzionano ("in che tempi viene rimborsato un credito?").
        'voglio|vorrei|chiedo|pretendo|esigo|aspetto|attendo|rivoglio .. rimbors*', 'mio rimborso', 'per il rimborso', 'rimborsatemi', 'rimborsarmi',
        'ho|abbiamo .. chiesto|richiesto|fatto|inviato|mandato .. rimborso|recesso|disdetta', 'rimborso|rimborsi .. non|mai .. arrivat*|ricevut*|accreditat*', 'ho pagato', 'ho ordinato', 'ho acquistato', 'ho comprato', 'ho richiesto', 'ho attivato',
        'ho disdetto', 'ho fatto .. ordine', 'non mi è|e .. arrivat*', 'non è|e ancora arrivat*',
        'ancora non .. arrivat*', 'non ho .. ricevut*', 'mai arrivat*', 'mai ricevut*', 'disdetta',
        'mio recesso', 'sim bloccata', 'account bloccato', 'profilo bloccato', 'linea sospesa', 'credito sparito',
        'soldi spariti', 'i miei soldi', 'soldi|importo|denaro .. presi|preso|prelevat*|scalat*', 'mi avete|hanno preso|prelevato|scalato .. soldi', 'numero d ordine', 'numero ordine', 'codice cliente', 'mia pratica',
        'la mia richiesta', 'furto della sim', 'sim rubata', 'ho perso la sim', 'sostituzione sim',
        'cambio intestatario', 'intestat* a me',
        // La propria bolletta, ricevuta o no, e i propri dati sbagliati: "ho ricevuto una fattura con
        // il conguaglio", "fattura non ricevuta", "indirizzo cliente errato".
        'ho|abbiamo ricevuto .. fattura|fatture|bolletta|bollette|bollettino|sollecito|conguaglio',
        'fattura|fatture|bolletta|bollette .. non|mai ricevut*|arrivat*|recapitat*|pervenut*', 'fattura|fatture|bolletta|bollette .. non ancora ricevut*|arrivat*|recapitat*|pervenut*',
        'fattura|fatture|bolletta|bollette .. non mi|ci è|e|sono ancora|mai|stata|state ricevut*|arrivat*|recapitat*|pervenut*', 'fattura|fatture|bolletta|bollette .. non mi|ci è|e|sono ricevut*|arrivat*|recapitat*|pervenut*',
        'non arriva|arrivano ancora .. bolletta|bollette|fattura|fatture', 'non mi|ci arriva|arrivano .. bolletta|bollette|fattura|fatture',
        // La propria lettura sbagliata: "errata autolettura", "ho sbagliato l'autolettura".
        'errata|sbagliata autolettura|lettura', 'autolettura|lettura .. errata|sbagliata', 'ho|abbiamo sbagliato .. autolettura|lettura|pagamento|importo|iban',
        // "Perché mi mandate una lettura in stima?": what the company sends this customer.
        'mi mandate|inviate|chiedete|addebitate|fatturate',
        // Lavori e debiti propri: "quando mi fanno l'allaccio?", "non sono riuscita a pagare".
        'mi|ci fanno|farete|fate|faranno .. allaccio|allacciamento|lavori|intervento|sopralluogo', 'non sono|siamo riuscit* a|ad pagare',
        'indirizzo|civico|dati|nome|intestazione|iban .. errato|errata|errati|errate|sbagliato|sbagliata|sbagliati|sbagliate',
        // L'accesso al proprio account: "ho cambiato email, mi serve una nuova password".
        'nuova password', 'password dimenticata', 'ho dimenticato .. password', 'ho cambiato .. email|mail|cellulare',
        // Un addebito contestato come domanda: "perché pago il roaming in Svizzera se ho l'offerta estero?", "come mai la segreteria mi costa?".
        'perché|perche .. pago|paghiamo|pagato|costa|costano|costato|addebitate|addebitato', 'come mai .. pago|paghiamo|pagato|costa|costano|costato|addebitate|addebitato',
      ],
    },
    accountItem: {
      notForModels: [
        'potete|potreste|riuscite .. spostarmi|spostarci|aggiungere|prolungare|unire|intestare',
        'posso|possiamo spostarmi|spostarci',
      ],
      match: [
        // Trovati con le sonde (giro 25): una bolletta e il suo importo, un rimborso parziale o sparito,
        // un sinistro o una pratica aperti, la portabilità ferma, un contratto mai firmato.
        'bolletta|bollette|fattura|fatture|conguaglio|addebito|prelievo di .. euro', 'del|il rimborso .. ancora|nessuna|nessun|solo|parziale', 'sinistro|pratica|reclamo|segnalazione aperto|aperta|denunciato|denunciata|aperti', 'portabilità .. ferma|fermo|bloccata|sospesa|bloccato', 'contratto|abbonamento .. mai firmato|richiesto|sottoscritto', 'mai stat* accreditat*|caricat*',
        // Un conguaglio con la sua cifra è una bolletta propria.
        'conguaglio|conguagli .. euro',
        // I propri soldi da riavere: "quando mi restituite i soldi dell'ordine annullato?".
        'restituite|restituirete|rimborsate|rimborserete|ridate .. soldi|importo|rimborso',
        // Quello che il contratto, la bolletta o l'ordine del cliente contiene, chiesto: un'offerta
        // cambiata da sola, uno sconto non applicato, un appuntamento da spostare. Non "una copia della
        // fattura": le FAQ lo spiegano a tutti.
        'mi è|e|sono cambiat*|aumentat*|scadut* .. offerta|offerte|tariffa|tariffe|piano|promo|promozione|canone',
        'offerta|tariffa|piano|promo|promozione|canone .. cambiat*|aumentat* da sola|solo|sole|soli',
        'sconto|sconti|bonus|rimborso|credito|promo|promozione .. non .. applicat*|accreditat*|caricat*|arrivat*|riconosciut*',
        'spostare|cambiare|rinviare|anticipare|annullare|disdire .. appuntamento|installazione|intervento|sopralluogo',
        // Un viaggio o un acquisto suo: "devo cambiare il nome sul biglietto", "la ricevuta del mio soggiorno", "nessuno mi riprotegge".
        'cambiare|correggere|modificare .. nome sul|sulla|nel|nella biglietto|biglietti|prenotazione', 'nome sul|sulla|nel|nella mio|mia biglietto|biglietti|prenotazione',
        'ricevuta|ricevute|fattura|fatture .. mio|mia|nostro|nostra acquisto|acquisti|soggiorno|volo|prenotazione|noleggio|biglietto|biglietti|camera',
        'spostare|cambiare|modificare|anticipare|posticipare .. mio|mia|nostro|nostra volo|voli|prenotazione|biglietto|biglietti',
        'mi|ci riprotegge|riproteggete|riproteggono|ricolloca|ricollocate|riprenota|riprenotate', 'riproteggermi|riproteggerci|ricollocarmi|ricollocarci|riprenotarmi',
        'saldo|credito .. mia|mio carta|buono|gift regalo|card',
        // La conversazione è già in privato: "vi ho mandato un dm", "ho scritto in privato", "controllate i dm".
        'scritto|mandato|inviato|risposto .. dm|direct|privato', 'vi|ti ho|abbiamo scritto|mandato|inviato .. messaggio|messaggi|mail|email', 'controllate|guardate|leggete .. dm|direct|privato|privati|posta',
      ],
    },
    accountWeak: {
      match: [
        // Trovati provando: "mi dite quando mi arriva il rimborso?", "mi serve la fattura di ottobre".
        'mi|ci arriva|arriverà|arrivano|arriveranno .. rimborso|rimborsi|accredito|resto',
        'fattura|fatture|bolletta|bollette di|del|dello|dell .. gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|mese',
        // Una bolletta che raddoppia è la loro: "bolletta raddoppiata senza motivo".
        'bolletta|fattura .. raddoppiat*|triplicat*',
        // Devices and the line ("il mio modem", "la mia linea") are faults or how-tos, not the account.
        'mio|mia|miei|mie ordine|ordini|fattura|fatture|bolletta|bollette|conto|account|abbonamento|contratto|sim|numero|pacco|spedizione|ricarica|credito|carta|profilo|offerta|piano|pagamento|pagamenti|utenza|password|addebito|addebiti|consegna|tariffa|saldo|portabilità',
        // "Stato pratica", "situazione fatture": a case of one's own, unless asked how ("si può sapere lo stato di una pratica?").
        'stato|situazione .. pratica|pratiche|fatture|bollette|pagamenti|richiesta|domanda',
        'consumo|consumi anomalo|anomali|elevato|elevati|eccessivo|eccessivi',
        // Il proprio vincolo: "quando scade il mio vincolo?".
        'mio|nostro vincolo',
      ],
    },
    complaint: {
      match: [
        // Giro 22: "5 operatori, 5 risposte diverse", "'la sua chiamata è importante per noi' da 38 minuti".
        'risposte diverse', 'la sua|vostra chiamata è|e importante',
        // Trovato provando: "l'operatore mi ha riattaccato".
        'mi ha|hanno|avete riattaccato', 'riattaccato in faccia',
        // Lodi accanto ai tempi di una risposta sono ironia: "ottimo servizio, come sempre tre giorni per una risposta".
        'giorni|ore|settimane|mesi per .. risposta|rispondere|richiamare',
        // Incredulità davanti a una cifra: "un conguaglio di 900 euro, ma siete impazziti?".
        'siete|sei impazzit*',
        // Quel che il servizio non ha fermato: "ricevo ancora 5 chiamate al giorno"; un servizio che fa "quando gli pare".
        'ricevo|riceviamo|arrivano|ricevono ancora .. chiamate|telefonate|sms|messaggi|mail|email',
        'continuo|continuiamo|continua|continuano a ricevere|arrivare',
        'quando|come gli|le|ci pare',
        // Fatti aspettare: "mi hanno fatto aspettare 3 ore", "ci fanno attendere".
        'fatto|fatta|fatti|fatte|fanno|farci|farmi aspettare|attendere',
        // Lodi a un concorrente, una concessione che dice che non basta, la cortesia negata.
        'a differenza vostra|tua', 'a differenza di voi',
        // Il prezzo: "bolletta troppo cara", "tariffe troppo alte".
        'troppo cara|caro|care|cari|costosa|costoso|costose|costosi|salata|salato|salate',
        // Non quello che si era scelto: "un'offerta diversa da quella che avevo chiesto".
        'diversa|diverso|diverse|diversi da quella|quello|quelle|quelli che avevo|ho|avevamo|abbiamo chiest*|scelt*|ordinat*|firmat*',
        // Uno strumento che non serve: "il blocco delle chiamate spam non serve a niente".
        'non serve|servono|servito a niente|nulla', 'non è|e servito|servita a niente|nulla',
        'fattura|fatture|bolletta|bollette elevata|elevate|salata|salate|altissima|altissime|esagerata|esagerate',
        'bolletta|bollette|fattura|fatture|tariffa|tariffe|prezzo|prezzi .. troppo alta|alte|alto|alti', 'il minimo che potevate|potreste|dovreste', 'poco gentile|gentili|cortese|cortesi|professionale|professionali',
        'preso|presi|tolto|tolti .. due|tre volte',
        // Cacciati dal negozio, ci provano da giorni, il prezzo salito di nuovo.
        'mi|ci ha|hanno cacciato|cacciata|cacciati', 'mi|ci ha|hanno mandato|mandata via', 'ci provo|riprovo|provo da', 'sto|stiamo provando|cercando da',
        'è|e aumentata|aumentato|salita|salito di nuovo|ancora',
        // Una promessa non mantenuta: "avevate detto 2 settimane, ne sono passate 6".
        'avevate|avete|aveva|hanno|avevano detto|promesso .. giorni|settimane|mesi|ore',
        // Il tempo passato in attesa, i cambi a ripetizione e le domande retoriche: "è passata un'ora",
        // "il gate è cambiato 4 volte", "a che serve il servizio clienti?", "sarebbe ora che...".
        'è|e passata un|mezz ora', 'sono passate|passati .. ore|minuti|giorni|settimane|mesi', 'ne sono passat*',
        'cambiat*|spostat*|rinviat*|rimandat*|annullat*|cancellat* .. volte', 'a che serve|servono', 'che senso ha',
        'sarebbe bello|carino|ora se|che', 'nessuna|zero informazione|informazioni|notizia|notizie|aggiornamento|aggiornamenti',
        // Quello che doveva succedere e non è successo: "sarebbe stato carino avvisare".
        'sarebbe stato bello|carino|gentile|utile|meglio|corretto|opportuno|giusto', 'avreste|avrebbero potuto|dovuto',
        'vergogn*', 'pessim*', 'schif*', 'ridicol*', 'inaccettabil*', 'inammissibil*', 'assurd*', 'scandal*',
        // L'aiuto che arriva tardi non è aiuto: "grazie per l'aggiornamento... 6 ore dopo".
        'ore|giorni|settimane|mesi dopo',
        // Un importo cresciuto, detto come domanda: "perché la bolletta di questo mese è il doppio?".
        'bolletta|bollette|fattura|fatture|canone|addebito|importo|conto|prezzo|costo .. è|e il doppio|triplo',
        'bolletta|bollette|fattura|fatture|canone|addebito|importo|conto|prezzo|prezzi|costo .. raddoppiat*|triplicat*',
        'raddoppiat*|triplicat* .. bolletta|bollette|fattura|fatture|canone|addebito|importo|conto|prezzo|prezzi|costo',
        // Cibo arrivato immangiabile: "grazie mille per le patatine fredde".
        'patatine|cibo|pizza|panino|pasto|pranzo|cena|piatto|hamburger freddo|fredda|fredde|freddi|bruciato|bruciata|bruciate|crudo|cruda',
        'disservizi*', 'lamentel*', 'reclam*', 'delus*', 'deludent*', 'arrabbiat*', 'incazzat*', 'furios*',
        'stufo|stufa|stufi', 'basta', 'incompetent*', 'incapaci', 'truff*', 'ladri', 'presi in giro',
        'rimanda|rimandano|riporta|riportano .. all inizio', 'rimanda|rimandano|riporta|riportano .. punto di partenza', 'prendete in giro', 'prendendo in giro', 'nessuno risponde', 'nessuno mi|ci risponde', 'nessuna risposta', 'non rispondete',
        'non mi|ci rispondete|rispondono|risponde|rispondi|richiamate|richiamano', 'ci risiamo', 'di nuovo no', 'ancora una volta no', 'non mi|ci avete|hanno|ha risposto|richiamato|richiamata',
        'non risponde nessuno', 'mai una risposta', 'ancora niente', 'ancora nulla', 'sto ancora aspettando',
        // Nessuno li legge: "ma voi leggete i messaggi?", "qualcuno legge?".
        'ma voi leggete', 'ma li leggete', 'ma leggete .. messaggi|dm|tweet', 'qualcuno legge|leggerà .. messaggi|dm|questi|qui',
        'ancora aspetto', 'da giorni', 'da settimane', 'da mesi', 'ennesim*', 'ogni volta', 'sempre la stessa storia',
       
        'sbagliat*', 'costi nascosti', 'non ho mai richiesto', 'non ho richiesto',
        'non sono soddisfatt*',
        'non sono content*', 'non siete capaci', 'non va bene', 'non vanno bene', 'non è normale', 'non e normale', 'non è possibile che',
        'non è accettabile', 'addebitat* due volte', 'scalat*|tolt*|prelevat* due volte', ...DOUBLE_CHARGE, 'indecent*', 'vergognatevi',
        'pazzesco', 'allucinante', 'una follia', 'servizio clienti inesistente', 'mi avete rovinato',
        'in attesa da', 'è|e da .. che aspetto|aspettiamo|attendo|attendiamo', 'ore|ora al telefono', 'ore|ora in linea|attesa|chat', 'attesa infinita', 'ore di attesa', 'ore in attesa', 'minuti di attesa', 'aspetto da',
        'aspettiamo da', 'sto aspettando da', 'stiamo aspettando da', 'attendo da', 'attendiamo da', 'aspettando da',
        'ancora in attesa', 'ancora aspetto|aspettiamo|attendo|attendiamo', 'aspetto|attendo ancora',
        'da .. giorni|settimane|mesi',
        'nessuno mi|ci ha .. richiamat*|rispost*|contattat*|ricontattat*|aiutat*|chiamat*', 'nessuno mi|ci ha fatto sapere',
        'nessuno si fa vivo|sentire', 'nessuno si degna', 'nessuno mi sa dire', 'mai richiamat*', 'mai ricontattat*',
        'non mi avete|hanno mai .. richiamat*|rispost*|contattat*',
        'nessun riscontro|aggiornamento|ricontatto|feedback|intervento|rimborso',
        'nessuna notizia|risposta|comunicazione|soluzione|novità|spiegazione', 'non rispondete mai',
        'non risponde mai', 'non si riesce a parlare|contattare',
        'non riesco a|ad parlare|contattare|contattarvi|parlarvi|raggiungervi',
        'impossibile parlare|contattare|contattarvi|parlarvi',
        'servizio clienti .. inesistente|inutile|pessim*|scadente|assente|vergogn*',
        'assistenza .. inesistente|inutile|pessima|scadente|assente|zero|vergogn*',
        'call center .. inesistente|inutile|pessim*|scadente|assente', 'chiuso|attaccato .. in faccia',
        'attaccato il telefono', 'chiuso la chiamata|telefonata', 'buttato giù il telefono', 'rimbalz*', 'rimpall*',
        'scaricabarile', 'ogni volta una scusa', 'solo scuse', 'mille scuse', 'maleducat*', 'scortes*', 'sgarbat*',
        'arrogant*', 'antipatic*', 'impreparat*', 'poco professional*', 'non professional*', 'poca professionalità',
        'trattat* male|malissimo|come|da', 'mi ha|hanno trattat*', 'mi ha|hanno urlato|insultato|offeso|aggredito',
        'risposto male|malissimo',
        'dato del|della|dell|dello .. idiot*|cretin*|stupid*|scem*|bugiard*|ladr*|deficient*|ignorant*',
        'non ne posso più', 'non se ne può più', 'ne ho abbastanza', 'stanc* di', 'esasperat*', 'esaust*',
        'amareggiat*', 'insoddisfatt*', 'scontent*', 'mi avete stancato|stufato|rotto', 'uno schifo', 'che schifo',
        'fate pena', 'una pena', 'penos*', 'imbarazzant*', 'indegn*', 'squallid*', 'pietos*', 'inaudit*', 'disastr*',
        'caos', 'che casino', 'un casino', 'fregatur*', 'avete|hanno fregat*', 'presa in giro', 'pura|totale fantasia', 'bugie', 'balle', 'bugiardi',
        'prendere in giro', 'per il culo', 'ladrocinio', 'estorsion*', 'strozzin*', 'soldi buttati', 'soldi rubati',
        'pagato per niente|nulla', 'non è|e giusto', 'non è|e corretto', 'non è|e serio', 'poco serio|seri|seria',
        'non siete seri', 'non ci siamo', 'sempre peggio', 'peggio', 'peggior*', 'peggiorat*', 'servizio scadente',
        'scadent*', 'qualità pessima', 'vi sembra normale|giusto|possibile|serio', 'come|com è|e possibile',
        'ancora una volta', 'ogni giorno la stessa storia', 'sconsigli*', 'mi avete rovinato|rovinata',
        'rovinato|rovinata la giornata|vacanza',
        'bollett*|fattur*|addebit*|importo .. sbagliat*|errat*|gonfiat*|esagerat*|salat*|folli*|assurd*', 'rincar*',
        'aumento|aumenti .. non comunicat*|ingiustificat*|unilateral*',
        'servizi|servizio|abbonament*|addebit*|costo|costi .. non richiest*', 'servizi a sovrapprezzo', 'sovrapprezzo',
        'voglio|rivoglio|ridatemi i miei soldi', 'soldi indietro',
        'smettetela|smettete|smettere di .. chiamare|chiamarmi|mandare|scrivere|addebitare|disturbare',
        'continuate a chiamare|chiamarmi|mandare|addebitare|disturbare',
        'chiamate|telefonate continue|commerciali|pubblicitarie|moleste', 'telemarketing', 'disorganizzat*',
        'vi odio', 'non mi piace', 'non mi è|e piaciut*', 'non è|e il massimo', 'rotto le scatole|palle|balle',
        'credito .. sparito|azzerato|prosciugato|mangiato|rubato|scalato',
        'tariffa|canone|prezzo|costo .. aumentat*|raddoppiat*', 'aumentato|alzato il prezzo|canone|costo',
        'mi avete|hanno truffato|derubato', 'non mi hanno|avete ancora|mai .. rimborsato|restituito|ridato',
        'barzellett*', 'una farsa', 'pagliacci',
        'giorni|settimane|mesi|ore che .. aspett*|attend*',
        'bollett*|fattur*|importo|rata .. aumentat*|raddoppiat*', 'bollett*|fattur*|importo|rata .. più alt*|car*',
        'senza chiedermelo|chiedercelo|avvisarmi|avvisarci|avviso|preavviso|dirmelo|dircelo', 'che razza di',
        'ma che servizio|assistenza|roba',
        'minacciat* di|che',
        'spennat*', 'mi|ci avete fregato|fregata|fregati|spennato|spennata|spennati',
        'irraggiungibil*', 'introvabil*',
        'pagare|pagato|pago|paghiamo|paghi il doppio',
        // Prezzi che salgono, danni lasciati, penali per andarsene.
        'altro aumento', 'ancora un aumento', 'aumento del|della .. prezzo|canone|bolletta|abbonamento',
        'tecnico|tecnici|corriere|installatore|fattorino .. rotto|rotta|danneggiat*|rovinat*|rigat*',
        'addebitat* .. penale|penali|commissione|commissioni', 'penale .. disdetta|recesso', 'costi di disattivazione',
        // Accusati di furto o di fare cose per rompersi: "li avete rubati voi?", "fatto apposta per rompersi".
        'avete rubato|rubati|rubata|rubate', 'ci|mi rubate', 'ladrata', 'fatto|fatta|fatti|fatte apposta per .. rompersi|rompere|guastarsi',
        'obsolescenza programmata', 'si rompe|rompono sempre|di continuo|ogni',
        // "O mi derubate di nuovo?", "mi mangiate il credito", "l'avete persa anche quella?".
        'derubat*', 'mi|ci derubate|derubano', 'mangiate|mangiato|mangia|mangiano .. credito|giga|soldi',
        'perso|persa|persi|perse anche quell*',
      ],
      except: [
        'basta che', 'basta un', 'basta una', 'basta fare', 'basta andare', 'basta chiamare',
        'come al solito bravissimi|gentilissimi|perfetti', 'peggio non|peggiorare', 'non peggior*',
        'da .. giorni .. fa', 'caos calmo',
      ],
    },
    faulty: {
      notForModels: [
        'anche .. pieno|piena|soppresso|soppressa|cancellato|cancellata|in ritardo',
        'cosa|cos è successo',
        'ricompaiono|ricompare', 'si resetta|resettano|reimposta|reimpostano',
      ],
      match: [
        'acqua marrone|torbida|gialla|sporca',
        'si vede|vedeva male|malissimo|sgranat*', 'si vede|vedeva a scatti',
        // L'avviso del corriere mentre si era in casa: "avviso 'destinatario assente' mentre ero sul divano".
        'destinatario assente',
        // Un'app che carica all'infinito: "la app gira e basta", "la rotellina che gira".
        'gira e basta', 'rotellina .. gira',
        // Trovato provando: "il segnale sparisce appena entro in casa".
        'segnale|linea|connessione|rete|wifi|campo|internet .. sparisce|spariscono|scompare|scompaiono|sparito|sparita|scomparso|scomparsa',
        // Uno schermo che diventa nero: "lo schermo diventa nero ogni tanto".
        'schermo|tv|televisore|display|monitor|immagine .. diventa|diventato|diventata|resta|rimane|va nero|nera|nere|neri|bianco|bianca',
        // Una rete o un servizio che crolla: "il server è crollato di nuovo" (un prezzo che crolla no).
        'rete|server|sito|app|linea|sistema|fibra|connessione|internet|wifi|segnale .. crollato|crollata|collassato|collassata|crolla|crollano',
        // L'acqua che esce sporca, un contatore o un apparecchio che fa rumori strani.
        'acqua .. marrone|torbida|sporca|gialla|gialliccia',
        'fa|fanno un rumore|rumori strano|strani',
        // Un'operazione fallita: "la portabilità è fallita di nuovo".
        'è|e fallit*|fallisce',
        'fallit* di nuovo|ancora',
        // Bagagli trattenuti: "tenete in ostaggio la mia valigia".
        'valigia|valigie|bagaglio|bagagli|soldi|rimborso .. in ostaggio', 'in ostaggio .. valigia|valigie|bagaglio|bagagli|soldi|rimborso',
        'cancellato|eliminato|perso tutto', 'tutto cancellato|perso', 'perdo|perde|perdono|perdiamo .. impostazioni|dati|contatti|foto|messaggi|chat|salvataggi|file|connessione|linea|segnale',
        'cancella|cancellano|elimina|eliminano|spegne|chiude|riavvia|disattiva|attiva .. da solo|sola|soli|sole',
        // Un filtro che lascia passare tutto: "il parental control lascia aprire tutto a mio figlio".
        'lascia|lasciano passare|aprire|vedere|scaricare tutto|qualsiasi|qualunque',
        // La risposta della FAQ è già alle spalle: continua a sparire, funzionava fino a ieri, già resettato,
        // si è disattivato da solo.
        'continua|continuano a|ad sparire|scendere|calare|cadere|staccarsi|bloccarsi|chiudersi|disconnettersi|riavviarsi',
        'fino a .. funzionava|andava|funzionavano|andavano', 'ho|abbiamo già resettato|riavviato|reinstallato|reimpostato|spento',
        'si è|e disattivat*|attivat*|cancellat*|spent*|riavviat*|bloccat*|chius* da sola|solo|soli|sole',
        // Una consegna andata storta: risulta consegnato ma non c'è, pacco vuoto, tentata consegna, tracking fermo.
        'risulta|segna|dice consegnato|consegnata|consegnati ma', 'pacco|scatola|busta .. vuoto|vuota',
        'tentata consegna', 'tentativo di consegna', 'tracking .. fermo|bloccato', 'tracking .. non si aggiorna', 'restituito al mittente',
        // Un servizio che si è fermato di colpo: "internet si è fermato".
        'internet|rete|linea|connessione|wifi|fibra|dati si è|e fermat*|bloccat*|interrott*|spent*|impallat*|staccat*',
        // Un viaggio fermo in attesa: "aspettiamo ancora l'equipaggio".
        'aspett* .. equipaggio|pilota|piloti|aereo|meccanico|meccanici',
        // Chiesto come domanda, è sempre un guasto: "che succede col treno delle 8?".
        'dormire|dormito|dormendo|dormo a|al|all|in|nell|sul|sulla|per .. aeroporto|gate|terminal|stazione|pavimento|binario',
        'passare|passato|passata|passo la notte a|al|all|in|nell|sul|sulla .. aeroporto|gate|terminal|stazione|pavimento|binario',
        'che|cosa succede con|col|al|alla|allo|ai|alle', 'che|cosa sta succedendo con|col|al|alla|allo|ai|alle',
        'continuo|continua|continuiamo a essere|venire disconness*|scollegat*|buttat*',
        'sbloccate|sbloccare|sbloccatemi i|il miei|mio soldi|fondi|denaro|stipendio|conto', 'soldi|fondi|denaro|stipendio .. bloccat*|trattenut*|congelat*',
        // Un problema ancora lì dopo che era dato per risolto: "grazie, ma non è risolto".
        // Vicino alla negazione: "non so come, ma è risolto" è una lode.
        'non è|e|sono|ancora|mai risolt*|sistemat*|riparat*', 'non è|e|sono ancora|mai|stato|stata|stati|state risolt*|sistemat*|riparat*',
        'non avete|hanno|ha|ho ancora|mai risolt*|sistemat*|riparat*', 'non avete|hanno|ha risolt*|sistemat*|riparat*', 'irrisolt*',
        'non funziona|funzionano|funge|funzionante', 'non va|vanno', 'non va più', 'non si accende',
        // Un guasto con cui si vive ancora, o che ha rovinato quello che si era programmato.
        'ancora nessuna notizia|novità', 'ancora nessun aggiornamento', 'per la seconda|terza|quarta|quinta|ennesima volta', 'è la seconda|terza|quarta|quinta|ennesima volta', 'di nuovo lo stesso problema',
        'vacanza|vacanze|viaggio|weekend|matrimonio|compleanno|natale .. rovinat*', 'rovinato|rovinata|rovinate|rovinati .. vacanza|vacanze|viaggio|weekend|matrimonio|compleanno|natale',
        'non si connette', 'non si collega', 'non si carica', 'non prende', 'non carica', 'non naviga',
        'non navigo', 'non navighiamo', 'non riesco a navigare|chiamare|connettermi|collegarmi|accedere|entrare',
        'non mi fa accedere|entrare|chiamare', 'non ho linea', 'non ho campo', 'non ho segnale', 'non ho internet',
        'senza linea', 'senza internet', 'senza rete', 'senza segnale', 'senza connessione', 'senza campo',
        'nessun segnale', 'niente linea', 'niente internet', 'niente rete', 'zero campo', "non c'è campo",
        "non c'è linea", "non c'è segnale", "non c'è rete", 'guast*', 'rott*', 'fuori servizio', 'interruzione',
        'isolato', 'isolata', 'down', 'ko', 'lentissim*', 'internet lent*', 'connessione lent*', 'linea lent*',
        'cade la linea', 'cade la connessione', 'cadono le chiamate', 'si disconnette', 'continua a cadere',
        'si blocca', 'crash*', 'dà|da errore', 'errore di connessione|rete|sistema|linea|accesso', 'messaggio di errore',
        'codice errore', 'problemi di linea',
        'problemi di rete', 'problemi di connessione', 'problema di linea', 'problema di rete', 'fibra ko',
        'non si sente', 'non arrivano gli sms', 'non ricevo chiamate', 'non ricevo sms', 'non parte',
        'non funziona più', 'non funzionano più',
        'senza luce|corrente|telefono|tv|televisione|gas|acqua|fibra|adsl|wifi|servizio|dati|copertura|voce|elettricità|riscaldamento',
        // Acqua, luce e gas che mancano, arrivano poco o sono stati chiusi: "manca l'acqua da
        // stamattina", "mancanza acqua Taranto", "l'erogazione è bassissima", "mi hanno chiuso l'acqua".
        'manca|mancava|mancata|mancato .. acqua|luce|corrente|gas|elettricità|riscaldamento|erogazione',
        'mancanza .. acqua|luce|corrente|gas|elettricità|riscaldamento|erogazione',
        'non arriva|arrivava|arriverà|arrivano .. acqua|luce|corrente|gas',
        'erogazione|pressione|portata .. bassa|bassissima|diminuita|ridotta|insufficiente|scarsa|debole|nulla',
        'diminuita|ridotta|calata|scarsa|bassa|bassissima|poca .. erogazione|pressione|portata',
        'chiuso|staccato|tagliato|sospeso .. acqua|luce|corrente|gas|fornitura|contatore',
        'acqua|luce|corrente|gas .. solo|soltanto|sole|poche .. ore',
        'fuoriesce|fuoriescono|esce|escono .. fogna|liquame|liquami|acqua', 'sospensione .. fornitura|erogazione', 'fornitura|erogazione .. sospesa|interrotta',
        'non c è|e acqua|luce|corrente|gas', 'fogna|tombino|tombini|scarico|scarichi .. puzza|puzzano|miasmi',
        'ho|o|abbiamo provato|tentato a|ad .. ma',
        'allagament*', 'allagat*', 'perdita|perdite d|di acqua', 'perdita|perdite .. strada|marciapiede|tubo|tubi|tubatura|tubature|tubazione',
        'non ho|abbiamo|hanno .. pressione|acqua|luce|corrente|gas',
        // Un tentativo fallito: "ho provato ma non ci sono riuscito", "non riesco più a vedere le fatture".
        'non ci sono|siamo riuscit*', 'non riesco|riusciamo|riesce|riescono più a|ad',
        'rete|server|sito|app|applicazione|linea|servizio|fibra|internet|sistema|piattaforma|portale .. giù',
        'è|e|sono giù', 'in tilt', 'fuori uso', 'disservizi*', 'blackout', 'black out', 'interrott*',
        'servizio sospeso', 'linea staccata', 'sospeso il servizio', 'staccato la linea',
        'non si apre|avvia|aggiorna|sincronizza|installa|scarica|vede|attiva|spegne|registra|salva', 'si spegne',
        'si riavvia', 'si impalla', 'impallat*', 'si è|e piantat*|impallat*|bloccat*|spent*|rott*', 'va a scatti',
        'a singhiozzo', 'va e viene', 'vanno e vengono', 'salta la linea|connessione|rete|corrente',
        'salta continuamente', 'cade continuamente', 'cade sempre',
        'cade|cadono la|le linea|connessione|rete|chiamata|chiamate',
        'linea|connessione|rete|chiamata|chiamate|wifi|internet|fibra|segnale .. cade|cadono|salta|saltano',
        'internet|connessione|linea|rete|fibra|adsl|navigazione|app|sito|wifi .. lent*|lentissim*',
        'va|vanno lent*|piano', 'errore', 'errori',
        'non riesco|riusciamo|riesce|riescono a|ad accedere|chiamare|chiamarmi|contattarmi|raggiungermi|pagare|ricaricare|scaricare|installare|aprire|usare|utilizzare|vedere|guardare|loggarmi|registrarmi|attivare|inviare|mandare|ricevere|effettuare|completare|ordinare|prenotare|telefonare|sentire|collegare|connettere|aggiornare|fare|accendere|caricare|disdire|cambiare|modificare|recuperare|stampare|scaricare|usufruire',
        'impossibile accedere|navigare|chiamare|collegarsi|connettersi|pagare|ricaricare|scaricare|entrare|usare|utilizzare|fare|effettuare|aprire|attivare|completare|ordinare',
        'non mi fa|permette|consente|lascia .. accedere|entrare|chiamare|pagare|ricaricare|navigare|scaricare|fare|usare|collegare|completare|procedere|aprire|loggare',
        'non mi arriva|arrivano', 'non è|e arrivat*', 'non sono arrivat*', 'non è|e ancora arrivat*', 'non è|e mai arrivat*', 'mai arrivat*',
        'non mi è|e .. arrivat*', 'non ho .. ricevut*', 'ancora non .. arrivat*', 'non ancora arrivat*',
        'mai ricevut*', 'mai consegnat*',
        'pacco|ordine|spedizione|consegna|merce|modem|router|sim|articolo|prodotto|acquisto .. in ritardo', 'pacco|ordine|spedizione|consegna|merce|modem|router|sim|articolo|prodotto|acquisto .. smarrit*|pers|perso|persa|persi|perse|bloccat*|fermo|ferma|giacenza|danneggiat*|rott*|sbagliat*|bagnat*|strappat*|schiacciat*', 'pacco|ordine|spedizione|consegna|merce|modem|router|sim|articolo|prodotto|acquisto .. non consegnat*',
        'perso|persa|smarrito|smarrita .. valigia|valigie|bagaglio|bagagli|pacco',
        'consegna mancata', 'mancata consegna', 'mancata attivazione', 'ritardo nella consegna|attivazione',
        'attivazione .. bloccata|ferma|sospesa', 'attivazione .. in ritardo', 'attivazione .. mai avvenuta', 'difettos*', 'danneggiat*',
        'arrivat* rott*|danneggiat*|apert*|aperta', 'articolo|prodotto|taglia|colore|modello sbagliat*',
        // Trovati provando: "il pacco è arrivato distrutto", "premo paga e non succede niente", "ho aspettato 3 ore per i bagagli".
        'arrivat* .. distrutt*|schiacciat*|ammaccat*|bagnat*|fradic*', 'arrivat* a|in pezzi',
        'premo|clicco|schiaccio|tocco|pigio|premuto|cliccato|schiacciato|toccato .. non succede|accade|capita niente|nulla',
        'non succede|accade niente|nulla quando .. premo|clicco|schiaccio|tocco|provo',
        'aspettato|aspettare|aspettando|aspetto|atteso|attendo .. ore|ora|minuti per .. bagagl*|valigi*',
        'girando|giriamo|gira|giro in tondo', 'in tondo da|sopra',
        'manca|mancano .. pezz*|articol*|prodott*|accessor*|caricabatterie|cavo|box|porzion*|confezion*',
        'tecnico|tecnici|corriere|installatore|fattorino .. non si è|e presentat*|vist*',
        'tecnico|tecnici|corriere|installatore|fattorino .. non è|e .. venut*|passat*|arrivat*',
        'tecnico|tecnici|corriere|installatore|fattorino .. mai venut*|passat*|arrivat*|presentat*',
        'appuntamento saltato|mancato',
        // Chiunque fosse atteso, anche lontano dalla parola "tecnico": "il tecnico per l'attivazione della fibra non si è mai presentato".
        'non si è|e mai presentat*', 'non si è|e presentato|presentata nessuno', 'nessuno si è|e presentato|presentata|visto', 'nessuno si è|e fatto vivo',
        'volo|voli|treno|treni|regionale|regionali|frecciarossa|intercity|aereo|bus|autobus|pullman|traghetto|coincidenza|partenza|corsa .. cancellat*|annullat*|soppress*|ritardat*|dirottat*|bloccat*|fermo|ferma|overbooking', 'volo|voli|treno|treni|aereo|bus|autobus|pullman|traghetto|coincidenza|partenza|corsa .. in ritardo',
        'cancellato|annullato|soppresso il|un volo|treno|viaggio|regionale|frecciarossa|intercity|pullman|traghetto', 'ritardo del|dei volo|treno|voli|treni',
        // Detto al presente, a chi lo fa: "terza volta che mi cancellate il volo".
        'mi|ci cancellate|cancellano|annullate|annullano|spostate|spostano .. volo|voli|treno|treni|corsa|viaggio',
        'ho|abbiamo perso la|il coincidenza|volo|treno|aereo', 'persa la coincidenza',
        'bagaglio|bagagli|valigia|valigie .. smarrit*|perso|persa|persi|perse|danneggiat*|rott*', 'bagaglio|bagagli|valigia|valigie .. non|mai arrivat*',
        'bagaglio smarrito', 'overbooking', 'bloccat* in|all .. aeroporto|stazione|aereo|treno|pista',
        // Un bagaglio cercato o rotto, un volo cancellato dalla compagnia, un aereo fermo con noi dentro.
        'dov è .. mia|mio|miei|mie|nostra|nostro|nostri|nostre valigia|valigie|bagaglio|bagagli', 'dove .. mia|mio|miei|mie|nostra|nostro|nostri|nostre valigia|valigie|bagaglio|bagagli',
        'rott*|distrutt*|danneggiat*|rovinat* .. valigia|valigie|bagaglio|bagagli|passeggino|carrozzina',
        // Bagagli finiti altrove, un oggetto dimenticato a bordo: "le valigie sono finite in un'altra città", "ho dimenticato il tablet sull'aereo".
        'valigia|valigie|bagaglio|bagagli .. finit*|mandat*|spedit*|andat*|arrivat* .. altra|altro|sbagliata|sbagliato città|aeroporto|destinazione|volo',
        'dimenticat*|lasciat*|scordat* .. sull|sul|nell|nel|in aereo|volo|treno|pullman',
        'lasciato|lasciata|lasciati|lasciate .. sotto la pioggia',
        'mi|ci avete|hanno cancellato|annullato|soppresso .. volo|voli|treno|viaggio|prenotazione',
        'ancora fermi|seduti|bloccati|chiusi .. aereo|pista|gate|treno|binario', 'guasto|problema|problemi tecnico|tecnici|meccanico|meccanici', 'guasto al motore',
        'rimast* a terra|piedi', 'schermo nero|bianco', 'sfarfall*', 'lampeggia|lampeggiano .. rosso|rossa|rosse', 'luce rossa',
        // Un codice o un link che non arriva: "l'email per reimpostare la password non arriva mai".
        'password|codice|email|mail|sms|link .. non arriva|arrivano',
        'zero tacche', 'nessuna tacca', 'solo sos', 'solo chiamate di emergenza', 'nessun servizio',
        'nessuna rete|connessione|linea', 'sim non rilevata|riconosciuta|letta', 'nessuna sim',
        'non riconosce la sim', 'non legge la sim',
        'sparit*', 'scompars*', 'ancora senza', 'ancora non funziona',
        'quando torna|tornerà|ritorna|ritornerà .. linea|internet|connessione|rete|servizio|corrente|luce|segnale|fibra',
        'quando .. ripristin*|riattiv*', 'linea muta', 'linea è|e muta', 'non si sente niente|nulla', 'gracchia',
        'fruscia', 'linea disturbata', 'disturbi sulla linea', 'velocità .. bassa|ridicola|inesistente|scarsa',
        'scarsa|pessima copertura', 'copertura .. scarsa|assente|inesistente|pessima',
        'segnale .. debole|scarso|assente',
        'dopo|con l aggiornamento', 'dall aggiornamento', 'dopo aver aggiornato', 'da quando ho aggiornato',
        'ritardo del|dell aereo|autobus|pullman|traghetto', 'perdere|perso|persa la|il coincidenza|volo|treno',
        'ci mette|impiega .. a|ad caricare|aprire|avviare|connettersi|partire|rispondere',
        'si accende|spegne|chiude|riavvia da solo|sola', 'si chiudono|riavviano da sole|soli', 'da solo|sola si',
        'non ho|abbiamo più .. linea|internet|segnale|campo|rete|connessione|tv|telefono',
        'non si è|e vist*|presentat* nessuno', 'nessuno si è|e vist*|presentat*', 'linea .. muta|morta|assente',
        'non posso|possiamo .. vedere|scaricare|pagare|accedere|entrare|usare|utilizzare|chiamare|navigare|ricaricare|attivare|aprire',
        // Disruption told by its symptoms (as in English): fermi in pista, tutte queste cancellazioni, la prenotazione è sparita.
        'fermi|fermo|bloccati|bloccato|bloccata|bloccate .. sulla|in pista|aereo', 'tutte queste cancellazioni|soppressioni',
        'tante cancellazioni|soppressioni', 'tutti questi ritardi', 'tanti ritardi',
        // L'ironia li avvolge spesso ("adoro come l'app mi disconnette", "bravi, il wifi è morto di nuovo").
        'mi disconnette|slogga|sconnette|scollega', 'wifi|linea|internet|modem|router|rete|segnale|app .. morto|morta|morti|muore',
        'tentativo|tentativi .. fallit*', 'tentativo|tentativi .. andat* a vuoto',
        'rete|linea|connessione|internet|segnale|fibra|wifi|app|sito .. fa|fanno pena|schifo',
        // Già fatto quello che la risposta direbbe: "l'ho già fatto ma dice ancora password errata".
        'l|lo ho già fatto|provato', 'dice|dà|risulta|segnala .. errata|errato|sbagliata|sbagliato|scaduta|scaduto', 'dice|dà|risulta|segnala .. non valida|valido',
        'scende|cala|diminuisce|finisce|sparisce da solo|sola', 'carta|pagamento|pagamenti|ricarica|transazione .. rifiutat*|respint*',
        // Trovati provando: "il sito gira a vuoto", "il totem mi ha mangiato la carta", "è arrivata solo metà
        // dell'ordine", "la valigia è uscita dal nastro tutta bagnata", "la cassa continua a dire articolo non riconosciuto".
        'gira|girano a vuoto', 'mangiato|trattenuto|ingoiato|inghiottito la|il carta|bancomat|tessera',
        'perso tutti i|gli|le canali|programmi|impostazioni|app|contatti|dati',
        'nastro .. bagnat*|strappat*|distrutt*|rott*|apert*', 'valigia|valigie|bagaglio|bagagli|borsa|zaino .. bagnat*|strappat*|distrutt*',
        'rider|autista|driver|tassista .. annullat*|cancellat*', 'arrivat* fredd*', 'arrivat* .. fredd*', 'mancava|mancavano metà|mezzo|parte|pezzi|articoli|prodotti',
        'smesso di caricare|accendersi|connettersi|collegarsi|leggere|stampare',
        'arrivat*|consegnat*|ricevut* solo metà|parte|alcuni|alcune',
        'arrivat*|consegnat*|ricevut* solo uno|una|un|due|tre|1|2|3 dei|delle|degli|su|pacco|pacchi|articolo|articoli|prodotto|prodotti|pezzo|pezzi',
        'cassa|totem|app|sito|schermo|terminale|lettore|modem|router|pos|macchinetta .. continua|continuano a dire|dare|mostrare|chiedere|segnalare',
        'aria condizionata .. spenta|rotta|guasta', 'climatizzatore|riscaldamento|condizionatore|clima .. spento|rotto|guasto', 'si muore di caldo|freddo', 'moriamo|muoio di caldo|freddo',
        ...FAMILY_SPLIT,
      ],
      except: [
        // Un'ipotesi non è un guasto: "se mi cancellate il volo posso avere il rimborso?".
        'se mi|ci cancellate|cancellano|annullate|annullano|spostate|spostano',
        // Annullato perché chiesto: "il rider ha annullato l'ordine su mia richiesta".
        'annullat*|cancellat* .. su mia|nostra richiesta',
        'non va bene', 'non vanno bene', 'non va male', 'calm down', 'slow down', 'shut down', 'upside down',
        'let down', 'let me down', 'break down', 'non si sente bene', 'rotto le', 'mi avete rotto', 'avete rotto',
        'per errore', 'mio errore', 'errore mio', 'errore di battitura', 'su e giù', 'buttare|buttato|buttata giù',
        'giù di morale', 'pers* tempo', 'non va più bene',
        'hotel|albergo|lounge|sala dell|della|all|in .. aeroporto|stazione',
        'credito sparito',
        // Come si segnala un guasto è una domanda, non un guasto: "come posso segnalare un guasto?",
        // "numero per segnalare guasti"; "devo segnalare un guasto" lo è.
        'come .. segnalare|inoltrare|comunicare|denunciare .. guasto|guasti|perdita|perdite', 'segnalazione|segnalazioni guasto|guasti',
        'numero|numeri|telefono .. per segnalare .. guasto|guasti',
        // Un'interruzione programmata chiesta in anticipo, una bolletta non ricevuta (un conto da
        // guardare in privato, non un guasto).
        'interruzione|interruzioni .. prevista|previste|programmata|programmate', 'prevista|previste|programmata|programmate .. interruzione|interruzioni',
        'non ho|abbiamo .. ricevut* .. fattura|fatture|bolletta|bollette|bollettino', 'fattura|fatture|bolletta|bollette .. non .. ricevut*',
        'non mi|ci arriva|arrivano .. bolletta|bollette|fattura|fatture',
      ],
    },
    problem: {
      match: [
        'problema', 'problemi', 'problematica', 'problematiche', 'disagio', 'disagi', 'ritardo', 'ritardi',
        'inconveniente', 'inconvenienti', 'intoppo',
        'doveva|dovevano arrivare|essere|venire|passare|durare|metterci|volerci|finire|partire|funzionare|bastare', 'mi avevano|avevate promesso|detto', 'promess*',
        'invece di|del|della|dei', 'confus*', 'non è|e chiaro', 'poco chiar*', 'non si capisce', 'non ricevo',
        'mai ricevut*', 'ancora non ricevut*', 'bloccat*', 'quando .. risolv*|sistem*',
        'non', 'mai',
        'dovrebbe|dovrebbero', 'perché succede', 'come mai succede', 'continua a succedere',
        // Già provato: rispondere con la FAQ sarebbe rimandarli a quello che hanno fatto.
        'ho|abbiamo provato|tentato di tutto', 'provato tutto', 'ho|abbiamo già provato', 'niente da fare',
        // Il tempo già passato ("sono già 2 mesi", "sono 2 mesi che aspetto"), come "it's been 10 days".
        // Not bare "sono 2 settimane": "sono via due settimane, il roaming è incluso?" is a trip.
        'sono già|ormai .. giorni|settimane|mesi', 'sono .. giorni|settimane|mesi che', 'è già|ormai .. settimana|mese', 'è una settimana che', 'è un mese che',
        'era|erano chiuso|chiusa|chiusi|chiuse', 'ho|abbiamo trovato chiuso',
      ],
      except: [
        'risolto|risolvere|sistemato|sistemare il|questo|mio problema', 'problema|problemi .. risolt*|sistemat*',
        'nessun problema', 'nessun disagio', 'scusa|scusate|scusi per il|del ritardo|disagio',
        'in ritardo con la risposta', 'senza problemi',
        'non vedo l ora', 'non vediamo l ora', 'non c è|e problema|problemi', 'non c è|e di che', 'non è|e un problema',
        'non ci sono problemi', 'non essendo', 'non so', 'non saprei', 'non sapevo', 'non solo', 'non male', 'non vi preoccupate',
        'non preoccuparti|preoccupatevi|preoccupatevi', 'non importa', 'se non', 'non sono sicur*', 'come mai',
        // The airlines' name for a child flying alone, not a complaint.
        'minore|minori non accompagnat*',
        // "Non" that makes a kind, not a negation: "copia non fiscale", "utente non residente".
        'non fiscale|fiscali|residente|residenti|domestico|domestica|domestici|domestiche|commerciale|commerciali',
        'mai avuto problemi', 'mai stato|stata meglio', 'mai delus*', 'non mi sono mai trovat* male',
        'non potevo chiedere di meglio', 'non smettete mai', 'non mancate mai', 'non ho parole',
      ],
    },
    resolved: {
      match: [
        // Giro 24: "ora vola", "adesso va alla grande".
        'ora|adesso vola', 'ora|adesso va alla grande', 'ora|adesso va benissimo|perfettamente',
        'problema risolto', 'problemi risolti', 'tutto risolto', 'è|e stato|stata risolt*|sistemat*|ripristinat*',
        'risolto|sistemato il problema', 'funziona di nuovo', 'ora funziona', 'adesso funziona',
        'di nuovo funzionante', 'funziona tutto', 'tornata la linea', 'tornato internet', 'è|e tornat*',
        'ripristinat*', 'finalmente arrivat*', 'arrivat* finalmente', 'finalmente funziona', 'finalmente .. va|vanno',
        'finalmente disponibil*|attiv*|operativ*|collegat*|connesso|connessa',
        'problema|problemi .. risolt*|sistemat*',
        // Without a gap before the verb, where a "non" would hide: "il pacco non è arrivato" is no news.
        'rimborso|ordine|pacco|accredito|ricarica è|e arrivat*|accreditat*', 'rimborso|ordine|pacco è|e finalmente|già arrivat*',
        'mi è|e arrivat* .. rimborso|ordine|pacco',
        // Detto in breve, senza il verbo: "rimborso arrivato, grazie mille".
        'rimborso|ordine|pacco|accredito|ricarica|sim|modem|tecnico arrivat*|accreditat*',
      ],
      except: [
        'non è|e tornat*', 'non è|e stato risolt*', 'non funziona di nuovo', 'tornat* a|ad',
        // Metà dell'ordine non è l'ordine arrivato: "è arrivata solo metà dell'ordine".
        'metà|parte .. arrivat*', 'arrivat* solo metà|parte',
      ],
    },
    security: {
      notForModels: [
        'bloccate|bloccatemi|bloccare|bloccarmi .. carta|carte|conto|account',
        'che non sto facendo|autorizzando',
        'la carta è .. nel|in portafoglio|tasca|mano', 'carta ce l ho .. nel|in portafoglio|tasca|mano',
        'ho cliccato|aperto .. link',
        'non ho mai cambiato|modificato|dato|comunicato',
      ],
      match: [
        // Giro 23: niente comprato, un sito identico, il codice dato a chi chiamava, un pacco sparito dal locker.
        'non ho comprato|acquistato|ordinato niente|nulla', 'sito|pagina|profilo|account identico|uguale|falso|fake|clonato',
        'gli|le ho dato|dettato|detto il|la|l codice|password|otp|pin', 'sparito|scomparso|rubato dal|dalla locker|cassetta|portone|pianerottolo',
        'con il vostro logo|nome', 'col vostro logo|nome',
        // Una SIM o un telefono rubati ancora attivi: chi li ha riceve i codici mandati al numero.
        'furto|rubat* .. non .. bloccat*|disattivat*|sospes*',
        'svuotat* .. conto|carta|carte|conti',
        'figlio|figlia|figli|bambino|bambina|bambini ha|hanno speso|comprato|acquistato .. euro|giochi|crediti|app|senza',
        'account|profilo|contratto .. di un altro|altra', 'account|profilo|contratto .. di qualcun altro',
        // Rubata, detto col pronome: "la mia me l'hanno rubata", "mi hanno rubato il telefono".
        'me|ce l hanno|ha rubata|rubato|rubati|rubate', 'mi|ci hanno rubato|rubata .. telefono|cellulare|sim|smartphone|carta|borsa|portafoglio',
        // Segni che qualcun altro è nell'account: un codice che nessuno ha chiesto, dati che il cliente
        // non riconosce, il numero che passa a un altro operatore senza che l'abbia chiesto.
        'codice|codici|otp|pin .. non ho chiesto|richiesto', 'codice|codici|otp|pin .. mai chiesto|richiesto',
        'indirizzo|indirizzi|email|mail|dispositivo|dispositivi|accesso|accessi|nome|carta|ordine|ordini|iban|profilo|profili|acquisto|acquisti|addebito|addebiti|pagamento|pagamenti|movimento|movimenti|sito|negozio .. che non|nn riconosco|conosco', 'il mio numero .. passando|portato|trasferito|spostato',
        // Un messaggio a nome nostro che chiede segreti: phishing.
        'chiede|chiedeva|chiedono|chiedendo .. password|pin|otp|credenziali', 'chiede|chiedeva|chiedono|chiedendo .. dati della carta',
        'chiede|chiedeva|chiedono|chiedendo .. codice|codici|numero|numeri|pin della|di carta', 'sms|messaggio|messaggi|mail|email|chiamata|telefonata che dice|dicono|diceva|dicevano di essere',
        'hackerat*', 'hackat*', 'hacker', 'qualcuno .. è entrato|entrata', 'entrati|entrato nel mio|nella mia account|profilo|area|conto|casella',
        // A change nobody asked for: "nessuna richiesta di cambio recapito, chi può averla cambiata?".
        'chi può|potrebbe averla|averlo|averli|averle|aver cambiat*|modificat*', 'qualcuno ha|abbia .. cambiat*|modificat*|usat*|utilizzat*',
        // Un messaggio che si spaccia per l'azienda.
        'si spaccia|spacciano|spacciava|spacciavano per', 'spacciandosi per', 'finge|fingono di essere voi', 'fingendosi',
        'dicono|dice|dicevano|diceva|dicendo di essere voi|vostri|vostro|vostra', 'dicono|dice|dicevano|diceva|dicendo di essere dei|del|della vostri|vostro|vostra',
        'account|profilo|mail|email|casella|area .. violat*|compromess*|rubat*|hackerat*|bucat*',
        'mi hanno|avete .. hackerato|violato|rubato|clonato', 'accesso|accessi non autorizzat*',
        'accesso|accessi sospett*', 'attività sospett*',
        'qualcuno .. ha|hanno usato|utilizzato|fatto|effettuato|acceduto|ordinato|cambiato|comprato|acquistato|preso|attivato|prelevato|speso|pagato',
        'non sono stato|stata io', 'non l ho fatto io', 'non ho mai fatto|autorizzato|ordinato|acquistato|comprato',
        'non ho autorizzato', 'non autorizzat*', 'che non ho fatto|autorizzato|effettuato',
        'addebit*|pagament*|moviment*|transazion*|acquist*|prelievo|prelievi|ordin* .. sconosciut*|sospett*|fraudolent*',
        'non riconosco .. addebit*|pagament*|moviment*|transazion*|acquist*|prelievo|prelievi|ordin*', 'frode',
        'frodi', 'fraudolent*', 'truffatori', 'tentativo di truffa|frode|phishing',
        'vittima di .. truffa|frode|furto|phishing',
        'sms|email|mail|messaggio|messaggi|chiamata|chiamate|telefonata|telefonate|link|sito .. truffa|fals*|sospett*|fraudolent*|phishing',
        'phishing', 'smishing', 'vishing', 'sim swap*', 'clonat*', 'furto d|di identità', 'furto dell identità',
        'furto di dati', 'fuga di dati', 'data breach',
        'numero .. portato|trasferito|migrato|rubato|clonato|dirottato .. senza',
        'portato|portata via .. numero|linea|sim', 'numero|linea|sim .. senza chiedermelo|chiedercelo|avvisarmi',
        'portabilità .. non|mai richiesta', 'portabilità .. fraudolent*|senza', 'senza .. consenso|autorizzazione|permesso',
        'avete|hanno|ha .. dato|ceduto|venduto|divulgato|diffuso|passato|girato|comunicato .. mio|miei|mia|mie numero|dati|indirizzo|email|mail|recapiti|contatti',
        'dati personali .. divulgat*|diffus*|vendut*|cedut*|rubat*|espost*|pubblicat*',
        'miei dati .. divulgat*|diffus*|vendut*|cedut*|rubat*|espost*|pubblicat*', 'violazione .. dati|privacy',
        'pacco|ordine|spedizione .. rubat*', 'mi hanno rubato il|l|la .. pacco|numero|account|profilo|identità|telefono|cellulare|smartphone|iphone|sim',
        'telefono|cellulare|smartphone|iphone|sim .. rubat*', 'qualcuno .. ha|hanno|aveva accesso', 'mi hanno cambiato .. password|mail|email|pin', 'hanno cambiato .. email|mail|password|pin del mio account',
        'addebit*|pagament*|moviment*|transazion*|acquist*|prelievo|prelievi|ordin* .. non riconosco|riconosciamo',
        'sms|email|mail|messaggio|messaggi|chiamata|chiamate|telefonata|link .. strano|strana|strani|strane',
        'è|e una truffa',
        // Un acquisto mai fatto, le bollette di un altro cliente in vista.
        'ordine|ordini|acquisto|acquisti|pagamento|pagamenti|abbonamento mai fatto|fatti|effettuato|effettuati|richiesto|richiesti|sottoscritto',
        'bollette|bolletta|fatture|fattura|dati|ordini|conto|profilo|pagamenti|indirizzo|chiamate di un altra persona|utente|cliente',
        'bollette|bolletta|fatture|fattura|dati|ordini|conto|profilo|pagamenti|indirizzo|chiamate di qualcun altro',
        // Punti spesi da altri, documenti di un'altra persona in vista.
        'usati|usate|usato|usata|utilizzati|utilizzate|utilizzato|utilizzata|spesi|spese|riscattati da qualcun altro',
        'imbarco|passaporto|documenti|ordini|ordine|prenotazione|prenotazioni|biglietto|biglietti .. di un altra persona',
        // Segni di un intruso detti a modo proprio: un altro utente o i dati di uno sconosciuto nel
        // proprio account, la sim attivata su un altro telefono, un recapito di recupero cambiato,
        // un iban che non è il proprio, un codice chiesto al telefono, una firma o un prestito mai fatti.
        'chi è|e .. perché|perche|xke .. nel|sul|nella|sulla mio|mia account|profilo|conto|area|app .. c|compare|compaiono|appare|appaiono|spunta|spuntano|risulta|risultano',
        'mio|mia account|profilo|area|app|conto .. compare|compaiono|appare|appaiono|vedo|risulta|risultano|spunta|spuntano|c .. altra|altro|altri|altre intestataria|intestatario|intestatari|titolare|titolari|utente|utenti',
        'bollette|bolletta|fatture|fattura|dati|ordini|conto|profilo|pagamenti|indirizzo|biglietti|documenti|carta di un altro utente|cliente|intestatario|titolare',
        'salvat*|registrat*|memorizzat*|associat* di|a un|una|uno certo|certa|sconosciuto|sconosciuta|estraneo|estranea',
        'dati|carta|carte|telefono|indirizzo|biglietti|documenti|ordini|account|profilo .. di uno|una sconosciuto|sconosciuta|estraneo|estranea',
        'sim|esim|scheda .. attivat*|trasferit*|spostat*|clonat*|migrat* su|in un|una altro|altra telefono|cellulare|smartphone|dispositivo|sim|esim|scheda',
        'email|mail|password|numero|telefono|cellulare di recupero .. cambiat*|modificat*', 'dispositivo|dispositivi|profilo|profili sconosciut*',
        'iban|carta|conto|account|profilo|dispositivo|sim|email|mail che non è|e il|la mio|mia',
        'chi ha|avrebbe .. collegato|cambiato|modificato|aggiunto|associato|attivato|usato|utilizzato .. mio|mia|miei|mie account|conto|carta|password|email|mail|numero|profilo|iban|sim|dati',
        'sito|servizio|negozio|azienda|ditta|società|app|abbonamento|abbonamenti che non so|conosco nemmeno|neanche|neppure|manco cos|cosa|chi|quale',
        'mi|ci ha|hanno chiesto .. codice|codici|otp|pin .. sms|messaggio|whatsapp',
        'finto|finta|falso|falsa|sedicente operatore|operatrice|tecnico|consulente|dipendente|impiegato|impiegata|funzionario|corriere|incaricato|incaricata',
        'mai firmato|firmata|firmati|firmate|sottoscritto|sottoscritta|sottoscritti', 'firma|firme falsa|false|falsificata|falsificate|contraffatta|contraffatte',
        'non l ho|abbiamo chiesta|chiesto|richiesta|richiesto|autorizzata|autorizzato io|noi',
        'hanno|qualcuno .. finanziamento|finanziamenti|prestito|prestiti|mutuo|mutui|fido a|ad mio|nostro nome', 'hanno|qualcuno .. finanziamento|finanziamenti|prestito|prestiti|mutuo|mutui|fido a|ad nome mio|nostro',
        // Un pacco preso da uno sconosciuto; un messaggio falso col nostro logo e chi ci è cascato.
        'tizio|sconosciuto|sconosciuta|estraneo|estranea .. prenderlo|prenderla|prenderli|prenderle|rubarlo|rubarla|rubarli|rubarle|portarlo|portarla|portarli|portarle',
        'tizio|sconosciuto|sconosciuta|estraneo|estranea .. preso|presa|prendere|rubato|rubare|portato|portare .. pacco|pacchi|consegna|scatola',
        'sospes*|bloccat*|scadut*|limitat*|disattivat* clicca|cliccare|cliccate|clicchi|click',
        'mail|email|sms|messaggio|messaggi|sito|pagina|chiamata .. con il vostro logo|marchio', 'mail|email|sms|messaggio|messaggi|sito|pagina|chiamata .. col vostro logo|marchio',
        'ci sono|siamo|è|e|sei|siete cascato|cascata|cascati', 'abboccat*',
        // Trovati provando: un dispositivo o un beneficiario comparso, punti azzerati, documenti mandati a un altro, un "conto sicuro".
        'comparso|apparso|comparsa|apparsa un|una nuovo|nuova dispositivo|beneficiario|accesso|iban|carta', 'nuovo dispositivo|accesso .. collegato|connesso|registrato|aggiunto',
        'punti|miglia sono passati|scesi .. a zero', 'mandato|inviato|spedito|girato|dato i|le miei|mie documenti|dati|bollette|fatture|estratti a un|una altro|altra|estraneo|estranea|sconosciuto|sconosciuta',
        'un conto sicuro|protetto', 'qualcuno|sconosciuto|sconosciuta ha|hanno firmato|ritirato',
      ],
      except: [
        'furto|fuga di dati a|di|da quella|altre compagnia|compagnie|banca|banche|azienda|aziende', 'furto|fuga di dati a|di|da un altra compagnia|banca|azienda',
        // The app asking for a password is a log-in, not phishing.
        'app|applicazione|sito|pagina .. chiede|chiedeva|chiedono|chiesto|continua|sempre',
        'furto della sim', 'sim rubata',
        // Il codice di consegna che il corriere chiede è la consegna, non una truffa.
        'corriere|fattorino|postino|rider|tecnico|installatore .. chiesto',
      ],
    },
    cancelAsk: {
      match: [
        'fine del vincolo',
        'come si disdice|disdicono|recede', 'come faccio|posso|si fa .. disdire|disdetta|recedere', 'come disdico|recedo',
      ],
    },
    churn: {
      notForModels: [
        'offerte|offerta|proposte|proposta migliori|migliore|convenienti|conveniente',
        'che mi|ci proponete|offrite',
        'reso|resa la scelta|decisione facile|facilissima|semplice|semplicissima',
        'faccio|farò|faremo|facciamo|spendo|spenderò .. altrove',
              ],
      match: [
        // Giro 24: "non lo rinnovo", "l'ultima goccia", "guardo le offerte degli altri", "sono andata dalla concorrenza", "alla scadenza arrivederci".
        'non lo|la|li rinnovo|rinnoverò', 'ultima goccia', 'guardando|guardo|valutando|valuto .. offerte|tariffe degli|di altri|altre',
        'andato|andata|andati|passato|passata|passati .. dalla|alla concorrenza', 'alla scadenza .. arrivederci|addio|ciao',
        // Giro 22: il modulo di recesso pronto, il modem dell'altro operatore, la concorrenza che regala, il nuovo operatore.
        'modulo|moduli di recesso|disdetta compilato|compilati|inviato|spedito|firmato|pronto', 'dell altro operatore|gestore',
        'la concorrenza mi|ci regala|offre|da', 'il mio nuovo operatore|gestore|fornitore', 'la mia nuova banca|compagnia',
        // Andarsene detto senza nomi: "a fine mese porto il numero da un altro", "non rinnovo", "sto seriamente pensando di cambiare", "datemi un motivo per restare".
        'porto|porterò|passo|passerò il|mio numero .. da|a un|ad altro|altri|concorrenza',
        'non rinnovo|rinnoverò',
        'pensando|penso|pensavo .. di andarmene|lasciarvi|mollarvi', 'seriamente|davvero pensando|penso|pensavo di cambiare|passare|andarmene|disdire',
        'motivo|motivi per restare|rimanere',
        // Andarsene detto di passaggio: "d'ora in poi volo con Ryanair", "la goccia che fa traboccare il vaso".
        'd ora in poi|avanti volo|viaggio|prenoto|compro', 'd ora in poi|avanti passo a|ad', 'da adesso|ora in poi volo|viaggio|prenoto|compro', 'goccia che fa traboccare',
        'ho|abbiamo smesso di volare|comprare|ordinare con|da',
        'ho|abbiamo già cambiato operatore|gestore|compagnia',
        'disdico', 'disdirò', 'faccio|farò|mando|invio|inviato|mandato .. disdetta', 'recedo',
        'cambio operatore|gestore|compagnia|fornitore|banca', 'cambiare operatore|gestore|compagnia|fornitore',
        'altro gestore', 'altra compagnia', 'altro fornitore', 'altra banca', 'altro operatore telefonico',
        'passo|passerò|passiamo|passeremo|passare|vado|andrò|migro|migrerò|porto|porterò|sposto|torno|tornerò .. iliad|vodafone|tim|windtre|wind|fastweb|kena|postemobile|tiscali|eolo|coopvoce|lycamobile|concorrenza|concorrente|concorrenti',
        'me ne vado', 'vi lascio', 'vi mollo', 'vi abbandono', 'mai più', 'ultima volta che',
        'non vi consiglierò|consiglio|raccomando',
        'chiudo|chiuderò|chiudere il|l .. contratto|conto|abbonamento|rapporto',
        'annullo|annullerò|disattivo|disattiverò .. abbonamento|contratto|servizio|linea|sim|account',
        'chiedo|chiederò|richiedo|richiederò la portabilità', 'portabilità verso', 'avete perso un|una cliente',
        'perso un|una cliente', 'perderete .. clienti|cliente',
        'passo|passerò|passiamo|passeremo|passare|vado|andrò|andare|migro|migrerò|migrare .. altro|altra operatore|gestore|compagnia|fornitore',
        'voglio|vorrei|devo .. disdire|recedere|andarmene',
        'ho deciso di .. disdire|recedere|andarmene', 'sto per .. disdire|recedere|andarmene', 'ho deciso di cambiare operatore|gestore', 'sto per cambiare operatore|gestore',
        'ultimo volo|ordine|acquisto|viaggio con|da voi', 'mi|ci avete perso come cliente|clienti',
        'prenoterò|volerò|comprerò|ordinerò con|da qualcun altro', 'prenoterò|volerò|comprerò|ordinerò con|da un altra compagnia|azienda', 'ci penserò due volte',
        'addio per sempre', 'disinstallo|disinstallato|cancello|cancellato la vostra|l app',
        // "ho chiesto il codice di migrazione", "non mi vedrete più", "non vedo l'ora che scada il contratto".
        'chiesto|richiesto|chiedo|richiedo|chiedere|richiedere|voglio|vorrei .. codice|codici di migrazione', 'non mi|ci vedrete|rivedrete più',
        'non vedo l ora .. finisca|scada|finire|scadere .. contratto|abbonamento|vincolo',
      ],
      except: [
        'come .. disdetta|disdire|recesso', 'posso .. disdire|disdetta', 'non succed* mai più', 'mai più successo',
        'mai più avuto', 'mai più ricevuto',
        // Chi passa a noi arriva, non se ne va: "passo a voi da Vodafone".
        'passo|passare|passiamo|passato|passata|passati|vengo|veniamo|venire a|da voi|lumo',
      ],
      // Il rimpianto di essere passati a noi, che le eccezioni qui sopra leggono come un arrivo.
      despite: [
        'pento|pentito|pentita|pentiti|pentite .. passato|passata|passati|passate|venuto|venuta|venuti a|da|con voi|lumo',
      ],
    },
    ironic: {
      match: [
        'grazie per niente', 'grazie di niente', 'grazie per nulla', 'grazie per|di un bel niente|nulla', 'grazie mille per|di niente|nulla', 'grazie per|di niente|nulla di niente|nulla', 'grazie al cazzo', 'complimenti vivissimi',
        'ma bravi', 'bravi bravi', 'si vabbè', 'sì vabbè', 'sì sì certo',
        'proprio quello che ci voleva',
        'ci voleva proprio', 'grazie eh',
        'grazie mille eh',
        'che bello|bellissimo pagare|aspettare', 'bello pagare|aspettare',
        'grazie per la bolletta|fattura da', 'grazie per la stangata', 'grazie per il salasso',
      ],
    },
    praise: {
      match: [
        'bravi', 'bravo', 'brava', 'bravissim*', 'complimenti', 'ottimo lavoro|servizio', 'ottim*', 'perfett*',
        'fantastic*', 'eccellent*', 'gentilissim*', 'gentili', 'disponibil*', 'efficient*',
        'velocissim*', 'il top', 'top', 'il migliore', 'i migliori', 'siete i migliori', 'grandi', 'mitic*', 'super',
        'stupend*', 'meraviglios*', 'splendid*', 'impeccabil*', 'soddisfatt*', 'un piacere', 'vi adoro', 'adoro',
        'vi amo', 'chapeau',
        'mi avete|hai aiutato', 'mi avete salvato', 'salvato la giornata', 'mi avete svoltato la giornata',
        'siete stati|state gentilissimi|bravissimi|velocissimi',
        'molto|super|davvero|estremamente professional*', 'professionalità',
        'per ora tutto ok|bene|perfetto', 'finora tutto ok|bene|perfetto', '5 stelle', 'cinque stelle',
        'volo|viaggio tranquillo|perfetto|puntuale', 'atterrati in anticipo', 'apprezzo|apprezziamo molto', 'sempre un piacere',
        'non vedo l ora di volare|partire|provare|viaggiare', 'non vediamo l ora di volare|partire|provare|viaggiare',
      ],
      except: [
        'non sono soddisfatt*', 'super lent*', 'top up',
        // A service or a product "disponibile" is available, not helpful as staff are.
        'fibra|copertura|rete|linea|offerta|offerte|servizio|servizi|prodotto|prodotti|app|velocità|modem|promo|promozione|giga|5g|4g|ftth|adsl|attivazione .. disponibil*',
        'non disponibil*',
        'top of', 'top ten',
      ],
    },
    ironyLead: {
      match: [
        'adoro quando|come', 'amo quando|come',
       
        'che bello', 'che bellezza', 'che gioia', 'che piacere', 'che delizia', 'evviva', 'viva',
        'meno male che', 'fortuna che', 'ma che bravi', 'grazie tante',
        'applausi', 'standing ovation', 'alla faccia del|della|dello|dei|delle|degli', 'che fortuna',
        'ci mancava solo', 'ci mancava anche', 'come no',
        'che bello quando|che|essere|avere|restare|rimanere',
      ],
    },
    ironyTarget: {
      match: [
        // Un prezzo aumentato, lodato (giro 25): "grazie per l'aumento della bolletta".
        'aumentato|aumentata|aumentate|aumentati|alzato|alzata .. bolletta|bollette|prezzo|prezzi|tariffa|canone|abbonamento|premio', 'aumento|aumenti|rincaro|rincari della|del|di bolletta|bollette|prezzo|prezzi|tariffa|canone|abbonamento|premio',
        'ricordato|ricordare perché', 'riusciti|riuscita|riuscito|riuscite a perdere|rompere|cancellare|perdermi',
        // Ore passate da qualche parte, una notte per terra, un'occasione persa: "grazie per le 5 ore a Fiumicino".
        'le|delle .. ore a|in|al|all|allo|sul|sulla|nel|nella', 'notte|notti .. pavimento|aeroporto|stazione|terminal', 'avermi|averci|averla|averlo fatto perdere', 'fatto perdere',
        // "Grazie per il posto accanto al bagno", "per la sorpresa in bolletta".
        'accanto al|ai bagno|bagni', 'sorpresa|sorprese .. bolletta|fattura|conto|addebito',
        'avermi|averci fatto|lasciato|lasciata|lasciati|tenuto|tenuta .. aspettare|senza|attesa|piedi',
        'farmi|farci aspettare|attendere', 'lasciarmi|lasciarci senza|piedi', 'attesa',
        'aver|avermi|averci perso|perduto',
        'avermi|averci addebitato|tolto|rubato|fregato|staccato|sospeso|bloccato|ignorato',
        'settimane|giorni|mesi|ore .. attesa|ritardo', 'la bella sorpresa', 'l ennesim*',
        // "grazie tante eh, tre settimane per un tecnico": the wait itself is the target.
        'settimane|giorni|mesi|ore per un|una|il|la|lo|l|i|gli|le|avere|ricevere|attivare|installare|riparare|sostituire|consegnare|rispondere',
        // Un giorno speciale passato dove nessuno vuole stare: "il mio compleanno in aeroporto".
        'compleanno|anniversario|natale|vacanza|vacanze .. in aeroporto|stazione', 'luna di miele .. in aeroporto|stazione',
        // Un aumento in bolletta, un'attesa più lunga di un'altra, una spesa detta col suo importo:
        // "grazie mille per l'aumento in bolletta", "bravi, la fibra ci mette più del trasloco".
        'aumento|aumenti|rincaro|rincari in|della|sulla|nella|di bolletta|bollette|fattura|fatture|canone|prezzo|tariffa|abbonamento', 'rincaro|rincari|stangata',
        'ci mette|mettete|mettono|impiega|impiegate|impiegano più di|della|del|dello|delle|dei|degli',
        'mi è|e costat* .. euro',
        ...FAMILY_SPLIT,
      ],
    },
    resolution: {
      match: [
        'aiut*', 'risolt*', 'risolv*', 'sistemat*', 'sistemare', 'ripristin*', 'riparat*', 'sostituit*', 'rimbors*',
        'aggiornament*', 'info*', 'spiegazion*', 'rispost*', 'disponibilità', 'pazienza', 'supporto', 'assistenza',
        'scuse', 'rapidità', 'velocità', 'tempestività', 'gentilezza', 'cortesia', 'celerità', 'attenzione',
        'interessamento',
        'avermi|averci risposto|aiutato|richiamato|contattato|ricontattato|aggiornato|informato|avvisato|avvertito|spiegato',
        'funziona di nuovo|ora|adesso',
      ],
    },
    claim: {
      match: [
        'servizio clienti', 'assistenza clienti', 'assistenza', 'customer care', 'veloce', 'ultraveloce',
        'illimitat*', 'garantit*', 'gratis', 'gratuit*', 'esperti', 'qualità', 'in tempo reale', 'tempestiv*',
        'supporto', 'offerta', 'promozione', 'promo', 'fibra', 'servizio',
      ],
    },
    supposition: {
      // Il "se" dell'ipotesi, con chi o cosa è supposto: "se" da solo è anche lo spagnolo "se ha tragado".
      match: [
        'se il|i|gli|mi|ci|un|una|uno|mio|mia|miei|mie|nostro|nostra|vostro|vostra|non|per|dovesse|dovessi|dovessero|domani',
        'nel caso', 'in caso', 'qualora', 'casomai', 'caso mai',
      ],
      except: [
        'anche|come se',
        // Cosa fare, chiesto da chi ce l'ha: "come ricarico se la carta viene sempre rifiutata?".
        'come .. se', 'cosa|che faccio|devo|posso .. se',
        // Detto al passato, è successo: "posso avere il rimborso se il volo è stato cancellato?".
        'se .. stato|stata|stati|state',
        // Una domanda su com'è ora, non un'ipotesi: "potete verificare se il treno è cancellato?".
        'sapere|capire|verificare|controllare|dirmi|sapete|sai|chiedo|chiedevo|vedere .. se',
      ],
    },
    contrast: {
      match: [
        'ma', 'però', 'tuttavia', 'peccato', 'purtroppo', 'anche se', 'nonostante', 'sebbene', 'solo che',
        'unico neo|problema|difetto|appunto',
      ],
      // French "ma" (my) after a preposition or a verb is no Italian "but": "le mariage de ma sœur".
      except: [
        'de|à|pour|avec|dans|sur|par|est|et|perdu|raté|perdre|annuler|casser ma',
        'ma valise|commande|facture|carte|ligne|box|réservation|livraison|connexion|place|fille|sœur|soeur|mère|femme|famille|voiture',
      ],
    },
    statusClaim: {
      match: [
        'destinatario assente', 'destinatario non reperibile', 'tentata consegna', 'assente',
        'consegnat*', 'risolt*', 'completat*', 'chius*', 'in consegna', 'spedit*', 'in arrivo', 'a breve', 'presto', 'rimborsat*', 'ritirat*'],
    },
    quoteIntro: {
      match: [
        'dice', 'dicendo', 'mi dà|da', 'appare', 'compare', 'esce', 'scritto', 'messaggio', 'errore', 'risulta',
        'segna',
      ],
    },
    legal: {
      match: [
        // Una protesta pubblica va a una persona subito, come una minaccia legale: "lo mando a Striscia".
        // "Stampa" è anche la stampa di un documento: conta solo chi ci porta il problema.
        'mando|manderò|porto|porterò|dico|dirò|segnalo|segnalerò|racconto|racconterò|scrivo|scriverò|scritto|vado|andrò|rivolgo|rivolgerò|contatto|contattato|chiamo|chiamato .. alla stampa', 'mando|manderò|porto|porterò|dico|dirò|segnalo|segnalerò|racconto|racconterò|scrivo|scriverò|scritto|vado|andrò|rivolgo|rivolgerò|contatto|contattato|chiamo|chiamato .. ai giornali', 'mando|manderò|porto|porterò|dico|dirò|segnalo|segnalerò|racconto|racconterò|scrivo|scriverò|scritto|vado|andrò|rivolgo|rivolgerò|contatto|contattato|chiamo|chiamato .. a un|ai giornalista|giornalisti', 'mando|manderò|porto|porterò|dico|dirò|segnalo|segnalerò|racconto|racconterò|scrivo|scriverò|scritto|vado|andrò|rivolgo|rivolgerò|contatto|contattato|chiamo|chiamato .. a striscia', 'mando|manderò|porto|porterò|dico|dirò|segnalo|segnalerò|racconto|racconterò|scrivo|scriverò|scritto|vado|andrò|rivolgo|rivolgerò|contatto|contattato|chiamo|chiamato .. alle iene',
        'lo pubblico|pubblicherò|condivido|condividerò ovunque', 'lo faccio sapere a tutti',
        'avvocat*', 'legale', 'legali', 'denunci*', 'querel*', 'agcom', 'codacons', 'class action', 'tribunal*',
        'giudice', 'carabinieri', 'polizia postale', 'vie legali', 'azioni legali', 'azione legale', 'diffida',
        'diffidare', 'garante', 'antitrust', 'corecom', 'conciliazione', 'esposto', 'associazione consumatori',
        'associazioni dei consumatori', 'altroconsumo', 'federconsumatori', 'adiconsum', 'unione consumatori',
        'udicon', 'striscia la notizia', 'le iene', 'procura', 'fare causa', 'faccio causa', 'vi faccio causa',
        'risarciment*', 'danni morali',
        'enac',
        // Un'autorità di settore o il giudice chiamati in causa: "reclamo all'ART", "farò causa".
        'reclamo|reclami|ricorso|segnalazione|segnalazioni|esposto .. all|alla|al|ad art|arera|ivass|consob|abf|authority|autorità', 'arbitro bancario',
        'farò|faremo|facciamo|intenterò|intentare|intento|avvierò causa',
        // Un'associazione di consumatori, un chargeback chiesto alla banca.
        'rivolgo|rivolgerò|rivolto|scrivo|scritto|segnalo|segnalato|vado|andrò|contattato|contatto .. associazione|associazioni', 'chiesto|chiedo|fatto|faccio|aperto|apro il chargeback',
      ],
      except: ['sede legale', 'ora legale', 'legale rappresentante'],
    },
    safety: {
      match: [
        // Giro 23: una porta chiusa addosso, una vite nella pizza, la dialisi a casa.
        'chius* addosso', 'vite|vetro|chiodo|chiodi|vetri|metallo nel|nella|nei|nelle .. pizza|cibo|panino|piatto|pasta|insalata',
        'dialisi a casa', 'dialisi domiciliare',
        // Trovati provando: "il vostro furgone per poco investiva mio figlio".
        'per poco .. investit*|investiva|investivano|investire|investirmi|investendo', 'quasi .. investit*|investiva|investivano|investire|investirmi|investendo',
        // Un cavo della rete che penzola dove passa la gente: "il cavo della centralina penzola sul marciapiede".
        'cavo|cavi|filo|fili .. penzola|penzolano|pende|pendono .. marciapiede|strada|palo|scuola|terra|testa',
        // Vite appese alla linea: il 112 che non si chiama, un holter o un pacemaker senza rete; un armadio stradale aperto coi fili fuori.
        'non riesco a|posso chiamare|telefonare il|al 112|118|113|115',
        'holter',
        'pacemaker',
        'monitor cardiaco',
        'armadio|armadietto|centralina|cabina stradale|telefonic*|telecom|fibra|elettric* .. aperto|aperta|aperti|scassinat*|divelt*',
        'fili|cavi|filo|cavo fuori',
        // Una corsa andata male: chiusi dentro, seguiti, toccati, lasciati in autostrada, un incidente, senza cinture.
        'chius*|bloccat* .. portiere|sicure', 'mi|ci ha|hanno seguito|seguita|seguiti fino a casa', 'mi|ci ha|hanno seguito|seguita|seguiti fino al|alla portone|porta|macchina', 'mi toccava|palpava .. gamba|gambe|coscia|sedere|seno',
        'mi ha|hanno toccato|palpato .. gamba|gambe|coscia|sedere|seno', 'in mezzo all|alla autostrada|tangenziale|superstrada', 'avuto|fatto un incidente',
        'senza cinture', 'non aveva|avevano le cinture',
        // Un bambino smarrito in viaggio: "ho perso mio figlio in aeroporto".
        'perso|smarrito mio|nostro figlio|bambino in|all|al|alla|nel|nella aeroporto|stazione|gate|aereo|treno|negozio',
        // Una batteria gonfia può prendere fuoco.
        'batteria|batterie .. gonfia|gonfie|gonfiata|gonfiate|gonfiato|rigonfia|rigonfiata', 'batteria|batterie del|della|dello|dei|delle .. si è|sono gonfiata|gonfiate|gonfiato|gonfiati',
        'perso|smarrito mia|nostra figlia|bambina in|all|al|alla|nel|nella aeroporto|stazione|gate|aereo|treno|negozio', 'non trovo più|piu mio|mia|nostro|nostra figlio|figlia|bambino|bambina',
        'molesta|molestava|importuna|importunava .. passeggeri|passeggere|persone|ragazze|bambini', 'defibrillatore', 'pronto soccorso', 'gente|passeggeri|tutti|bambini urlavano|urlano|gridavano',
        'minaccia|minacciava|aggrediva|aggredito .. hostess|steward|equipaggio|autista|pilota|personale', 'sbandava|sbanda|zigzagava',
        // Un pericolo chiesto con calma: puzza di carburante in cabina, un bambino che ha sbattuto la
        // testa, un passeggero che tocca una bambina, freni che non tengono, un'allergia ignorata.
        'puzza|odore di carburante|benzina|cherosene|kerosene|bruciato|fumo', 'sbattuto|battuto la testa',
        'tocca|toccare|toccato|toccava|palpeggia* mia|mio|nostra|nostro figlia|figlio|moglie|bambina|bambino',
        'freni|freno .. non funzionano|funziona|tengono', 'freni|freno .. rotti|rotto', 'nonostante .. allergia|allergico|allergica|allergie',
        'porte|porta aperte|aperta tra|durante .. fermate|stazioni|corsa|viaggio',
        'incendi*', 'fiamm*', 'fuoco', 'fumo', 'fuma', 'fumava', 'fumato', 'bruciat*', 'brucia', 'bruciando',
        'odore di bruciato', 'scossa', 'scosse', 'folgorat*', 'fulminat*', 'esplos*', 'scoppiat*', 'esploso',
        'ferit*', 'ferito', 'rovesciat*|versat*|buttat* .. bollente|bollenti|caldo|calda|caldi', 'ustion*', 'surriscald*', 'scintill*', 'prende fuoco', 'preso fuoco', 'fuga di gas',
        'pericolo', 'pericolos*', 'fili scoperti', 'cavo scoperto', 'palo caduto', 'cavi a terra', 'ospedale',
        'cavo|cavi|filo|fili .. scopert*|penzolant*|tranciat*', 'cavo|cavi|filo|fili .. a terra', 'palo|pali .. cadut*|pericolant*', 'palo|pali a terra',
        'intossicazione', 'intossicat*', 'reazione allergica', 'shock anafilattico', 'vetro nel|nella|nello',
        'corpo estraneo', 'minacciat*', 'aggredit*',
        'tombino|tombini aperto|aperti|scoperto|scoperti', 'buca|buche|scavo aperta|aperte|scoperta|scoperte|aperto',
        // Un pericolo detto dal suo effetto: "ho temuto per la mia vita", noci servite a chi è allergico.
        'temuto|paura per la mia|nostra vita', 'allergico|allergica|allergici|allergia .. servito|servita|serviti|dato|dati|data',
        'allergico|allergica|allergici|allergia .. senza avvisare|avvertire',
        // A bordo o per strada: un'emergenza, una persona che sta male o lasciata sola, chi guida
        // non in condizione, odore di carburante.
        'atterraggio di|d emergenza', 'atterraggio forzato', 'evacuat*', 'evacuazione', 'svenut*', 'malore',
        // Una persona che crolla (un prezzo o una rete che "crolla" no).
        'padre|madre|figlio|figlia|marito|moglie|nonno|nonna|bambino|bambina|passeggero|passeggera|signore|signora|qualcuno .. crollato|crollata|collassato|collassata|accasciato|accasciata',
        'perso i sensi', 'privo|priva di sensi', 'infarto', 'crisi epilettica',
        'pilota|comandante|autista|conducente|tassista|driver|guidatore|macchinista .. ubriac*', 'ubriac* alla guida', 'odore di carburante|cherosene|kerosene|benzina|gas',
        'eccesso di velocità', 'guida pericolosa|spericolata', 'rotelle|carrozzina .. lasciat*|abbandonat*|dimenticat*',
        'demenza', 'alzheimer', 'molestat*', 'molestie',
        'insulina|farmaci|medicine|medicinali .. perso|persa|persi|perse|smarrit*|rubat*',
        'perso|persi|smarrit*|rubat* .. insulina|farmaci|medicine|medicinali', 'senza insulina|farmaci|medicine|medicinali',
        'minore|minori non accompagnat* .. nessuno|perso|persa|solo|sola|dimenticat*',
        'sicuro volare|viaggiare|guidare', 'rumore|rumori .. motore|motori', 'motore .. rumore|rumori|vibra|vibrava|fumo',
        'rissa a bordo', 'bagaglio|borsa|valigia|pacco incustodit*', 'atterraggio .. annullato|abortito|interrotto', 'riattaccata',
        'incidente stradale', 'fatto un incidente', 'tamponat*', 'colpo di frusta', 'autista|conducente .. ha tamponato|investito|urtato',
        // Un pericolo detto semplicemente: puzza di gas, minacce ad altri, una siringa, porte aperte
        // in corsa, un'uscita di emergenza bloccata, un finestrino crepato, qualcosa caduto su un bambino.
        'puzza di gas|benzina|bruciato', 'siringa', 'siringhe',
        'minaccia|minacciava|minacciando .. passeggeri|persone|clienti|bambini', 'sveniva|svengono|sviene', 'svenimento',
        'allergia .. ignorata|ignorato', 'porta|porte .. in corsa', 'autista|conducente|tassista|driver|guidatore .. al telefono|cellulare|telefonino',
        'uscita|uscite di emergenza .. bloccata|bloccate|rotta|rotte|chiusa|chiuse', 'crepa|crepe nel|sul|nella|sull .. finestrino|parabrezza|ala|oblò',
        'finestrino|parabrezza|oblò incrinato|crepato', 'caduto|caduta|caduti|cadute addosso a mio|mia figlio|figlia|bambino|bambina|neonato',
        // Un pericolo detto con le parole di tutti i giorni. Qualcuno che si accascia, non respira, ha
        // la gola gonfia, vomita, sanguina, si è tagliato o scottato, è caduto.
        'accasciat*', 'si è|e sentito|sentita|sentiti male', 'non respira|respirava|respirano', 'non riesce|riusciva|riescono a respirare',
        'difficoltà|fatica a respirare', 'attacco|crisi d|di asma',
        'gola|labbra|labbro|lingua|viso|faccia|palpebre|occhi gonfia|gonfie|gonfio|gonfi|gonfiata|gonfiate|gonfiato|gonfiati', 'gonfiat* la|le|il|gli gola|labbra|lingua|viso|faccia|occhi',
        'vomitat*', 'a vomitare', 'vomita|vomitava|vomitano|vomitavano|vomitando',
        'stat*|sto|sta|stiamo|stanno .. male dopo .. mangiato|mangiata|mangiati|cena|pranzo|pasto|ordine|piatto|panino|pizza|sushi',
        'sanguina|sanguinava|sanguinano|sanguinavano|sanguinante|sanguinanti', 'esce|usciva|uscito|perde|perdeva|perso .. sangue',
        'tagliat* la|il|le|i|un|una lingua|mano|mani|dito|dita|labbro|labbra|bocca|piede|piedi|braccio|faccia|viso|fronte',
        'pezzo|pezzi|pezzetto|pezzetti|scheggia|schegge|frammento|frammenti di vetro',
        'bollente|bollenti su|sulla|sul|sulle|sui|in|nella|nelle .. mano|mani|braccio|braccia|gamba|gambe|piede|piedi|faccia|viso|pelle|petto|dita|dito|pancia|collo|schiena|testa', 'bollente|bollenti addosso',
        'scottat* la|le|il|i|un|una|tutta|tutto mano|mani|braccio|braccia|gamba|gambe|piede|piedi|faccia|viso|pelle|petto|dita|dito|lingua|bocca|collo|schiena',
        'signora|signore|anziana|anziano|passeggera|passeggero|donna|uomo|ragazza|ragazzo|bambina|bambino|bimba|bimbo|nonna|nonno|figlia|figlio .. è|e|sono caduta|caduto|cadute|caduti|scivolata|scivolato',
        'sono|siamo scivolata|scivolato|scivolati|scivolate',
        // Chiusi in ascensore, fili sull'asfalto, un palo o un soffitto venuti giù, odore di uova marce (gas).
        'chius*|bloccat*|intrappolat*|rimast* nell|nello|in|dentro ascensore|ascensori',
        'fili|cavi|filo|cavo .. sull|sulla|sul|per asfalto|strada|marciapiede|marciapiedi|carreggiata',
        'venut*|crollat* giù .. palo|pali|albero|alberi|traliccio|tralicci|cornicione|soffitto|controsoffitto|balcone|muro',
        'palo|pali|albero|alberi|traliccio|tralicci|cornicione|soffitto|controsoffitto|balcone|muro .. venut*|crollat*',
        'puzza|puzzo|odore|tanfo|odora|puzzava|sa|sapeva|sanno di uova marce|marcite', 'puzza|puzzo|odore|tanfo|odora|puzzava|sa|sapeva|sanno di uovo marcio',
        // Chi guida col telefono, bevuto, o allunga le mani; chi minaccia la gente con un'arma.
        'guida|guidava|guidando col|coi|con|al telefono|cellulare|telefonino|smartphone', 'guida|guidava|guidando con il telefono|cellulare|telefonino|smartphone',
        'telefono|cellulare|telefonino|smartphone|messaggi|whatsapp|sms|chat|video .. mentre guida|guidava', 'telefono|cellulare|telefonino|smartphone .. al volante',
        'autista|conducente|tassista|driver|guidatore|pilota|macchinista .. puzza|puzzava|sapeva|odorava di alcol|alcool|vino|birra|grappa|alcolici', 'alito .. alcol|alcool|vino|birra|grappa|alcolici',
        'mano|mani sulla|sulle|sul|sui gamba|gambe|coscia|cosce|sedere|seno', 'mano|mani tra|fra le gambe|cosce', 'mani addosso', 'allungato|allunga|allungava|allungare le mani',
        'minaccia|minacciava|minacciando .. gente|tutti|viaggiatori|ragazze|ragazzi|donne|dipendenti',
        'brandisce|brandiva|agita|agitava|agitando|impugna|impugnava|puntato|punta|puntava .. coltello|coltelli|bottiglia|pistola|arma|bastone|spranga|forbici|cacciavite|machete',
        // Un bambino separato dai suoi, un malato senza farmaci, ossigeno o telesoccorso.
        'scesa|sceso|scesi|scese .. e io|noi sono|siamo rimast*',
        'separat* da mio|mia|nostro|nostra|miei|nostri figlio|figlia|figli|figlie|bambino|bambina|bambini|bimbo|bimba|bimbi',
        'figlio|figlia|bambino|bambina|bimbo|bimba|figli|bambini .. rimast* da solo|sola|soli|sole', 'figlio|figlia|bambino|bambina|bimbo|bimba|figli|bambini .. rimast* a bordo',
        'partit* con mio|mia|nostro|nostra|miei figlio|figlia|bambino|bambina|bimbo|bimba|figli|bambini a bordo',
        'perso|persa|persi|perse|smarrit*|rubat* .. con .. insulina|farmaci|farmaco|medicine|medicinali|inalatore',
        'usa|usano|utilizza|utilizzano|attaccat*|collegat*|dipende|dipendente .. ossigeno|concentratore|respiratore|ossigenoterapia',
        'addormentat*|addormentava|addormentavano|dormiva|dormivano .. volante',
        'se cade|cadesse|sviene|svenisse|scivola nessuno', 'se si sente|sentisse male nessuno', 'se sta|stesse male nessuno',
        'telesoccorso|teleassistenza .. non funziona|funzionante|va', 'telesoccorso|teleassistenza .. muto|isolato|staccato', 'senza|niente telesoccorso|teleassistenza',
        // Trovati provando: un monopattino che non frena, 50 mg invece di 5, un rider che "sa dove abito", una seggiovia ferma.
        'non frena|frenava|frenano|frenavano', 'mg|ml|milligrammi invece di', 'sa|sanno dove abito|abitiamo|vivo|viviamo',
        'seggiovia|funivia|cabinovia|ovovia .. bloccat*|ferm*', 'bloccat*|ferm* .. seggiovia|funivia|cabinovia|ovovia',
      ],
      except: [
        'fumo di londra', 'mettere a fuoco', 'messa a fuoco', 'fuoco amico',
        'minacciat* di|che',
        // Modi di dire e domande: "bolletta da infarto", "vendete rilevatori di fumo?", "come si usa
        // il concentratore?", "ho perso il sangue freddo", "è caduto dalle nuvole".
        'da infarto', 'rilevatore|rilevatori|rivelatore|rivelatori|sensore|sensori|allarme|allarmi|detector di|del|per fumo|gas|monossido|incendio',
        'rilevatore|rilevatori|rivelatore|rivelatori|sensore|sensori|allarme|allarmi|detector di|del|per .. e|o di|del fumo|gas|monossido|incendio',
        'si usa|utilizza', 'sangue freddo', 'caduta|caduto|caduti|cadute dalle nuvole',
      ],
    },
    abuse: {
      match: [
        // Un insulto rivolto a chi legge: "siete degli incompetenti del cazzo".
        'siete|sei .. del cazzo',
        'stronz*', 'vaffanculo', 'fanculo', 'affanculo', 'coglion*', 'idiot*', 'cretin*', 'deficient*',
        'imbecill*', 'puttan*', 'bastard*', 'testa di cazzo', 'teste di cazzo', 'figlio|figli di troia|mignotta|zoccola|cane', 'pezzi di merda',
        'pezzo di merda', 'merdacce', 'merdaccia', 'andate a cagare', 'andate a fare in culo',
        'mongolo', 'mongoloid*', 'schifosi', 'porc* dio', 'maledetti', 'crepate',
        // Addressed only: "sarò stupido io, ma..." and "una domanda stupida" are no abuse.
        'sei|siete stupid*', 'siete degli stupidi',
      ],
      except: [
        'figli di nessuno',
        'dato del|della|dell|dello .. idiot*|cretin*|stupid*|scem*|deficient*|imbecill*|coglion*|stronz*',
        'trattat*|tratta|trattano|trattate .. da|come .. idiot*|cretin*|deficient*|imbecill*|coglion*|scem*',
        'sentire|sentito|sentita|sentiti .. idiot*|cretin*|scem*|stupid*',
        'sono un|una .. idiota|cretino|cretina|scemo|scema', 'mio errore',
      ],
    },
    human: {
      match: [
        'rispondetemi', 'rispondimi', 'mi rispondete', 'rispondete ai|alla|al miei|mia|mio messaggi|messaggio|mail|email|dm',
        // A request for a person, not any mention of staff ("l'operatore mi ha detto"): "operatore"
        // also means the phone carrier ("cambio operatore").
        'persona reale', 'persona vera', 'persona fisica', 'un umano', 'essere umano', 'operatore umano',
        'parlare|parlo|sentire con|a un|una|uno|qualcuno|voi|persona', 'voglio|vorrei|posso parlare',
        'voglio|vorrei|serve|passatemi|datemi|chiedo .. operatore|operatrice|persona|umano|responsabile|addetto|consulente|supervisore',
        'qualcuno di voi', 'non un bot|robot', 'non con un bot|robot', 'siete|sei un bot|robot', 'parlo con un bot|robot',
        'risposte automatiche', 'risposta automatica', 'risposte preconfezionate', 'copia incolla', 'assistenza umana',
        'chiamatemi', 'richiamatemi', 'mi chiamate', 'mi richiamate', 'mi contatti', 'contattatemi',
        'c è qualcuno lì|li', 'c è qualcuno in ascolto', 'qualcuno che risponde|legge|ascolta', 'nessuno che risponde|legge',
      ],
    },
    bereavement: {
      match: [
        // Un lutto; "è morto" da solo lo dicono anche telefoni e batterie.
        'marito|moglie|madre|padre|mamma|papà|papa|figlio|figlia|fratello|sorella|nonno|nonna|zio|zia|compagno|compagna|amico|amica|cugino|cugina|nipote .. morto|morta|mancato|mancata|scomparso|scomparsa|deceduto|deceduta|morte',
        'venuto|venuta a mancare', 'morte di mio|mia|nostro|nostra',
        // "Ho perso mio padre l'anno scorso": perdere con un tempo, non un luogo.
        'perso mio|nostro figlio|bambino|marito|padre|papà|papa|fratello|nonno l anno|mese scorso', 'perso mia|nostra figlia|bambina|moglie|madre|mamma|sorella|nonna l anno|mese scorso',
        'perso mio|nostro|mia|nostra figlio|figlia|bambino|bambina|marito|moglie|padre|madre|papà|papa|mamma|fratello|sorella|nonno|nonna la settimana scorsa', 'lutto', 'funerale', 'funerali', 'defunto', 'defunta', 'deceduto', 'deceduta', 'decesso',
        // La morte del titolare del contratto, detta da chi resta: "nel caso di morte di un titolare".
        'morte del|dell|di .. titolare|intestatario|intestataria|cliente|utente|contraente', 'titolare|intestatario|intestataria .. morto|morta',
        'morte titolare|intestatario|intestataria', 'utente|titolare|intestatario|intestataria|cliente muore', 'eredi', 'erede',
      ],
    },
    thanks: {
      match: [
        'grazie', 'grazzie', 'grz', 'ti ringrazio', 'vi ringrazio', 'ringrazio', 'ringraziament*', 'ringraziare', 'ringraziamo',
        'gentilissim*', 'thx', 'grazie mille', 'mille grazie', 'tante grazie',
      ],
      except: [
        'no grazie', 'grazie al cazzo', 'grazie per niente', 'grazie di niente', 'grazie per nulla', 'grazie per|di un bel niente|nulla', 'grazie mille per|di niente|nulla', 'grazie per|di niente|nulla di niente|nulla',
        'grazie a|al|alla|ai|alle .. non|senza',
        'grazie a|al|alla|ai|alle .. sono|siamo|resto|rimango|rimasto|rimasta senza|isolato|isolata|bloccato|bloccata',
      ],
    },
    greeting: {
      match: [
        'ciao', 'salve', 'buongiorno', 'buon giorno', 'buonasera', 'buona sera', 'buon pomeriggio',
        'buonpomeriggio', 'buondì', 'buondi', 'hey', 'hei', 'ehi', 'ehilà', 'ciao a tutti', 'salve a tutti',
        'buona giornata', 'buona serata', 'ben trovati',
      ],
    },
    urgent: {
      // "ora le scene partono subito": something that now starts at once is good news, not haste.
      except: ['parte|partono|arriva|arrivano|funziona|funzionano|risponde|rispondono|carica|caricano|accende|accendono|avvia|avviano subito'],
      notForModels: [
        'e adesso',
        'e ora cosa|che',
      ],
      match: [
        'urgent*', 'subito', 'immediatamente', 'al più presto', 'il prima possibile', 'quanto prima', 'emergenz*',
        'entro oggi', 'entro stasera', 'asap', 'di corsa', 'è grave', 'gravissimo', 'salvavita', 'sbrigatevi', 'muovetevi',
        // Pressione del tempo: un viaggio, un appuntamento, una scadenza che non aspetta domani.
        'tra un|una ora', 'tra mezz ora', 'tra due|2|tre|3 ore', 'stasera', 'parto oggi|domani|stasera', 'il mio volo',
        'perdere|perdo il volo|treno', 'perdere|perdo la coincidenza', 'all imbarco', 'sto per partire|imbarcarmi',
      ],
    },
    positive: {
      match: [
        'ottim*', 'perfett*', 'bravi', 'bravissim*', 'fantastic*', 'eccellent*', 'gentili', 'gentile',
        'content*', 'soddisfatt*', 'felic*', 'risolto', 'risolta', 'tutto ok', 'tutto a posto', 'tutto bene',
        'funziona di nuovo', 'ora funziona', 'adesso funziona', 'di nuovo funzionante', 'tornata la linea',
        'tornato internet', 'è tornato tutto',
        'complimenti', 'il migliore', 'i migliori', 'velocissim*', 'top', 'super', 'stupend*', 'meraviglios*',
        'efficient*', 'cortes*', 'professionalità', 'apprezzo', 'fenomenali',
        'benissimo', 'alla grande', 'ha|hanno funzionato bene|benissimo|perfettamente',
      ],
      except: ['di nuovo non', 'non è tornata', 'non è tornato', 'super lent*', 'top up'],
    },
    sinceWhen: {
      match: [
        'da ieri|stamattina|stamani|stanotte|stasera|giorni|settimane|mesi|ore|tempo|allora|sabato|domenica|lunedì|martedì|mercoledì|giovedì|venerdì',
        'da .. giorni|ore|settimane|mesi|minuti|giorno|ora', 'ieri', 'stamattina', 'stamani', 'stanotte', 'tutto il giorno',
        'tutta la notte|mattina|giornata|settimana', 'minuti|ore|giorni|settimane|mesi fa',
        // Quanto dura, detto come "sono tre giorni che...", "è un mese che...".
        'sono .. giorni|settimane|mesi|ore|anni|minuti che', 'è|e un|una .. mese|settimana|anno|giorno|ora che',
      ],
    },
    outrage: {
      match: [
        'vergogn*', 'schif*', 'ridicol*', 'inaccettabil*', 'inammissibil*', 'scandal*', 'indecent*', 'assurd*',
        'pazzesc*', 'furios*', 'arrabbiat*', 'incazzat*', 'stufo', 'stufa', 'stufi', 'ladri', 'truffator*',
        'incompetent*', 'pessimo', 'pessima', 'pessimi', 'pessime', 'peggior', 'peggiore', 'peggiori',
      ],
    },
    negative: {
      match: [
        'male', 'brutt*', 'trist*', 'peccato', 'purtroppo', 'odio', 'odiare', 'preoccupat*', 'disperat*',
        'nervos*', 'esaspera*', 'frustra*', 'insoddisfatt*', 'scontent*', 'lento', 'lenta', 'costoso',
        'carissim*', 'sparito', 'sparita', 'spariti', 'perso', 'persa', 'persi', 'mancat*',
        'attesa infinita', 'aspettando', 'inutile', 'inutili', 'non è|e ancora arrivat*', 'non mi è|e .. arrivat*',
        'mai arrivat*', 'ancora non .. arrivat*',
      ],
    },
    loyalty: {
      match: ['fedele', 'fedeli', 'fedeltà', 'fedelta'],
      except: [
        'programma|programmi|carta|carte|tessera|tessere|punti|club|raccolta|premio|premi|livello fedeltà|fedelta',
        'fedeltà|fedelta .. punti|club|card',
      ],
    },
    noHarmDone: {
      match: [
        'non l ho aperto|aperta|cliccato|cliccata',
        'non ho cliccato|aperto|risposto',
        'lo|la segnalo e basta',
        'solo per segnalare|segnalarlo|segnalarla|avvisare|avvisarvi',
        'lo|la segnalo solo',
      ],
    },
    spamBait: {
      match: [
        'gratis', 'gratuito', 'gratuita', 'vinci', 'vincere', 'hai vinto', 'omaggio', 'clicca', 'clicca qui',
        'offerta limitata', 'solo oggi', 'sconto', 'sconti', 'codice promo', 'premio', 'premi', 'guadagna',
        'guadagnare', 'guadagno', 'cripto', 'crypto', 'bitcoin', 'investi', 'investimento', 'scrivimi in dm',
        'link in bio', 'seguimi', 'seguitemi',
      ],
    },
    spamScheme: {
      match: [
        // Soldi da casa: "guadagna 500€ al giorno da casa".
        'guadagna|guadagnare|guadagnate .. al giorno|mese da casa',
        'guadagna|guadagnare|guadagnate .. alla settimana da casa',
        'compra follower', 'compra followers', 'follower gratis', 'followers gratis', 'aumenta i follower',
        'guadagna soldi', 'guadagna da casa', 'guadagni facili', 'soldi facili', 'profitto garantito',
        'rendimento garantito', 'segnali trading', 'raddoppia i tuoi soldi|guadagni|bitcoin|investimenti|risparmi|euro', 'scrivimi in privato per guadagnare',
      ],
    },
  },
  // Words by the part they play in telling of a failure (see Lexicon.failureWords).
  failureWords: {
    thing: [
      'app', 'sito', 'pagina', 'telefono', 'cellulare', 'smartphone', 'modem', 'router', 'internet',
      'wifi', 'rete', 'linea', 'fibra', 'connessione', 'segnale', 'servizio', 'account', 'carta',
      'pagamento', 'ordine', 'pacco', 'consegna', 'volo', 'voli', 'aereo', 'treno', 'autobus',
      'valigia', 'bagaglio', 'bagagli', 'biglietto', 'prenotazione', 'conto', 'rimborso',
      'aggiornamento', 'email', 'password', 'codice',
    ],
    failing: [
      'rotto', 'rotta', 'guasto', 'guasta', 'bloccato', 'bloccata', 'fermo', 'ferma', 'perso',
      'persa', 'smarrito', 'smarrita', 'ritardo', 'cancellato', 'cancellata', 'annullato',
      'annullata', 'lento', 'lenta', 'errore', 'disservizio', 'interrotto', 'interrotta', 'assente',
      'isolato',
    ],
    working: [
      'funziona', 'funzionano', 'carica', 'arriva', 'arrivato', 'arrivata', 'risponde', 'navigo',
      'naviga',
    ],
    duration: [
      'ore', 'ora', 'giorni', 'giorno', 'minuti', 'settimane', 'settimana', 'ancora', 'oggi',
      'adesso', 'stamattina', 'stasera', 'ieri',
    ],
    waiting: [
      'attesa', 'aspetto', 'aspettando', 'aspettiamo', 'fila', 'coda',
    ],
  },
  subjects: {
    order: {
      match: [
        'ordine', 'ordini', 'ordinato', 'ordinata', 'ordinati', 'pacco', 'pacchi', 'spedizion*', 'spedit*', 'consegn*',
        'corrier*', 'tracking', 'tracciamento', 'rider', 'reso', 'resi', 'sostitutivo', 'sostitutiva', 'sostituzione',
      ],
      except: ['in ordine', 'ordine del giorno'],
    },
    trip: {
      match: [
        'volo', 'voli', 'aereo', 'aerei', 'aeroport*', 'gate', 'imbarco', 'scalo', 'bagaglio', 'bagagli', 'valigi*',
        'pilota', 'equipaggio', 'treno', 'treni', 'binario', 'coincidenza', 'biglietto', 'biglietti', 'vacanza', 'vacanze', 'traghetto', 'crociera',
        'prenotazione', 'prenotazioni', 'hotel', 'albergo', 'alberghi', 'check in', 'pista', 'navetta', 'autonoleggio', 'auto a noleggio',
        // A delay on its own is a journey's; an order's, a refund's or a reply's is excepted.
        'in ritardo', 'ritardo', 'ritardi',
      ],
      except: ['ordine|ordini|pacco|pacchi|spedizione|spedizioni|consegna|consegne|rimborso|rimborsi|pagamento|pagamenti|risposta|risposte .. ritardo|ritardi'],
    },
    // A bag is the journey's, even when it is to be delivered: "my lost bag lands at 6, will it be delivered tonight?".
    baggage: { match: ['valigia', 'valigie', 'bagaglio', 'bagagli'] },
    visit: {
      match: [
        'tecnico', 'tecnici', 'installatore', 'installatori', 'letturista', 'letturisti', 'appuntamento', 'appuntamenti',
        'sopralluogo', 'sopralluoghi', 'visita tecnica', 'visita|intervento a domicilio',
        // Il servizio per cui era la visita: "il tecnico per l'attivazione della fibra", "il tecnico della fibra".
        'tecnico|tecnici|installatore|installatori|appuntamento .. attivazione|attivare|installazione|installare|allaccio|allacciamento|collegamento|trasloco .. fibra|linea|adsl|internet|wifi|rete',
        'tecnico|tecnici|installatore|installatori della|per|di|dell .. fibra|linea|adsl|internet|wifi|rete',
        'tecnico|tecnici|installatore|installatori .. venuto|venuti|passato|passati|presentato|presentati .. per|a .. attivazione|attivare|installazione|installare|allaccio|allacciare|collegare .. fibra|linea|adsl|internet|wifi|rete',
        'attivazione|installazione|allaccio|allacciamento|collegamento .. fibra|linea|adsl|internet|wifi|rete .. tecnico|tecnici|installatore|installatori|appuntamento*',
      ],
      except: [
        // Un aggettivo, non una persona: "problema tecnico", "supporto tecnico".
        'problema|problemi|guasto|guasti|disguido|disguidi|motivo|motivi|errore|errori|difetto|difetti|supporto|reparto|ufficio|servizio|assistente|linguaggio|termine|termini|dettagli|dati tecnico|tecnici',
        // Gli appuntamenti del cliente, persi per altro.
        'ho|abbiamo perso .. appuntamento*', 'appuntamento* .. medico|dottore|dentista|ospedale|colloquio',
      ],
    },
    service: {
      match: [
        'internet', 'wifi', 'sito', 'wi fi', 'linea', 'segnale', 'campo', 'app', 'login', 'password', 'rete',
        'fibra', 'adsl', 'streaming', 'roaming', 'errore',
      ],
      // Where the customer read about the trip or the order, not what fails.
      except: ['sito|app dice|diceva|indica|indicava|mostra|mostrava|segna|segnava|riporta', 'notizie|aggiornamenti|aggiornamento|info|informazioni|notifica|notifiche su|sul|sull|nel|nell|dal|dall|in .. sito|app'],
    },
  },
};
