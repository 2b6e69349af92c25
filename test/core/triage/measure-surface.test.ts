import { describe, expect, it } from 'vitest';
import { measureSurface } from '../../../src/core/triage/measure-surface.ts';

const bookingReferenceIn = (text: string) => measureSurface(text, ['LumoAiuta']).bookingReference;

describe('measureSurface on booking references', () => {
  it.each([
    '@united LGJW7B. I voluntarily rerouted',
    'please help with booking DLIM7U',
    'Booking no. Qm9L8g, flight no. AK402',
    'can you move my flight? code YT7K2P',
    'order 113-4829117-2290114 stuck in processing',
    // A plain number the customer names as their order's, claim's or case's.
    'order #A7731 never came',
    'claim 442998 still open',
    'ref: 55102',
    'pedido #4521 sin entregar',
    'Bestellnr 8812',
    // A long bare number handed over in a reply: a reservation, a loyalty or a tracking number.
    'RES # 0167560070877 Fsqthg Thanks',
    '8602947, jon at the address above, thanks.',
  ])('finds one in "%s"', (text) => {
    expect(bookingReferenceIn(text)).toBe(true);
  });

  it.each([
    // A flight number, an aircraft type, a tail number, words with a number in them, an e-mail,
    // a word shouted in capitals, a link.
    'stuck on UA1116 for 3 hours',
    'can I bring a car seat on an ERJ145?',
    'Flight 3744 (N284WN) departs TPA',
    'waited 5hours, covid1 rules, me2sit is not ok',
    'write to acarl4@hotmail.com',
    'CANCEL MY FLIGHT NOW',
    'see https://t.co/AB12CD3',
    // A number the word before it does not make the customer's own: a flight, a year, a count.
    'flight 3744 is late',
    'my order of 2 pizzas',
    'booked a ticket for 2020',
    'case 12 of water',
    // Prices, counts and scores are written with separators or signs; six digits are too few.
    'paid £1250000 for nothing',
    '1,000,000 miles flown',
    'scored 123456 points',
    'it went up 1000000%',
  ])('finds none in "%s"', (text) => {
    expect(bookingReferenceIn(text)).toBe(false);
  });
});

describe('measureSurface on a departure named by its time', () => {
  const namesADeparture = (text: string) => measureSurface(text, ['LumoAiuta']).namesADeparture;

  it.each([
    "You've cancelled the 20:49 from BTM to Frome",
    'what’s up with the 1405 New St to Lich City?',
    'can the 16:03 Bristol Parkway - London Paddington be held?',
    'il 7.40 per Milano è soppresso',
  ])('finds one in "%s"', (text) => {
    expect(namesADeparture(text)).toBe(true);
  });

  it.each(['the 2018 model to replace it', 'paid the 1500 to the shop', 'at 20:49 from my phone', 'the 9999 to go'])(
    'finds none in "%s"',
    (text) => {
      expect(namesADeparture(text)).toBe(false);
    },
  );
});
