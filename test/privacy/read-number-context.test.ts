import { describe, expect, it } from 'vitest';
import { readNumberContext, type NumberContext } from '../../src/privacy/read-number-context.ts';

/** Context of the first `#` run in `template`, with the number written as `#######`. */
function contextOf(template: string): NumberContext {
  const start = template.indexOf('#');
  const end = template.lastIndexOf('#') + 1;
  return readNumberContext(template.replaceAll('#', '7'), start, end);
}

describe('readNumberContext', () => {
  it.each<[string, NumberContext]>([
    ['chiamami al ####### grazie', 'phone'],
    ['il mio cellulare: #######', 'phone'],
    ['WhatsApp #######', 'phone'],
    ['Telefono:\n#######', 'phone'],
    ['####### (ufficio)', 'phone'],
    ['####### office', 'phone'],
    ['il mio numero è #######', 'maybe-phone'],
    ['my number is #######', 'maybe-phone'],
    ['ordine n. #######', 'not-phone'],
    ['the phone number of my order #######', 'not-phone'],
    ['codice cliente #######', 'not-phone'],
    ['Apt. ####### Bay Street', 'not-phone'],
    ['I live at ####### Redbud Drive', 'not-phone'],
    ['il conto ammonta a € #######', 'not-phone'],
    ['####### euro', 'not-phone'],
    ['#######%', 'not-phone'],
    ['ecco: #######', 'none'],
    ['Apt. 5\nRoma\n#######', 'none'],
    ['ordine arrivato, chiama il #######', 'phone'],
    ['sono cliente dal 2015, numero #######', 'maybe-phone'],
    ['chiamami al ####### via WhatsApp', 'phone'],
    ['chiamami al ####### and my street is nice', 'phone'],
    ['my address is ####### fourth avenue', 'not-phone'],
  ])('reads %j as %s', (template, expected) => {
    expect(contextOf(template)).toBe(expected);
  });
});
