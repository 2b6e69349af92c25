import { describe, expect, it } from 'vitest';
import { countriesNamed } from '../../src/knowledge/text-country-names.ts';

describe('countriesNamed', () => {
  it.each([
    ['going to japan next month', 'en', ['JP']],
    ['viaggio in Giappone e poi negli Stati Uniti', 'it', ['JP', 'US']],
    ['¿cuánto cuesta el roaming en Japón?', 'es', ['JP']],
    ['je pars aux États-Unis', 'fr', ['US']],
    ['Ich fliege nach Island', 'de', ['IS']],
    ['roaming in the United Kingdom and Germany', 'en', ['GB', 'DE']],
  ])('reads %j (%s) as %j, with or without capitals and accents', (text, lang, codes) => {
    expect([...countriesNamed(text, [lang])].sort()).toEqual([...codes].sort());
  });

  it.each([
    ['stuck on an island with no signal', 'en', 'German "Island" is Iceland; English "island" is not'],
    ['roaming in the EU and the euro area', 'en', 'the EU is not one country'],
    ['my phone does not work', 'xx', 'a language we do not read'],
  ])('reads no country in %j (%s): %s', (text, lang) => {
    expect(countriesNamed(text, [lang]).size).toBe(0);
  });

  it('maps an old or alias code to its country, so every language agrees (Germany is DE, not DD)', () => {
    expect([...countriesNamed('Germania', ['it'])]).toEqual(['DE']);
    expect([...countriesNamed('Deutschland', ['de'])]).toEqual(['DE']);
  });
});
