import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/core/triage/detect-language.ts';
import { triageMessage } from '../../../src/core/triage/triage-message.ts';
import { aMessage, someSettings } from './builders.ts';

const settings = someSettings();

const SHORT_TEXTS: [string, string][] = [
  ['it', 'ciao, la fibra non va da ieri'],
  ['it', 'grazie mille!!'],
  ['it', 'come faccio a ricaricare?'],
  ['it', 'il modem lampeggia rosso'],
  ['it', 'quando arriva il tecnico?'],
  ['it', 'non ho campo a Napoli'],
  ['it', 'buongiorno'],
  ['it', 'vorrei disdire il contratto'],
  ['it', 'perché mi avete addebitato 10 euro?'],
  ['it', 'internet lentissimo stasera'],
  ['it', 'la bolletta è sbagliata'],
  ['it', 'ok grazie'],
  ['en', 'how do I top up?'],
  ['en', 'thanks!'],
  ['en', 'my internet is down'],
  ['en', 'no signal since this morning'],
  ['en', 'hello'],
  ['en', 'where is my order?'],
  ['en', 'I was charged twice'],
  ['en', 'the app keeps crashing'],
  ['en', 'can I change my plan?'],
  ['en', 'wifi not working'],
  ['en', 'refund please'],
  ['en', 'cheers mate'],
  // One care word only that language writes.
  ['en', 'refund?'],
  ['en', 'bill?'],
  ['it', 'rimborso?'],
  ['es', 'factura?'],
  ['de', 'Rechnung?'],
  ['es', 'hola, no tengo señal'],
  ['es', 'gracias!'],
  ['es', '¿cómo recargo el saldo?'],
  ['es', 'el router no funciona'],
  ['es', 'buenos días'],
  ['es', 'quiero hablar con una persona'],
  ['es', 'mi pedido no ha llegado'],
  ['es', 'me cobraron dos veces'],
  ['es', 'internet muy lento hoy'],
  ['es', 'sin conexión desde ayer'],
  ['es', 'necesito ayuda urgente'],
  ['fr', 'bonjour, ma box ne marche pas'],
  ['fr', 'merci !'],
  ['fr', 'comment recharger mon forfait ?'],
  ['fr', 'pas de réseau depuis hier'],
  ['fr', 'salut'],
  ['fr', 'je veux parler à un conseiller'],
  ['fr', "ma commande n'est pas arrivée"],
  ['fr', 'internet très lent ce soir'],
  ['fr', 'où est ma facture ?'],
  ['fr', "l'application plante"],
  ['fr', 'toujours pas de connexion'],
  ['de', 'hallo, mein Internet geht nicht'],
  ['de', 'danke!'],
  ['de', 'wie kann ich aufladen?'],
  ['de', 'kein Netz seit gestern'],
  ['de', 'guten Morgen'],
  ['de', 'ich möchte mit einem Menschen sprechen'],
  ['de', 'meine Bestellung ist nicht angekommen'],
  ['de', 'Internet sehr langsam heute'],
  ['de', 'wo finde ich meine Rechnung?'],
  ['de', 'das ist dringend'],
  ['de', 'immer noch keine Verbindung'],
];

describe('detectLanguage', () => {
  it.each(SHORT_TEXTS)('detects %s when the short tweet is "%s"', (lang, text) => {
    expect(detectLanguage(text, undefined, settings)).toEqual({ lang, langSource: 'detected' });
  });

  it.each(['und', 'zxx', 'qme', 'qht', 'qam'])('ignores the hint when it is "%s"', (hint) => {
    expect(detectLanguage('how do I top up my phone?', hint, settings)).toEqual({ lang: 'en', langSource: 'detected' });
  });

  it('trusts the hint when it names a configured language', () => {
    expect(detectLanguage('ok', 'fr', settings)).toEqual({ lang: 'fr', langSource: 'hint' });
  });

  it('keeps a hinted language it does not serve, so the bot hands off instead of answering in another', () => {
    expect(detectLanguage('como faço para recarregar?', 'pt', settings)).toEqual({ lang: 'pt', langSource: 'hint' });
  });

  it('reads the primary tag when the hint carries a region', () => {
    expect(detectLanguage('ok', 'en-GB', settings)).toEqual({ lang: 'en', langSource: 'hint' });
  });

  it('prefers the hint when it disagrees with the text', () => {
    expect(detectLanguage('ciao, la fibra non va', 'en', settings)).toEqual({ lang: 'en', langSource: 'hint' });
  });

  it.each(['', '???', '😡😡🙄', '12345 !!!', 'https://t.co/abc123', '@someone @other', '#fibra #ko'])(
    'falls back to the default language when "%s" has no words to read',
    (text) => {
      expect(detectLanguage(text, undefined, settings)).toEqual({ lang: 'it', langSource: 'default' });
    },
  );

  it('falls back to the configured default when a short text fits several languages', () => {
    expect(detectLanguage('non va', undefined, someSettings({ defaultLang: 'fr' })).langSource).not.toBe('hint');
    expect(detectLanguage('ok ok', undefined, someSettings({ defaultLang: 'en' }))).toEqual({
      lang: 'en',
      langSource: 'default',
    });
  });

  it('chooses among the configured languages when a text is too short to name another', () => {
    const onlyItalianAndEnglish = someSettings({ languages: ['it', 'en'] });
    expect(detectLanguage('hola, sin señal', undefined, onlyItalianAndEnglish).lang).toMatch(/^(it|en)$/);
  });

  // Read as the closest served language, these would be answered in it (Portuguese in Spanish);
  // named, they go to a person, as a hinted unserved language does.
  it.each([
    ['pt', 'meu pedido ainda não chegou e já se passaram duas semanas'],
    ['pt', 'a minha internet não funciona desde ontem à noite'],
    ['nl', 'mijn pakket is nog steeds niet bezorgd, wat is er aan de hand?'],
    ['tr', 'internetim iki gündür çalışmıyor, lütfen yardım edin'],
    ['pl', 'moje zamówienie nadal nie dotarło, co się dzieje?'],
    ['ro', 'comanda mea nu a ajuns nici după două săptămâni'],
  ])('names %s, a language it does not serve, when a long enough post is clearly in it: "%s"', (lang, text) => {
    expect(detectLanguage(text, undefined, settings)).toEqual({ lang, langSource: 'detected' });
  });

  it('names a configured-out language the same way: Spanish when only Italian and English are served', () => {
    const onlyItalianAndEnglish = someSettings({ languages: ['it', 'en'] });
    expect(detectLanguage('hola, no tengo señal desde ayer en casa', undefined, onlyItalianAndEnglish).lang).toBe('es');
  });

  it.each([
    ['it', 'ciao ragazzi, la linea va e viene da stamattina'],
    ['it', 'il mio ordine non è ancora arrivato dopo due settimane'],
    ['es', 'mi pedido no ha llegado y nadie me contesta'],
    ['fr', "ma commande n'est toujours pas arrivée après deux semaines"],
    ['de', 'meine Bestellung ist nach zwei Wochen immer noch nicht da'],
    ['en', 'my order still hasn’t arrived after two weeks'],
  ])('keeps %s, a served language, for a long post in it: "%s"', (lang, text) => {
    expect(detectLanguage(text, undefined, settings)).toEqual({ lang, langSource: 'detected' });
  });

  it('ignores handles, links, hashtags and emoji when it detects', () => {
    const text = '@TheBestShop @JohnSmith ciao, non riesco a pagare la bolletta 😡 https://example.com/help #WeLoveEnglish';
    expect(detectLanguage(text, undefined, settings)).toEqual({ lang: 'it', langSource: 'detected' });
  });

  it.each([
    ['en', '@LumoAiuta #horriblecustomerservice'],
    ['en', '@LumoAiuta #tiredofwaiting #NeverAgain'],
    ['it', '@LumoAiuta #serviziopessimo'],
    ['es', '@LumoAiuta #servicioterrible'],
  ])('reads %s from the words of the hashtags when a post is "%s", hashtags alone', (lang, text) => {
    expect(detectLanguage(text, undefined, settings)).toEqual({ lang, langSource: 'detected' });
  });
});

describe('triageMessage language', () => {
  it('uses the message hint when it is a configured language', () => {
    const triage = triageMessage(aMessage({ text: '@LumoAiuta ciao', lang: 'it' }), settings);
    expect([triage.lang, triage.langSource]).toEqual(['it', 'hint']);
  });

  it('detects without the brand handle when X sends und', () => {
    const triage = triageMessage(aMessage({ text: '@LumoAiuta my order has not arrived yet', lang: 'und' }), settings);
    expect([triage.lang, triage.langSource]).toEqual(['en', 'detected']);
  });
});
