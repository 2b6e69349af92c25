import { describe, expect, it } from 'vitest';
import type { PersonalDataType } from '../../src/core/model.ts';
import { detectPersonalData } from '../../src/privacy/detect-personal-data.ts';

// Synthetic values only: public test card numbers, the banks' documented example IBANs, and
// codici fiscali computed with the real algorithm for made-up people.

/** What detection should report for a text: `[type, value]` pairs in order. */
const found = (text: string) => detectPersonalData(text).map((finding) => [finding.type, finding.value]);

/** Printable ASCII as its full-width form (ＡＢＣ１２３), spaces as ideographic spaces. */
const toFullWidth = (value: string) =>
  value.replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0)).replaceAll(' ', '\u3000');

/** A customer message around a value, in Italian or English. */
function message(value: string, overrides: { before?: string; after?: string } = {}): string {
  return `${overrides.before ?? 'Buongiorno, vi scrivo per un problema:'} ${value} ${overrides.after ?? 'grazie mille!'}`;
}

describe('detectPersonalData', () => {
  it.each<[string, PersonalDataType, string]>([
    ['card', 'card', '4111 1111 1111 1111'],
    ['card', 'card', '4111111111111111'],
    ['card', 'card', '5555-5555-5555-4444'],
    ['card', 'card', '3782 822463 10005'],
    ['card', 'card', '6011 1111 1111 1117'],
    ['card', 'card', '3530 1113 3330 0000'],
    ['card', 'card', '2223 0000 4840 0011'],
    ['card', 'card', '4222222222222'],
    ['card', 'card', '501800000009'],
    ['IBAN', 'iban', 'IT60X0542811101000000123456'],
    ['IBAN', 'iban', 'IT60 X054 2811 1010 0000 0123 456'],
    ['IBAN', 'iban', 'it60x0542811101000000123456'],
    ['IBAN', 'iban', 'DE89 3704 0044 0532 0130 00'],
    ['IBAN', 'iban', 'DE89-3704-0044-0532-0130-00'],
    ['IBAN', 'iban', 'DE89/3704/0044/0532/0130/00'],
    ['IBAN', 'iban', 'GB29 NWBK 6016 1331 9268 19'],
    ['IBAN', 'iban', 'FR14 2004 1010 0505 0001 3M02 606'],
    ['IBAN', 'iban', 'NL91ABNA0417164300'],
    ['e-mail', 'email', 'mario.rossi@example.it'],
    ['e-mail', 'email', 'Giulia.Bianchi+ordini@mail.example.co.uk'],
    ['e-mail', 'email', 'jose.garcia@correo.example.es'],
    ['e-mail', 'email', 'andrea@xn--caf-dma.fr'],
    ['Italian mobile', 'phone', '333 1234567'],
    ['Italian mobile', 'phone', '3331234567'],
    ['Italian mobile', 'phone', '333.1234567'],
    ['Italian mobile', 'phone', '333-123-4567'],
    ['Italian mobile', 'phone', '+39 333 1234567'],
    ['Italian mobile', 'phone', '+393331234567'],
    ['Italian mobile', 'phone', '0039 333 1234567'],
    ['Italian landline', 'phone', '06 1234 5678'],
    ['Italian landline', 'phone', '02/12345678'],
    ['Italian landline', 'phone', '+39 02 1234 5678'],
    ['US number', 'phone', '(212) 555-0100'],
    ['US number', 'phone', '212-555-0100'],
    ['US number', 'phone', '+1 212 555 0100'],
    ['US number', 'phone', '+1-212-555-0100x123'],
    ['UK number', 'phone', '+44 20 7946 0958'],
    ['German number', 'phone', '+49 30 1234567'],
    ['Swiss number', 'phone', '+41 (0)44 123 45 67'],
    ['codice fiscale', 'codice_fiscale', 'RSSMRA85T10A562S'],
    ['codice fiscale', 'codice_fiscale', 'BNCLRA92M55F205P'],
    ['codice fiscale', 'codice_fiscale', 'rssmra85t10a562s'],
    ['codice fiscale (omocodia)', 'codice_fiscale', 'RSSMRA85T10A56NH'],
    ['codice fiscale (omocodia)', 'codice_fiscale', 'RSSMRA85T10A5RNS'],
  ])('finds a %s when it is in a sentence: %s', (_, type, value) => {
    expect(found(message(value))).toEqual([[type, value]]);
  });

  it.each<[string, PersonalDataType, string, string]>([
    ['English, card', 'card', 'My card number is 4111 1111 1111 1111, can you block it?', '4111 1111 1111 1111'],
    ['English, phone', 'phone', 'Please call me back at (212) 555-0100 after 5pm', '(212) 555-0100'],
    ['Italian, phone', 'phone', 'Chiamatemi al 333 1234567 dopo le 18', '333 1234567'],
    ['Italian, phone after a colon', 'phone', 'cell:3331234567', '3331234567'],
    ['Italian, phone on its own line', 'phone', 'Telefono:\n06 1234 5678', '06 1234 5678'],
    ['a short number a word calls a phone', 'phone', 'call me on 33 93 31', '33 93 31'],
    ['a bare number a word calls a phone', 'phone', 'il mio numero è 0612345678', '0612345678'],
    ['a phone with a label after it', 'phone', 'Mario Rossi\n06 123456 (ufficio)', '06 123456'],
    ['a phone after a date', 'phone', 'il 12 maggio chiama il 333 1234567', '333 1234567'],
    ['Italian, IBAN', 'iban', "L'IBAN per il rimborso è IT60X0542811101000000123456.", 'IT60X0542811101000000123456'],
    ['Italian, e-mail at the end', 'email', 'scrivetemi a mario.rossi@example.it.', 'mario.rossi@example.it'],
    ['Italian, codice fiscale', 'codice_fiscale', 'Il mio CF: RSSMRA85T10A562S, intestatario', 'RSSMRA85T10A562S'],
    // A street address with its house number: the playbook's "address". Two numbers side by side
    // (house and building number, house number and postcode) are no phone number.
    ['English, address', 'address', 'I live at 221B Baker Street, London, my router is dead', '221B Baker Street'],
    ['English, address in lower case', 'address', 'the store is at 12008 blue ridge blvd, grandview', '12008 blue ridge blvd'],
    ['a house and a building number', 'address', 'I live at 1436 2450 Redbud Drive', '2450 Redbud Drive'],
    ['Italian, address and postcode', 'address', 'Via Roma 12 20100 Milano', 'Via Roma 12'],
    ['Italian, address with "n."', 'address', 'abito in viale G. Cesare n. 14/b, scala A', 'viale G. Cesare n. 14/b'],
    ['Spanish, address', 'address', 'vivo en calle Mayor nº 3, Madrid', 'calle Mayor nº 3'],
    ['French, address', 'address', "j'habite au 10 bis rue de Rivoli, Paris", '10 bis rue de Rivoli'],
    ['German, address', 'address', 'meine Adresse ist Hauptstraße 5, Berlin', 'Hauptstraße 5'],
    ['German, two-word street', 'address', 'wir wohnen Berliner Str. 12a', 'Berliner Str. 12a'],
    // A password, PIN, PUK or one-time code after the word that names it: the value only.
    ['English, password', 'secret', "here's my password: hunter2, why can't I log in??", 'hunter2'],
    ['English, PIN', 'secret', 'my PIN is 1234 and the SIM is still locked', '1234'],
    ['a PUK, no phone number', 'secret', 'PUK 12345678 non funziona', '12345678'],
    ['a one-time code', 'secret', 'il codice OTP 123456 non arriva mai in tempo', '123456'],
    ['Italian, password', 'secret', 'la mia password è Ciao123! e non entro', 'Ciao123'],
    ['Spanish, password', 'secret', 'mi contraseña es Hola1234 y no entro', 'Hola1234'],
    ['French, password', 'secret', 'mon mot de passe est azerty12 et rien', 'azerty12'],
    ['German, password', 'secret', 'mein Passwort ist Sommer2024, trotzdem falsch', 'Sommer2024'],
    ['a password with a symbol', 'secret', 'password=P@ss', 'P@ss'],
  ])('finds personal data in context (%s)', (_, type, text, value) => {
    expect(found(text)).toEqual([[type, value]]);
  });

  it.each<[string, string]>([
    ['a card number with a wrong Luhn digit', '4111 1111 1111 1112'],
    ['a Luhn-valid number with no card issuer prefix', '9111 1111 1111 1110'],
    ['a Luhn-valid number of another industry', '7111111111111114'],
    ['an IBAN with wrong check digits', 'IT61X0542811101000000123456'],
    ['an IBAN with a wrong last digit', 'DE89 3704 0044 0532 0130 01'],
    ['an IBAN one character short', 'GB29 NWBK 6016 1331 9268 1'],
    ['a country code that has no IBAN', 'AB150120690000003111141'],
    ['a codice fiscale with a wrong check letter', 'RSSMRA85T10A562T'],
    ['a codice fiscale with digits for letters', 'R55MRA85T10A562S'],
    ['a codice fiscale with a gap', 'RSSMRA 85T10A562S'],
    ['an address without a domain', 'mario.rossi@example'],
    ['an address whose domain ends with a dot', 'mario.rossi@example.'],
    ['a handle', '@LumoAiuta'],
    ['an order number with letters', 'ordine AB12345678'],
    ['an order number in a tracking code', '1Z999AA10123456784'],
    ['an order number after "ordine"', 'ordine n. 12345678'],
    ['a customer number', 'codice cliente 0612345678'],
    ['a hashtag', '#3331234567'],
    ['an Italian date', 'il 20/06/2024'],
    ['an ISO date and time', '2024-06-20 14:30:00'],
    ['a dotted date', '20.06.2024'],
    ['a price in euro', '€ 1.234.567'],
    ['a price followed by the currency', '1 234 567 euro'],
    ['a decimal amount', '1234567,89'],
    ['a percentage', '3331234567%'],
    ['a short number', '12345'],
    ['a six-digit number nobody calls a phone', '12 34 56'],
    ['a year range', 'dal 2019-2020'],
    ['an IP address', '192.168.100.100'],
    ['a software version', 'versione 10.2.345'],
    ['a bare number that is no valid phone number', '1234567890'],
    ['a US social security number', '078-05-1120'],
    ['a link with digits', 'https://example.com/orders/3331234567'],
    // Street words that are no one's address: "via" meaning "by", quantities, times, handles.
    ['"via" and a medium', 'ho scritto via mail 3 volte'],
    ['"via" and a function word', 'vado via per 2 giorni'],
    ['"via" and a sentence after it', 'I got a response via Twitter. I went 0 for 2 yesterday'],
    ['a thread counter after "via"', 'please send it via direct message 3/3'],
    ['a street with no house number', "c'è un guasto in via Roma?"],
    ['a duration before a street word', 'it is a 2 hour drive'],
    ['a time before a station', 'on the 19:07 to Liverpool Street'],
    ['a time before a parkway', 'the 16:03 Bristol Parkway train'],
    ['an anonymised handle before a street word', '@117130 Replacement road transport is in place'],
    ['a seat before "place"', 'il reste 1 place libre'],
    // What is wrong with a password, how long a PIN is, where a PUK is: no value.
    ['what is wrong with a password', 'my password is wrong'],
    ['how many times', 'I changed my password 3 times'],
    ['how long a password is', 'my password is 8 characters long'],
    ['how long a PIN is', 'the pin is 4 digits'],
    ['a question about the PUK', 'where do I find the PUK?'],
    ['a form behind a link', 'select create password: https://example.com/a1b2'],
    ['a menu with an HTML entity', 'go to Settings > Password &amp; Security'],
    ['a hashtag', 'delivery to #pin 734301 please'],
    ['a date with underscores', '20_06_2024'],
    ['an ISO date with underscores', '2024_06_20'],
    ['a full-width date and time', toFullWidth('2024/06/20 14:30')],
    ['times', 'dalle 9.30 alle 18.30, sabato 09:00-13:00'],
    ['a time with seconds', 'alle 14.30.00'],
    ['a price with dotted thousands', '€ 1.234.567,89'],
    ['a price too large to be one', '4.111.111.111.111.111 euro'],
    ['a full-width price', toFullWidth('1.234.567 €')],
    ['an order number with slashes', 'ordine 2024/000123/4567'],
    ['an order number with underscores', 'pratica 2024_000123_4567'],
    ['a reference with underscores', 'rif 12_345_678'],
    ['a full-width order number', toFullWidth('ordine 3331234567')],
    ['a version string', 'iOS 17.5.1, app 3.2.1 (4567)'],
    ['a long version string', 'versione 6.1.1.1111.1111.1117'],
    ['a build number', 'build 2024.06.20.1430'],
    ['a firmware version with underscores', 'firmware 5.10.0_1234_5678'],
    ['emoji only', '😀🎉👍🇮🇹'],
    ['an empty text', ''],
  ])('finds nothing in %s: %s', (_, text) => {
    expect(found(message(text))).toEqual([]);
  });

  it.each<[string, PersonalDataType, string]>([
    ['a card with dots', 'card', '4111.1111.1111.1111'],
    ['a card with underscores', 'card', '4111_1111_1111_1111'],
    ['a card with slashes', 'card', '4111/1111/1111/1111'],
    ['a card with en dashes', 'card', '4111–1111–1111–1111'],
    ['a card in full-width digits', 'card', toFullWidth('4111111111111111')],
    ['a card in Arabic-Indic digits', 'card', '٤١١١ ١١١١ ١١١١ ١١١١'],
    ['a card in mathematical bold digits (two UTF-16 units each)', 'card', '𝟒𝟏𝟏𝟏 𝟏𝟏𝟏𝟏 𝟏𝟏𝟏𝟏 𝟏𝟏𝟏𝟏'],
    ['a card with zero-width spaces', 'card', '4111\u200b1111\u200b1111\u200b1111'],
    ['a card with a soft hyphen in every group', 'card', '41\u00ad11 11\u00ad11 11\u00ad11 11\u00ad11'],
    ['a card with no-break spaces', 'card', '4111\u00a01111\u00a01111\u00a01111'],
    ['an IBAN with dots', 'iban', 'IT60.X054.2811.1010.0000.0123.456'],
    ['an IBAN with underscores', 'iban', 'IT60_X054_2811_1010_0000_0123_456'],
    ['an IBAN in full-width characters', 'iban', toFullWidth('IT60X0542811101000000123456')],
    ['an IBAN with word joiners', 'iban', 'IT60\u2060X054\u20602811\u20601010\u20600000\u20600123\u2060456'],
    ['a phone with underscores', 'phone', '333_123_4567'],
    ['an international phone with underscores', 'phone', '+39_02_1234_5678'],
    ['a phone in full-width digits', 'phone', toFullWidth('+39 333 1234567')],
    ['a phone with zero-width joiners', 'phone', '333\u200d123\u200d4567'],
    ['an e-mail with a full-width at sign', 'email', 'mario.rossi＠example.it'],
    ['an e-mail with a BOM in the middle', 'email', 'mario.ros\ufeffsi@exam\ufeffple.it'],
    ['a codice fiscale in full-width letters', 'codice_fiscale', toFullWidth('RSSMRA85T10A562S')],
  ])('finds %s and reports its span in the original text', (_, type, value) => {
    const text = message(value);
    const findings = detectPersonalData(text);
    expect(findings.map((finding) => [finding.type, finding.value])).toEqual([[type, value]]);
    expect(text.slice(findings[0]!.start, findings[0]!.end)).toBe(value);
  });

  it('does not read a card number as a phone number when it is also phone-shaped', () => {
    expect(found('4111-1111-1111-1111')).toEqual([['card', '4111-1111-1111-1111']]);
  });

  it('does not read the digits of an IBAN with a bad checksum as a phone number when spaced', () => {
    expect(found('IBAN BE71 0961 2345 6760 per favore')).toEqual([]);
  });

  it('finds several cards one by one when they are typed one after another', () => {
    expect(found('4111111111111111 5555-5555-5555-4444 3782 822463 10005')).toEqual([
      ['card', '4111111111111111'],
      ['card', '5555-5555-5555-4444'],
      ['card', '3782 822463 10005'],
    ]);
  });

  it('finds every kind in one message, sorted by position and without overlaps', () => {
    const text =
      'Sono RSSMRA85T10A562S, mail mario.rossi@example.it, cell +39 333 1234567, ' +
      'IBAN IT60X0542811101000000123456, carta 4111 1111 1111 1111 del 20/06/2024.';
    const findings = detectPersonalData(text);
    expect(findings.map((finding) => finding.type)).toEqual(['codice_fiscale', 'email', 'phone', 'iban', 'card']);
    for (const finding of findings) expect(text.slice(finding.start, finding.end)).toBe(finding.value);
    for (let index = 1; index < findings.length; index += 1) {
      expect(findings[index]!.start).toBeGreaterThanOrEqual(findings[index - 1]!.end);
    }
  });

  it('finds data at the end of a 10,000-character text', () => {
    const filler = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit 2024. '.repeat(170);
    const text = `${filler}chiamami al 333 1234567 oppure paga con 4111 1111 1111 1111`.slice(-10_000);
    expect(text.length).toBe(10_000);
    expect(found(text)).toEqual([
      ['phone', '333 1234567'],
      ['card', '4111 1111 1111 1111'],
    ]);
  });

  it.each<[string, string]>([
    ['digits and spaces', '1 '.repeat(5_000)],
    ['digits and dots', '1.'.repeat(5_000)],
    ['one long number', '9'.repeat(10_000)],
    ['at signs and dots', 'a.'.repeat(2_500) + '@' + 'b.'.repeat(2_499)],
    ['letters and digits', 'AB12 '.repeat(2_000)],
  ])('stays fast on 10,000 characters of %s', (_, text) => {
    const started = performance.now();
    detectPersonalData(text);
    // Linear scanning takes a few milliseconds; catastrophic backtracking would take seconds.
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
