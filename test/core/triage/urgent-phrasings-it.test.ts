import { describe, expect, it } from 'vitest';
import type { MessageTrait } from '../../../src/core/model.ts';
import { triageMessage } from '../../../src/core/triage/triage-message.ts';
import { aMessage, someSettings } from './builders.ts';

const settings = someSettings();
const traitsOf = (text: string): MessageTrait[] => triageMessage(aMessage({ text: `@LumoAiuta ${text}` }), settings).traits;
const URGENT: readonly MessageTrait[] = ['safety', 'security', 'legal'];

describe('triageMessage on urgent matters told in everyday Italian', () => {
  it.each([
    // Someone taken ill or hurt.
    ['mio marito si è accasciato al gate e non si muove', 'safety'],
    ['una signora si è sentita male sul regionale e il capotreno non arriva', 'safety'],
    ['il bambino non respira bene da quando siamo saliti a bordo', 'safety'],
    ['dopo il dolce di ieri mia figlia ha le labbra gonfie', 'safety'],
    ['siamo stati tutti male dopo aver mangiato il sushi ordinato da voi', 'safety'],
    ["nella marmellata c'erano schegge di vetro", 'safety'],
    ['gli perde sangue dal braccio, la porta del bus lo ha schiacciato', 'safety'],
    ['il caffè bollente sulla gamba di mia figlia, il bicchiere si è aperto', 'safety'],
    ['un passeggero anziano è caduto sulle scale mobili della stazione', 'safety'],
    // Trapped, or a hazard left in the street.
    ['siamo bloccati in ascensore al terzo piano del vostro negozio', 'safety'],
    ['ci sono dei cavi sul marciapiede davanti alla scuola dopo il vostro intervento', 'safety'],
    ['con il vento è venuto giù un albero in via Garibaldi', 'safety'],
    ["in cucina c'è odore di uovo marcio da ieri sera", 'safety'],
    // Who drives or behaves dangerously.
    ['il conducente del pullman guidava con il cellulare in mano', 'safety'],
    ["il tassista aveva l'alito che sapeva di grappa", 'safety'],
    ['il driver mi ha allungato le mani durante la corsa', 'safety'],
    ['un ragazzo minacciava tutti i viaggiatori del vagone', 'safety'],
    // A child separated, someone vulnerable without help.
    ['nella calca mi sono separata da mio figlio di 5 anni', 'safety'],
    ['mi hanno rubato la borsa con tutti i farmaci di mia madre', 'safety'],
    ['mia madre è attaccata al respiratore e siamo senza corrente', 'safety'],
    ['mio nonno vive solo, se cade nessuno se ne accorge', 'safety'],
    ['il telesoccorso di mia zia non funziona da quando avete cambiato il modem', 'safety'],
    // Someone else in the account, a fraud in my name, a fake message.
    ['nel mio profilo compare un altro utente', 'security'],
    ['la mia esim risulta trasferita su un altro smartphone', 'security'],
    ['mi sono arrivati addebiti da un negozio che non conosco', 'security'],
    ['chi ha associato la mia carta a un altro telefono?', 'security'],
    ['pagamenti mensili per un servizio che non so neanche cosa sia', 'security'],
    ['un finto operatore mi ha chiamato e voleva i dati', 'security'],
    ['un tizio al telefono mi ha chiesto il codice ricevuto per sms', 'security'],
    ['hanno acceso un prestito a mio nome senza che io sapessi niente', 'security'],
    ['mi è arrivata la conferma di un cambio gestore che non ho mai firmato', 'security'],
    ["il cambio di intestazione? Non l'ho richiesto io", 'security'],
    ['ho visto uno sconosciuto prendere il pacco davanti alla mia porta', 'security'],
    ["mi scrivono 'carta bloccata clicca sul link per sbloccarla', è roba vostra?", 'security'],
    ['è arrivato un sms col vostro logo che mi chiede di aggiornare i dati', 'security'],
    ['nel mio account ci sono dispositivi sconosciuti', 'security'],
    // A regulator or the courts.
    ["se non rispondete presento ricorso all'ARERA", 'legal'],
    ['vi farò causa per la caldaia', 'legal'],
  ] satisfies [string, MessageTrait][])('reads "%s" as %s', (text, trait) => {
    expect(traitsOf(text)).toContain(trait);
  });

  it.each([
    // The calm false alarms of the probes, reworded.
    'che prezzi da infarto per due notti in hotel',
    'avete rilevatori di monossido e di fumo da mettere in camper?',
    // Figures of speech.
    'ho perso il sangue freddo con il vostro operatore, scusate',
    'mia nonna è caduta dalle nuvole quando ha visto la bolletta',
    'con questo aumento mi avete tagliato le gambe',
    'mi viene da vomitare a vedere quanto costa',
    'in carrozza fa talmente caldo che non si respira',
    'non riesco a respirare dalle risate con la vostra pubblicità',
    'mi si è gonfiata la bolletta di 50 euro',
    'il sito è venuto giù per le troppe richieste',
    'farò tardi in ufficio a causa del vostro treno',
    // Harmless questions and faults.
    'posso portare il concentratore di ossigeno in cabina?',
    'come si usa il respiratore che avete noleggiato a mio padre?',
    'il telefono mi è scivolato dalle mani e lo schermo non si accende',
    'il corriere mi ha chiesto il codice arrivato via sms per consegnare il pacco',
    "l'app mi ha chiesto il codice via sms ma non arriva niente",
    'vorrei chiedere un prestito a mio nome per lo smartphone, si può?',
    'ho ricevuto una bolletta di un certo peso questo mese',
    "l'ascensore della stazione è bloccato da una settimana",
    'se cade la linea nessuno mi richiama',
    'ci sono cascate vicino al vostro hotel di Terni?',
    'mia figlia è rimasta contentissima del regalo',
    'posso usare il navigatore del telefono mentre guido?',
  ])('does not read "%s" as urgent', (text) => {
    expect(traitsOf(text).filter((trait) => URGENT.includes(trait))).toEqual([]);
  });
});
