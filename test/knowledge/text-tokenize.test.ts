import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/knowledge/text-normalize.ts';
import { stemWord } from '../../src/knowledge/text-stem.ts';
import { isStopWord } from '../../src/knowledge/text-stop-words.ts';
import { stripAccents } from '../../src/knowledge/text-strip-accents.ts';
import { tokenizeText } from '../../src/knowledge/text-tokenize.ts';

const words = (text: string, lang: string) => tokenizeText(text, lang).map((t) => t.word);
const contentStems = (text: string, lang: string) =>
  tokenizeText(text, lang)
    .filter((t) => !t.stop)
    .map((t) => t.stem);

describe('normalizeText', () => {
  it('drops handles, URLs, e-mail addresses and emoji when a tweet has them', () => {
    const text = '@LumoAiuta ciao 😡🔥 guardate https://t.co/abc123 e www.lumo.it o scrivete a mario@example.com';
    expect(normalizeText(text, 'it')).toBe('ciao guardate e o scrivete a');
  });

  it('keeps the words of hashtags, split at capitals, when a tweet tags a topic', () => {
    expect(normalizeText('#ServizioClienti lento #fibra', 'it')).toBe('servizio clienti lento fibra');
  });

  it("splits Italian elisions when articles or prepositions are elided", () => {
    expect(normalizeText("L'app dell'offerta non va, un'altra volta all'estero", 'it')).toBe(
      'app offerta non va altra volta estero',
    );
  });

  it.each([
    ["cos'è il bonus idrico?", 'è il bonus idrico'],
    ["com'è possibile?", 'è possibile'],
    ["quant'è la quota fissa", 'è la quota fissa'],
    ["dev'essere pagata senz'altro", 'essere pagata altro'],
  ])('drops elided function words other than articles when Italian runs them into the next word: %s', (text, expected) => {
    expect(normalizeText(text, 'it')).toBe(expected);
  });

  it('joins a one- or two-letter prefix to its word when written with a hyphen', () => {
    expect(normalizeText('Il Wi-Fi e la e-SIM, per e-mail', 'it')).toBe('il wifi e la esim per email');
    expect(normalizeText('top-up and check-in', 'en')).toBe('top up and check in');
  });

  it('expands English negations when written with or without the apostrophe', () => {
    expect(normalizeText("I can't pay, it didnt work and won’t load", 'en')).toBe(
      'i can not pay it did not work and will not load',
    );
  });
});

describe('stripAccents', () => {
  it('removes accents when a word has them and leaves plain words alone', () => {
    expect(stripAccents('perché città così')).toBe('perche citta cosi');
    expect(stripAccents('plain')).toBe('plain');
  });
});

describe('stemWord', () => {
  it('gives Italian word forms one stem when they differ only in ending', () => {
    expect(stemWord('offerta', 'it')).toBe(stemWord('offerte', 'it'));
    expect(stemWord('funziona', 'it')).toBe(stemWord('funzionano', 'it'));
  });

  it('gives English word forms one stem when they differ only in ending', () => {
    expect(stemWord('charged', 'en')).toBe(stemWord('charges', 'en'));
    expect(stemWord('arrived', 'en')).toBe(stemWord('arrival', 'en'));
  });

  it('returns the word itself when the language has no stemmer', () => {
    expect(stemWord('kartlarım', 'tr-unknown')).toBe('kartlarım');
  });
});

describe('isStopWord', () => {
  it('recognizes function words with or without accents when they carry no topic', () => {
    expect(isStopWord('perché', 'it')).toBe(true);
    expect(isStopWord('perche', 'it')).toBe(true);
    expect(isStopWord('the', 'en')).toBe(true);
    expect(isStopWord('ricarica', 'it')).toBe(false);
  });
});

describe('tokenizeText', () => {
  it('gives the same stems when the customer leaves the accents out', () => {
    expect(contentStems('la velocità è più bassa', 'it')).toEqual(contentStems('la velocita e piu bassa', 'it'));
  });

  it.each([
    ['my internet is not working, please help', 'en', ['working', 'help']],
    ['la fibra non funziona, ho un problema', 'it', ['funziona', 'problema']],
  ])('marks words of asking or complaining in general as generic when a post has them: %j', (text, lang, generic) => {
    const tokens = tokenizeText(text, lang);
    expect(tokens.filter((t) => t.generic).map((t) => t.word)).toEqual(generic);
    expect(tokens.filter((t) => t.generic && t.stop)).toEqual([]);
  });

  // "volevo" (I wanted) and "volo" (flight) share a stem, as "capisco" and "capi" (garments) do:
  // a flight or a garment is what a post is about, so the verbs are stop words by their form.
  it.each([
    ['volevo cambiare la data del mio volo', ['volo', 'cambiare', 'data'], ['volevo']],
    ['non capisco dove sono finiti i capi in saldo', ['capi', 'saldo', 'finiti'], ['capisco']],
    ['quiero saber si abrís el sábado', ['sabado'], ['saber'], 'es'],
  ])('keeps a topic word whose stem a general verb shares: %j', (text, topics, stops, lang = 'it') => {
    const tokens = tokenizeText(text, lang);
    const topical = tokens.filter((t) => !t.stop && !t.generic).map((t) => t.word);
    for (const word of topics) expect(topical).toContain(word);
    for (const word of stops) expect(tokens.find((t) => t.word === word)?.stop).toBe(true);
  });

  it('marks stop words and numbers when they say how, not what', () => {
    const tokens = tokenizeText('Come ricarico 10 euro?', 'it');
    expect(tokens.map((t) => [t.word, t.stop])).toEqual([
      ['come', true],
      ['ricarico', false],
      ['10', true],
      ['euro', false],
    ]);
  });

  it('returns no tokens when the message is only emoji and a handle', () => {
    expect(words('@brand 🙏🙏 😀', 'it')).toEqual([]);
  });

  it('tokenizes Spanish, French and German with their own stemmers when given their lang', () => {
    expect(contentStems('facturas', 'es')).toEqual(contentStems('factura', 'es'));
    expect(contentStems("l'abonnement", 'fr')).toEqual(contentStems('abonnements', 'fr'));
    expect(contentStems('Rechnungen', 'de')).toEqual(contentStems('Rechnung', 'de'));
  });
});
