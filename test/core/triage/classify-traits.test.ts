import { describe, expect, it } from 'vitest';
import type { MessageTrait } from '../../../src/core/model.ts';
import { triageMessage } from '../../../src/core/triage/triage-message.ts';
import { aMessage, someSettings } from './builders.ts';

const settings = someSettings();

function traitsOf(text: string): MessageTrait[] {
  return triageMessage(aMessage({ text }), settings).traits;
}

// Each trait: texts that have it and texts that must not, in Italian and English.
const CASES: Record<string, { has: string[]; hasNot: string[] }> = {
  question: {
    has: [
      'come faccio a ricaricare',
      'ciao, quando arriva il tecnico',
      'vorrei sapere se c’è copertura a Bari',
      'la fibra arriva anche a Lecce?',
      'posso pagare con paypal',
      'how do I top up',
      'hi, where is the nearest shop',
      'I would like to know the price of the fibre plan',
      'is there an outage in Leeds',
      'any idea when the app will be fixed?',
      '@LumoAiuta is my flight delayed?',
      'is my flight on time',
    ],
    hasNot: [
      'grazie mille, tutto risolto',
      'la fibra non va da ieri',
      'come al solito non funziona niente',
      'ho fatto come mi avete detto',
      'ciao!',
      'thanks a lot, all sorted',
      'my internet is down since yesterday',
      'what a joke of a service',
      'I paid the bill yesterday',
      'good morning everyone',
      // The handle is the subject, not the addressee of a question.
      '@LumoAiuta is the best airline out there',
      '@LumoAiuta has the best pilots',
    ],
  },
  account: {
    has: [
      'mi avete addebitato 10 euro in più',
      'il mio ordine non è ancora arrivato',
      'vorrei un rimborso per la ricarica',
      'mi è stato tolto il credito senza motivo',
      'la mia bolletta di ottobre è doppia',
      'I was charged twice this month',
      'my order hasn’t arrived',
      'where is my refund?',
      'you charged me for a plan I cancelled',
      'my bill is wrong again',
      // A double charge in other words: it was answered with the payment methods.
      'my direct debit came out twice',
      'you billed me twice for the same order',
    ],
    hasNot: [
      'come si legge la fattura?',
      'the engineer came out twice and nothing is fixed',
      'come faccio a vedere la mia bolletta?',
      'quanto costa l’offerta fibra?',
      'la fibra non va da ieri',
      'grazie per la risposta',
      'how do I read my bill?',
      'what plans do you have for students?',
      'is there an outage in Leeds?',
      'how can I check my balance?',
      'thanks for the quick help',
      'my phone keeps restarting after the update',
      'does my plan work in Spain?',
      'il mio modem lampeggia rosso',
    ],
  },
  complaint: {
    has: [
      'il negozio mi ha attivato un’offerta diversa da quella che avevo chiesto',
      // Only the hashtag says it, once split into words.
      'another evening on the phone #badcustomerservice',
      'so the flight is at 6am now #tiredofwaiting',
      'la fibra in centro #serviziopessimo',
      'le vol de ce matin #servicenul',
      'el vuelo de hoy #quéverguenza',
      'vergogna, tre settimane senza risposta',
      'servizio pessimo, cambio operatore',
      'ho un problema con la fattura di ottobre',
      'è inaccettabile pagare per un servizio che non c’è',
      'sono stufo di aspettare il tecnico',
      'worst customer service ever',
      'I am fed up with these outages',
      'this is unacceptable, still waiting for my refund',
      'nobody answers the phone, ridiculous',
      'not happy with the new app at all',
    ],
    hasNot: [
      'non è un problema, grazie',
      'nessun problema, tutto risolto',
      'basta che mi dite quando arriva il tecnico',
      'come faccio a ricaricare?',
      'grazie, gentilissimi',
      'no problem at all, thanks',
      'how do I top up?',
      'thanks for fixing it so fast',
      'never had any issues with you',
      'thank you for resolving my issue so quickly',
      'grazie per aver risolto il problema',
      'hello, what time do you open?',
    ],
  },
  faulty: {
    has: [
      'ciao, la fibra non va da ieri',
      'internet non funziona da stamattina',
      'non ho campo in tutta la zona',
      'il modem non si accende più',
      'linea isolata da due giorni',
      'no signal in Manchester since this morning',
      'my internet is down again',
      'the app keeps crashing when I log in',
      'wifi not working after the update',
      'my router doesn’t turn on',
    ],
    hasNot: [
      'ora funziona tutto, grazie',
      'come si attiva la segreteria?',
      'non va bene che mi rispondiate dopo una settimana',
      'grazie per l’aiuto',
      'quanto costa la fibra?',
      'everything works now, thanks',
      'calm down, I am just asking',
      'my fire stick firmware: how do I update it?',
      'how much is the unlimited plan?',
      'please write down my new address',
    ],
  },
  legal: {
    has: [
      'se non risolvete vado dall’avvocato',
      'vi denuncio all’AGCOM',
      'ho già scritto al Codacons',
      'pronta a partire una class action',
      'vi querelo per diffamazione',
      'my lawyer will be in touch',
      'I will sue you for this',
      'see you in court',
      'I am taking legal action',
      'I have reported you to the ombudsman',
      'reporting this to the FAA',
      'I filed a complaint with the Department of Transportation',
      '@LumoAiuta @FAANews passengers left to sleep on the floor',
      'la fibra non va da una settimana @AGCOMunica',
    ],
    hasNot: [
      'thanks @Ofcom for the new rules on roaming',
      'come faccio a cambiare intestatario?',
      'la fibra non va da ieri',
      'qual è la vostra sede legale?',
      'grazie per la risposta veloce',
      'vorrei un rimborso',
      'of course I can wait',
      'how do I change the owner of the line?',
      'my internet is down',
      'thanks for the help',
      'can I get a refund?',
    ],
  },
  safety: {
    has: [
      'il modem fa fumo',
      'odore di bruciato dal router',
      'ho preso la scossa toccando il cavo',
      'il caricatore è esploso',
      'incendio nella centralina sotto casa',
      'my router is on fire',
      'smoke coming out of the modem',
      'I got an electric shock from the charger',
      'the battery exploded',
      'there is a fallen pole with live wires on the road',
    ],
    hasNot: [
      'la fibra non va da ieri',
      'come si resetta il modem?',
      'grazie per la velocità',
      'vorrei mettere a fuoco il problema',
      'il mio ordine non è arrivato',
      'my fire stick keeps crashing',
      'how do I reset the router?',
      'I burn through my data in a week',
      'thanks for the great service',
      'fire away, I have a few questions',
    ],
  },
  abuse: {
    has: [
      'siete degli idioti',
      'siete stupidi, ridatemi i soldi',
      'stronzi, ridatemi i soldi',
      'andate a fare in culo',
      'branco di incompetenti e coglioni',
      'vaffanculo voi e la vostra fibra',
      'you are stupid idiots',
      'fuck you and your service',
      'bunch of morons',
      'go to hell',
      'you absolute assholes',
    ],
    hasNot: [
      'servizio pessimo, vergogna',
      'la fibra non va da ieri',
      'grazie mille',
      'sono molto deluso',
      'i miei figli di 10 anni usano la sim',
      'sarò stupido io, ma non trovo la ricarica',
      'worst service ever',
      'my internet is down',
      'thanks a lot',
      'I am very disappointed',
      'that was a stupid mistake of mine, sorry',
    ],
  },
  human: {
    has: [
      'just sent you a DM',
      'voglio parlare con un operatore',
      'posso parlare con una persona vera?',
      'basta risposte automatiche',
      'siete un bot?',
      'richiamatemi per favore',
      'can I speak to a real person please',
      'I want to talk to a human',
      'are you a bot?',
      'please call me back',
      'let me speak to a manager',
    ],
    hasNot: [
      'come faccio a ricaricare?',
      'la fibra non va da ieri',
      'grazie mille',
      'ho parlato ieri al telefono',
      'il mio ordine non è arrivato',
      'how do I top up?',
      'my internet is down',
      'thanks a lot',
      'it was a human error on my side',
      'I spoke to you yesterday',
      'your rep told me the engineer would come today',
      'l’operatore al telefono mi ha detto di aspettare',
      'se non risolvete cambio operatore',
    ],
  },
  thanks: {
    has: [
      'grazie mille!! 🙏😊',
      'non è un problema, grazie',
      'vi ringrazio per la pazienza',
      'grazie a voi ho risolto, gentilissimi',
      'grz, tutto ok',
      'thanks!',
      'thank you so much for the help',
      'much appreciated',
      'cheers, all sorted',
      'thx a lot',
    ],
    hasNot: [
      'no grazie, non mi interessa',
      'grazie a voi sono senza internet da 3 giorni',
      'grazie al cazzo',
      'la fibra non va da ieri',
      'ciao, come faccio a ricaricare?',
      'no thanks',
      'thanks for nothing',
      'my internet is down',
      'hello, how do I top up?',
      'thanks to you I have no internet for a week',
    ],
  },
  greeting: {
    has: [
      'ciao',
      'buongiorno, quando arriva il tecnico?',
      'salve, vorrei informazioni',
      'buonasera a tutti',
      'ehi, la fibra non va',
      'hi there',
      'hello, how do I top up?',
      'good morning, my internet is down',
      'hey, quick question',
      'good evening',
    ],
    hasNot: [
      'la fibra non va da ieri',
      'grazie mille',
      'come faccio a ricaricare?',
      'il mio ordine non è arrivato',
      'vergogna',
      'my internet is down',
      'thanks a lot',
      'how do I top up?',
      'where is my order?',
      'worst service ever',
    ],
  },
  vague: {
    has: [
      'ciao',
      'ho un problema',
      'non va',
      'aiuto!!',
      'ciao, ho bisogno di aiuto',
      'help',
      '?',
      'hi, I have a problem',
      'not working',
      '😡😡😡',
    ],
    hasNot: [
      'la fibra non va da ieri',
      'grazie mille',
      'come faccio a ricaricare?',
      'il modem non si accende',
      'voglio parlare con un operatore',
      'my internet is down',
      'thanks!',
      'how do I top up?',
      'the app keeps crashing',
      'refund please',
      'it is working again',
      'the app',
      '5 hours.',
    ],
  },
  spam: {
    has: [
      'Vinci un iPhone gratis! Clicca qui https://example.com/win',
      'compra follower veri a 1 euro, scrivimi in dm',
      'profitto garantito con il trading, link in bio',
      'Win a FREE iPhone!! click here https://example.com/promo',
      'buy followers cheap, dm for promo',
      'double your bitcoin in 24h, send btc to my wallet',
      'free crypto airdrop, connect your wallet https://example.com/claim',
      'FREE AIRDROP claim your tokens now https://example.com/x',
      'check out my onlyfans link in bio',
      'check my onlyfans 🔥 link below',
      'follow back for follow back #f4f #followme #teamfollowback #instantfollow #follow4follow',
      '#promo #sale #deal #free #win #giveaway https://example.com',
    ],
    hasNot: [
      'la fibra non va da ieri',
      'vorrei vincere la pigrizia e passare alla fibra: come faccio?',
      'l’offerta fibra è gratis il primo mese? https://lumo.example/offerte',
      '@LumoAiuta @agcom @codacons @altroconsumo @striscia @report vergogna, 10 giorni senza linea',
      'ho comprato bitcoin con la carta e mi avete addebitato due volte',
      'is installation free?',
      'my internet is down',
      'is this offer free? https://lumo.example/offer',
      'still no refund after 3 weeks, this is a scam #fail #worst #lumo #refund #help',
      '#again #nothing #no #answers #bs',
      'is the router free? https://lumo.example/router',
      'thanks!',
      // A customer asking to be followed back so they can DM.
      'I need help with my staff travel tickets. Can you follow back? Thanks',
      // A scheme's words used by a customer: Apple's AirDrop, prices doubled, a creator's payout.
      'can’t airdrop anymore since the update',
      'how do I airdrop photos to my mac?',
      'did you double your prices again?',
      'my onlyfans payout never arrived, support won’t answer',
      'Followback so I can DM plz',
      'I need you to follow back in order to DM.',
      // Tags sprayed by a happy customer.
      'Another great flight #FunFlightAttendants. Thanks for showing my dad wonderful customer service. #flt635 #LAX #PHX #SundayFunday',
      'please follow back so I can DM you my booking',
    ],
  },
};

describe('triageMessage traits', () => {
  for (const [trait, { has, hasNot }] of Object.entries(CASES)) {
    it.each(has)(`finds ${trait} when the text is "%s"`, (text) => {
      expect(traitsOf(text)).toContain(trait);
    });
    it.each(hasNot)(`does not find ${trait} when the text is "%s"`, (text) => {
      expect(traitsOf(text)).not.toContain(trait);
    });
  }

  it.each([
    [aMessage({ retweet: true, text: 'la fibra non va' }), true],
    [aMessage({ text: 'RT @mrossi: la fibra non va da ieri' }), true],
    [aMessage({ text: 'rt @janedoe: my internet is down' }), true],
    [aMessage({ retweet: true, text: 'my internet is down' }), true],
    [aMessage({ retweet: true, text: 'grazie!' }), true],
    [aMessage({ text: 'la fibra non va, RT @mrossi' }), false],
    [aMessage({ retweet: false, text: 'my internet is down' }), false],
    [aMessage({ text: 'ART @ Milano: bella mostra' }), false],
    [aMessage({ text: 'grazie per il RT' }), false],
    [aMessage({ text: 'please RT this' }), false],
  ])('marks a retweet only when the platform says so or the text starts with "RT @" (%#)', (message, expected) => {
    expect(triageMessage(message, settings).traits.includes('retweet')).toBe(expected);
  });

  it.each([
    [{ id: '7' }, true],
    [{ id: '99', handle: 'LumoAiuta' }, true],
    [{ id: '99', handle: 'lumoaiuta' }, true],
    [{ id: '99', handle: '@LUMOAIUTA' }, true],
    [{ id: '7', handle: 'someone' }, true],
    [{ id: '99', handle: 'mrossi' }, false],
    [{ id: '99', handle: 'LumoAiuta2' }, false],
    [{ id: '77', handle: 'Lumo' }, false],
    [{ id: '99' }, false],
    [{ id: '8', handle: 'LumoAiutaFan' }, false],
  ])('marks an own post when the author is the brand (%o)', (author, expected) => {
    const message = aMessage({ author, text: 'Ciao! La fibra è tornata in tutta la zona.' });
    expect(triageMessage(message, settings).traits.includes('own-post')).toBe(expected);
  });

  it('does not turn a vague message into a question or a fault report', () => {
    expect(traitsOf('non va?')).toEqual(['vague']);
  });

  it.each(['mi potete aiutare?', 'mi serve una mano', '¿me podéis ayudar?', 'pouvez-vous m’aider ?', 'könnt ihr mir helfen?', 'ich brauche Hilfe'])(
    'reads "%s", a request for help that does not say with what, as vague: the customer is asked what it is about',
    (text) => {
      expect(traitsOf(text)).toEqual(['vague']);
    },
  );

  it.each(['potete aiutarmi con la fattura?', '¿podéis ayudarme con mi factura?', 'könnt ihr mir mit der Rechnung helfen?'])(
    'does not read "%s", help asked with a topic, as vague',
    (text) => {
      expect(traitsOf(text)).not.toContain('vague');
    },
  );

  it('lists traits in a stable order', () => {
    expect(traitsOf('buongiorno, vergogna: il mio ordine non è arrivato e il modem non funziona, perché?')).toEqual([
      'question',
      'account',
      'complaint',
      'faulty',
      'greeting',
    ]);
  });
});
