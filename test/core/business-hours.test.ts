import { describe, expect, it } from 'vitest';
import {
  addOpenTime,
  backAtText,
  isOpen,
  nextOpening,
  parseBusinessHours,
  type BusinessHours,
} from '../../src/core/business-hours.ts';

const WEEKDAY_9_18 = [{ from: '09:00', to: '18:00' }];

function someHours(overrides: Partial<BusinessHours> = {}): BusinessHours {
  return {
    timeZone: 'Europe/Rome',
    days: { mon: WEEKDAY_9_18, tue: WEEKDAY_9_18, wed: WEEKDAY_9_18, thu: WEEKDAY_9_18, fri: WEEKDAY_9_18 },
    ...overrides,
  };
}

const at = (iso: string) => new Date(iso);

describe('isOpen', () => {
  // January is CET (UTC+1): 09:00 local is 08:00Z. 2026-01-12 is a Monday.
  it.each([
    ['2026-01-12T08:00:00Z', someHours(), true, 'at opening'],
    ['2026-01-12T16:59:59Z', someHours(), true, 'one second before closing'],
    ['2026-01-12T17:00:00Z', someHours(), false, 'at closing'],
    ['2026-01-12T07:59:00Z', someHours(), false, 'before opening'],
    ['2026-01-10T10:00:00Z', someHours(), false, 'on a Saturday'],
    ['2026-01-12T10:00:00Z', someHours({ holidays: ['2026-01-12'] }), false, 'on a holiday'],
    ['2026-07-13T07:00:00Z', someHours(), true, 'at 09:00 in summer time (UTC+2)'],
    ['2026-07-13T16:30:00Z', someHours(), false, 'at 18:30 in summer time'],
  ])('says %s is %s when %s', (iso, hours, expected) => {
    expect(isOpen(at(iso), hours)).toBe(expected);
  });

  it('treats 24:00 as the end of the day when a span runs to midnight', () => {
    const hours = someHours({ days: { sat: [{ from: '20:00', to: '24:00' }] } });
    expect(isOpen(at('2026-01-10T22:59:00Z'), hours)).toBe(true);
    expect(isOpen(at('2026-01-10T23:00:00Z'), hours)).toBe(false);
  });
});

describe('nextOpening', () => {
  it.each([
    ['2026-01-12T10:00:00Z', someHours(), '2026-01-12T10:00:00.000Z', 'is the same instant when open'],
    ['2026-01-12T06:00:00Z', someHours(), '2026-01-12T08:00:00.000Z', 'is today at 9 when early in the morning'],
    ['2026-01-09T18:30:00Z', someHours(), '2026-01-12T08:00:00.000Z', 'is Monday when closed on Friday evening'],
    ['2026-01-10T12:00:00Z', someHours(), '2026-01-12T08:00:00.000Z', 'is Monday when on Saturday'],
    [
      '2026-01-09T18:30:00Z',
      someHours({ holidays: ['2026-01-12'] }),
      '2026-01-13T08:00:00.000Z',
      'skips a Monday holiday',
    ],
    [
      '2026-01-12T12:30:00Z',
      someHours({ days: { mon: [{ from: '14:00', to: '18:00' }, { from: '09:00', to: '13:00' }] } }),
      '2026-01-12T13:00:00.000Z',
      'is after lunch when closed for lunch (spans in any order)',
    ],
    // Europe/Rome moves to summer time on Sunday 2026-03-29: Monday 09:00 is 07:00Z.
    ['2026-03-27T18:00:00Z', someHours(), '2026-03-30T07:00:00.000Z', 'uses summer time after the spring change'],
    // ...and back to winter time on Sunday 2026-10-25: Monday 09:00 is 08:00Z again.
    ['2026-10-23T18:00:00Z', someHours(), '2026-10-26T08:00:00.000Z', 'uses winter time after the autumn change'],
    [
      '2026-03-29T00:00:00Z',
      someHours({ days: { sun: WEEKDAY_9_18 } }),
      '2026-03-29T07:00:00.000Z',
      'opens at 09:00 summer time on the very day of the spring change',
    ],
    [
      '2026-10-25T00:30:00Z',
      someHours({ days: { sun: WEEKDAY_9_18 } }),
      '2026-10-25T08:00:00.000Z',
      'opens at 09:00 winter time on the very day of the autumn change',
    ],
    [
      '2026-03-28T23:00:00Z',
      someHours({ days: { sun: [{ from: '02:30', to: '04:00' }] } }),
      '2026-03-29T01:30:00.000Z',
      'moves an opening inside the skipped hour forward like clocks do',
    ],
  ])('from %s (%s) %s', (iso, hours, expected) => {
    expect(nextOpening(at(iso), hours).toISOString()).toBe(expected);
  });

  it('throws a clear error when the hours never open', () => {
    expect(() => nextOpening(at('2026-01-12T10:00:00Z'), someHours({ days: {} }))).toThrow(/never open/);
  });
});

describe('addOpenTime', () => {
  const HOUR_MS = 3_600_000;

  it.each([
    ['2026-01-12T09:00:00Z', HOUR_MS, '2026-01-12T10:00:00.000Z', 'adds plainly inside one day'],
    ['2026-01-12T16:30:00Z', HOUR_MS, '2026-01-13T08:30:00.000Z', 'carries the rest to the next morning'],
    ['2026-01-09T16:30:00Z', HOUR_MS, '2026-01-12T08:30:00.000Z', 'carries over a weekend'],
    ['2026-01-10T12:00:00Z', HOUR_MS, '2026-01-12T09:00:00.000Z', 'starts counting at the next opening'],
    ['2026-03-27T16:30:00Z', HOUR_MS, '2026-03-30T07:30:00.000Z', 'carries over the spring change'],
  ])('from %s plus %i ms gives %s when it %s', (iso, durationMs, expected) => {
    expect(addOpenTime(at(iso), durationMs, someHours()).toISOString()).toBe(expected);
  });
});

describe('parseBusinessHours', () => {
  it('reads days, ranges and several spans when the text is valid', () => {
    const parsed = parseBusinessHours('mon-fri 09:00-13:00,14:00-18:00; sat 09:00-13:00');
    expect(parsed).toEqual({
      ok: true,
      hours: {
        timeZone: 'Europe/Rome',
        days: {
          mon: [{ from: '09:00', to: '13:00' }, { from: '14:00', to: '18:00' }],
          tue: [{ from: '09:00', to: '13:00' }, { from: '14:00', to: '18:00' }],
          wed: [{ from: '09:00', to: '13:00' }, { from: '14:00', to: '18:00' }],
          thu: [{ from: '09:00', to: '13:00' }, { from: '14:00', to: '18:00' }],
          fri: [{ from: '09:00', to: '13:00' }, { from: '14:00', to: '18:00' }],
          sat: [{ from: '09:00', to: '13:00' }],
        },
      },
    });
  });

  it('uses the time zone it is given when one is passed', () => {
    const parsed = parseBusinessHours('MON 08:00-24:00', 'Europe/Madrid');
    expect(parsed).toEqual({ ok: true, hours: { timeZone: 'Europe/Madrid', days: { mon: [{ from: '08:00', to: '24:00' }] } } });
  });

  it.each([
    ['', /empty/],
    ['mon-fry 09:00-18:00', /"mon-fry" is not a day/],
    ['fri-mon 09:00-18:00', /"fri-mon" runs backwards/],
    ['mon 9-18', /"9-18" is not a time span/],
    ['mon 18:00-09:00', /"18:00-09:00" ends before it starts/],
    ['mon 25:00-26:00', /"25:00-26:00" has a time that does not exist/],
    ['mon 09:00-18:00 sat', /"mon 09:00-18:00 sat": write days then times/],
    ['mon-fri', /"mon-fri": write days then times/],
  ])('rejects %j naming the bad part', (text, error) => {
    const parsed = parseBusinessHours(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(error);
  });
});

describe('backAtText', () => {
  // Friday 2026-01-09 20:00 in Rome; Saturday 9:00 is "tomorrow", Monday 9:00 is a weekday.
  const fridayEvening = at('2026-01-09T19:00:00Z');
  const saturdayNine = '2026-01-10T08:00:00Z';
  const mondayNine = '2026-01-12T08:00:00Z';

  it.each([
    ['it', saturdayNine, 'domani alle 9:00'],
    ['en', saturdayNine, 'tomorrow at 9:00'],
    ['es', saturdayNine, 'mañana a las 9:00'],
    ['fr', saturdayNine, 'demain à 9h00'],
    ['de', saturdayNine, 'morgen um 9:00 Uhr'],
    ['it', mondayNine, 'lunedì alle 9:00'],
    ['en', mondayNine, 'on Monday at 9:00'],
    ['es', mondayNine, 'el lunes a las 9:00'],
    ['fr', mondayNine, 'lundi à 9h00'],
    ['de', mondayNine, 'am Montag um 9:00 Uhr'],
    ['pt', saturdayNine, 'tomorrow at 9:00'],
    ['it', '2026-01-20T08:30:00Z', 'il 20 gennaio alle 9:30'],
    ['en', '2026-01-20T08:30:00Z', 'on January 20 at 9:30'],
  ])('says %s when the desk opens at %s', (lang, opening, expected) => {
    expect(backAtText(at(opening), lang, 'Europe/Rome', fridayEvening)).toBe(expected);
  });

  it('says today with the right article when the desk opens later the same day at one', () => {
    const earlyFriday = at('2026-01-09T06:00:00Z');
    expect(backAtText(at('2026-01-09T12:00:00Z'), 'it', 'Europe/Rome', earlyFriday)).toBe('oggi alle 13:00');
    expect(backAtText(at('2026-01-09T00:00:00Z'), 'it', 'Europe/Rome', at('2026-01-08T23:30:00Z'))).toBe("oggi all'1:00");
    expect(backAtText(at('2026-01-09T00:00:00Z'), 'es', 'Europe/Rome', at('2026-01-08T23:30:00Z'))).toBe('hoy a la 1:00');
  });
});
