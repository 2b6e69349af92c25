// Italian word lists for triage. Syntax of the phrases: see lexicon.ts.
import type { Lexicon } from './lexicon.ts';

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
  fillerWords: [
    'problema', 'problemi', 'aiuto', 'aiutatemi', 'aiutami', 'help', 'info', 'informazione',
    'informazioni', 'domanda', 'urgente', 'favore', 'piacere', 'scusate', 'scusa', 'ok', 'okay', 'ehm',
    'boh', 'qualcosa', 'cosa', 'funziona', 'funzionano', 'funge', 'va', 'vanno', 'andare', 'riesco',
    'capisco', 'capito', 'sapere', 'niente', 'nulla', 'tutto', 'ecco', 'allora', 'quindi', 'dunque',
    'qui', 'qua', 'cè', 'ce', 'bene', 'male', 'fate', 'fare', 'succede', 'successo', 'rispondete',
    'risposta', 'ragazzi', 'gentili', 'buona', 'giornata', 'sera', 'mattina', 'tutti',
  ],
  negators: ['non', 'nessun', 'nessuno', 'nessuna', 'niente', 'nulla', 'mai', 'senza', 'né', 'no', 'neanche', 'nemmeno', 'neppure'],
  phrases: {
    question: {
      match: [
        'vorrei sapere', 'vorrei capire', 'volevo sapere', 'volevo chiedere', 'vorrei chiedere',
        'mi chiedevo', 'sapete se', 'sapreste', 'mi sapete dire', 'mi dite', 'mi spiegate', 'qualcuno sa',
        'info su', 'informazioni su', 'chiedo info', 'come mai', 'mi servirebbe sapere',
      ],
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
      match: [
        'come si|faccio|posso|fare|funziona|attivo|leggo|cambio|controllo|vedo|trovo|scarico|pago|ricarico|verifico',
        'dove trovo|posso|si|vedo|scarico', 'è possibile', 'si può', 'posso', 'quanto costa', 'quanto costano',
        'cosa significa', 'che significa', 'cosa vuol dire',
      ],
    },
    account: {
      match: [
        'mi avete|hanno .. addebitat*|tolt*|scalat*|fatturat*|attivat*|disattivat*|sospes*|bloccat*|cancellat*|cambiat*|aumentat*|prelevat*|chiest*|staccat*|rubat*',
        'mi è|sono stat* .. addebitat*|tolt*|scalat*|fatturat*|attivat*|sospes*|bloccat*|prelevat*|chiest*',
        'addebitat* due volte', 'doppio addebito', 'doppio pagamento', 'addebito non autorizzato',
        'rimbors*', 'ho pagato', 'ho ordinato', 'ho acquistato', 'ho comprato', 'ho richiesto', 'ho attivato',
        'ho disdetto', 'ho fatto .. ordine', 'non mi è|e .. arrivat*', 'non è|e ancora arrivat*',
        'ancora non .. arrivat*', 'non ho .. ricevut*', 'mai arrivat*', 'mai ricevut*', 'disdetta',
        'recesso', 'sim bloccata', 'account bloccato', 'profilo bloccato', 'linea sospesa', 'credito sparito',
        'soldi spariti', 'i miei soldi', 'numero d ordine', 'numero ordine', 'codice cliente', 'mia pratica',
        'la mia richiesta', 'furto della sim', 'sim rubata', 'ho perso la sim', 'sostituzione sim',
        'cambio intestatario', 'intestat* a me',
      ],
    },
    accountWeak: {
      match: [
        // Devices and the line ("il mio modem", "la mia linea") are faults or how-tos, not the account.
        'mio|mia|miei|mie ordine|ordini|fattura|fatture|bolletta|bollette|conto|account|abbonamento|contratto|sim|numero|pacco|spedizione|ricarica|credito|carta|profilo|offerta|piano|pagamento|pagamenti|utenza|password|addebito|addebiti|consegna|tariffa|saldo|portabilità',
      ],
    },
    complaint: {
      match: [
        'vergogn*', 'pessim*', 'schif*', 'ridicol*', 'inaccettabil*', 'inammissibil*', 'assurd*', 'scandal*',
        'disservizi*', 'lamentel*', 'reclam*', 'delus*', 'deludent*', 'arrabbiat*', 'incazzat*', 'furios*',
        'stufo|stufa|stufi', 'basta', 'incompetent*', 'incapaci', 'truff*', 'ladri', 'presi in giro',
        'prendete in giro', 'prendendo in giro', 'nessuno risponde', 'nessuno mi|ci risponde', 'nessuna risposta', 'non rispondete',
        'non risponde nessuno', 'mai una risposta', 'ancora niente', 'ancora nulla', 'sto ancora aspettando',
        'ancora aspetto', 'da giorni', 'da settimane', 'da mesi', 'ennesim*', 'ogni volta', 'sempre la stessa storia',
        'mai più', 'cambio operatore', 'cambio gestore', 'problema', 'problemi', 'disagio', 'disagi', 'ritardo',
        'ritardi', 'sbagliat*', 'costi nascosti', 'non ho mai richiesto', 'non ho richiesto', 'non autorizzat*',
        'senza consenso', 'grazie al cazzo', 'grazie per niente', 'grazie per nulla', 'non sono soddisfatt*',
        'non sono content*', 'non siete capaci', 'non va bene', 'non vanno bene', 'non è normale', 'non e normale', 'non è possibile che',
        'non è accettabile', 'addebitat* due volte', 'doppio addebito', 'indecent*', 'vergognatevi',
        'pazzesco', 'allucinante', 'una follia', 'servizio clienti inesistente', 'mi avete rovinato',
      ],
      except: [
        'basta che', 'basta un', 'basta una', 'basta fare', 'basta andare', 'basta chiamare', 'risolto|risolvere|sistemato il|questo|mio problema',
        'problema risolto', 'problemi risolti',
      ],
    },
    faulty: {
      match: [
        'non funziona|funzionano|funge|funzionante', 'non va|vanno', 'non va più', 'non si accende',
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
      ],
      except: [
        'non va bene', 'non vanno bene', 'non va male', 'calm down', 'slow down', 'shut down', 'upside down',
        'let down', 'let me down', 'break down', 'non si sente bene', 'rotto le', 'mi avete rotto', 'avete rotto',
      ],
    },
    legal: {
      match: [
        'avvocat*', 'legale', 'legali', 'denunci*', 'querel*', 'agcom', 'codacons', 'class action', 'tribunal*',
        'giudice', 'carabinieri', 'polizia postale', 'vie legali', 'azioni legali', 'azione legale', 'diffida',
        'diffidare', 'garante', 'antitrust', 'corecom', 'conciliazione', 'esposto', 'associazione consumatori',
        'associazioni dei consumatori', 'altroconsumo', 'federconsumatori', 'adiconsum', 'unione consumatori',
        'udicon', 'striscia la notizia', 'le iene', 'procura', 'fare causa', 'faccio causa', 'vi faccio causa',
        'risarciment*', 'danni morali',
      ],
      except: ['sede legale', 'ora legale', 'legale rappresentante'],
    },
    safety: {
      match: [
        'incendi*', 'fiamm*', 'fuoco', 'fumo', 'fuma', 'fumava', 'fumato', 'bruciat*', 'brucia', 'bruciando',
        'odore di bruciato', 'scossa', 'scosse', 'folgorat*', 'fulminat*', 'esplos*', 'scoppiat*', 'esploso',
        'ferit*', 'ferito', 'ustion*', 'surriscald*', 'scintill*', 'prende fuoco', 'preso fuoco', 'fuga di gas',
        'pericolo', 'pericolos*', 'fili scoperti', 'cavo scoperto', 'palo caduto', 'cavi a terra', 'ospedale',
        'pronto soccorso',
      ],
      except: ['fumo di londra', 'mettere a fuoco', 'messa a fuoco', 'fuoco amico'],
    },
    abuse: {
      match: [
        'stronz*', 'vaffanculo', 'fanculo', 'affanculo', 'coglion*', 'idiot*', 'cretin*', 'deficient*',
        'imbecill*', 'puttan*', 'bastard*', 'testa di cazzo', 'teste di cazzo', 'figlio di', 'pezzi di merda',
        'pezzo di merda', 'merdacce', 'merdaccia', 'andate a cagare', 'andate a fare in culo',
        'mongolo', 'mongoloid*', 'schifosi', 'porc* dio', 'maledetti', 'crepate',
        // Addressed only: "sarò stupido io, ma..." and "una domanda stupida" are no abuse.
        'sei|siete stupid*', 'siete degli stupidi',
      ],
      except: ['figli di nessuno'],
    },
    human: {
      match: [
        // A request for a person, not any mention of staff ("l'operatore mi ha detto"): "operatore"
        // also means the phone carrier ("cambio operatore").
        'persona reale', 'persona vera', 'persona fisica', 'un umano', 'essere umano', 'operatore umano',
        'parlare|parlo|sentire con|a un|una|uno|qualcuno|voi|persona', 'voglio|vorrei|posso parlare',
        'voglio|vorrei|serve|passatemi|datemi|chiedo .. operatore|operatrice|persona|umano|responsabile|addetto|consulente|supervisore',
        'qualcuno di voi', 'non un bot|robot', 'non con un bot|robot', 'siete|sei un bot|robot', 'parlo con un bot|robot',
        'risposte automatiche', 'risposta automatica', 'risposte preconfezionate', 'copia incolla', 'assistenza umana',
        'chiamatemi', 'richiamatemi', 'mi chiamate', 'mi richiamate', 'mi contatti', 'contattatemi',
      ],
    },
    thanks: {
      match: [
        'grazie', 'grazzie', 'grz', 'ti ringrazio', 'vi ringrazio', 'ringrazio', 'ringraziament*',
        'gentilissim*', 'thx', 'grazie mille', 'mille grazie', 'tante grazie',
      ],
      except: [
        'no grazie', 'grazie al cazzo', 'grazie per niente', 'grazie di niente', 'grazie per nulla',
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
      match: [
        'urgent*', 'subito', 'immediatamente', 'al più presto', 'il prima possibile', 'quanto prima', 'emergenz*',
        'entro oggi', 'entro stasera', 'asap', 'di corsa', 'è grave', 'gravissimo', 'salvavita',
      ],
    },
    positive: {
      match: [
        'ottim*', 'perfett*', 'bravi', 'bravissim*', 'fantastic*', 'eccellent*', 'gentili', 'gentile',
        'content*', 'soddisfatt*', 'felic*', 'risolto', 'risolta', 'tutto ok', 'tutto a posto', 'tutto bene',
        'funziona di nuovo', 'ora funziona', 'adesso funziona', 'di nuovo funzionante', 'tornata la linea',
        'tornato internet', 'è tornato tutto',
        'complimenti', 'il migliore', 'i migliori', 'velocissim*', 'top', 'super', 'stupend*', 'meraviglios*',
        'efficient*', 'cortes*', 'professional*', 'apprezzo', 'fenomenali',
      ],
      except: ['di nuovo non', 'non è tornata', 'non è tornato', 'super lent*', 'top up'],
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
        'compra follower', 'compra followers', 'follower gratis', 'followers gratis', 'aumenta i follower',
        'guadagna soldi', 'guadagna da casa', 'guadagni facili', 'soldi facili', 'profitto garantito',
        'rendimento garantito', 'segnali trading', 'raddoppia i tuoi', 'scrivimi in privato per guadagnare',
      ],
    },
  },
};
