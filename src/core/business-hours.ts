// When agents are at their desks. Pure: local wall-clock times come from Intl.DateTimeFormat with
// the desk's time zone, so daylight saving changes need no extra package and no table of ours.

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** One opening span of a day, local `HH:MM` times; `to` is exclusive and may be `24:00`. */
export interface OpeningSpan {
  from: string;
  to: string;
}

export interface BusinessHours {
  /** IANA time zone of the desk, e.g. `Europe/Rome`. */
  timeZone: string;
  /** Spans per weekday; a missing or empty day is closed. */
  days: Partial<Record<Weekday, OpeningSpan[]>>;
  /** Local dates (`YYYY-MM-DD`) the desk is closed all day. */
  holidays?: string[];
}

/** Wall-clock date and time in a time zone; `weekday` 0 = Monday. */
export interface LocalTime {
  year: number;
  month: number;
  day: number;
  weekday: number;
  /** Minutes since local midnight, seconds included as a fraction. */
  minutes: number;
}

const MINUTE_MS = 60_000;
const DAY_MINUTES = 24 * 60;
/** Far enough to pass a long holiday season; a schedule that never opens is a config mistake. */
const MAX_DAYS_AHEAD = 400;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const SHORT_WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function localTimeOf(at: Date, timeZone: string): LocalTime {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(at)) parts[part.type] = part.value;
  const number = (type: string) => Number(parts[type] ?? '0');
  return {
    year: number('year'),
    month: number('month'),
    day: number('day'),
    weekday: SHORT_WEEKDAYS.indexOf(parts['weekday'] ?? ''),
    minutes: number('hour') * 60 + number('minute') + number('second') / 60,
  };
}

/** Offset of local time from UTC at `at`, in ms. */
function offsetAt(at: number, timeZone: string): number {
  const local = localTimeOf(new Date(at), timeZone);
  const asUtc = Date.UTC(local.year, local.month - 1, local.day) + local.minutes * MINUTE_MS;
  return asUtc - Math.floor(at / 1000) * 1000;
}

/**
 * The instant of a local wall-clock time. A time skipped by a spring-forward change is moved
 * forward by the gap (02:30 → 03:30), as clocks do; a repeated fall-back time maps to its first
 * occurrence.
 */
export function instantOf(date: { year: number; month: number; day: number }, minutes: number, timeZone: string): Date {
  const wall = Date.UTC(date.year, date.month - 1, date.day) + minutes * MINUTE_MS;
  const halfDayMs = (DAY_MINUTES * MINUTE_MS) / 2;
  const offsets = [offsetAt(wall - halfDayMs, timeZone), offsetAt(wall + halfDayMs, timeZone)];
  const consistent = offsets.find((offset) => offsetAt(wall - offset, timeZone) === offset);
  return new Date(wall - (consistent ?? offsets[0] ?? 0));
}

export function isoDateOf(local: { year: number; month: number; day: number }): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${local.year}-${pad(local.month)}-${pad(local.day)}`;
}

function minutesOf(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

function spansOn(local: LocalTime, hours: BusinessHours): OpeningSpan[] {
  if (hours.holidays?.includes(isoDateOf(local))) return [];
  const weekday = WEEKDAYS[local.weekday];
  const spans = weekday === undefined ? [] : (hours.days[weekday] ?? []);
  return [...spans].sort((a, b) => minutesOf(a.from) - minutesOf(b.from));
}

function openSpanAt(at: Date, hours: BusinessHours): OpeningSpan | undefined {
  const local = localTimeOf(at, hours.timeZone);
  return spansOn(local, hours).find(
    (span) => local.minutes >= minutesOf(span.from) && local.minutes < minutesOf(span.to),
  );
}

export function isOpen(at: Date, hours: BusinessHours): boolean {
  return openSpanAt(at, hours) !== undefined;
}

function addDays(local: LocalTime, days: number): { year: number; month: number; day: number } {
  const shifted = new Date(Date.UTC(local.year, local.month - 1, local.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** `at` itself when the desk is open then, else the start of the next opening span. */
export function nextOpening(at: Date, hours: BusinessHours): Date {
  if (isOpen(at, hours)) return at;
  const today = localTimeOf(at, hours.timeZone);
  for (let offset = 0; offset <= MAX_DAYS_AHEAD; offset += 1) {
    const date = addDays(today, offset);
    const local = localTimeOf(instantOf(date, 12 * 60, hours.timeZone), hours.timeZone);
    for (const span of spansOn(local, hours)) {
      const start = instantOf(date, minutesOf(span.from), hours.timeZone);
      if (start.getTime() > at.getTime()) return start;
    }
  }
  throw new Error(`Business hours in ${hours.timeZone} never open in the next ${MAX_DAYS_AHEAD} days`);
}

/** When the open span containing `at` closes (`at` must be open). */
function closingOf(at: Date, hours: BusinessHours): Date {
  const span = openSpanAt(at, hours);
  if (span === undefined) return at;
  const local = localTimeOf(at, hours.timeZone);
  const to = minutesOf(span.to);
  return to >= DAY_MINUTES
    ? instantOf(addDays(local, 1), to - DAY_MINUTES, hours.timeZone)
    : instantOf(local, to, hours.timeZone);
}

/** The instant when `durationMs` of open time has passed since `start` (closed time does not count). */
export function addOpenTime(start: Date, durationMs: number, hours: BusinessHours): Date {
  let at = nextOpening(start, hours);
  let remaining = durationMs;
  for (let step = 0; step < MAX_DAYS_AHEAD * 4; step += 1) {
    const closing = closingOf(at, hours);
    if (at.getTime() + remaining <= closing.getTime()) return new Date(at.getTime() + remaining);
    remaining -= closing.getTime() - at.getTime();
    at = nextOpening(closing, hours);
  }
  throw new Error(`Business hours in ${hours.timeZone} do not hold ${durationMs} ms of open time`);
}

export type ParsedBusinessHours = { ok: true; hours: BusinessHours } | { ok: false; error: string };

const DAY_PART = /^([a-z]{3})(?:-([a-z]{3}))?$/;
const SPAN_PART = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/;

/**
 * Parses `mon-fri 09:00-18:00; sat 09:00-13:00` (several spans per day separated by commas:
 * `mon 09:00-13:00,14:00-18:00`). Errors quote the part that is wrong and say what to write.
 */
export function parseBusinessHours(text: string, timeZone = 'Europe/Rome'): ParsedBusinessHours {
  const days: Partial<Record<Weekday, OpeningSpan[]>> = {};
  const rules = text.split(';').map((rule) => rule.trim()).filter((rule) => rule !== '');
  if (rules.length === 0) return { ok: false, error: 'Business hours are empty: write e.g. "mon-fri 09:00-18:00"' };
  for (const rule of rules) {
    const [dayText = '', spansText, ...extra] = rule.toLowerCase().split(/\s+/);
    if (spansText === undefined || extra.length > 0) {
      return { ok: false, error: `"${rule}": write days then times, e.g. "mon-fri 09:00-18:00"` };
    }
    const weekdays = parseDays(dayText);
    if (typeof weekdays === 'string') return { ok: false, error: `"${rule}": ${weekdays}` };
    for (const spanText of spansText.split(',')) {
      const span = parseSpan(spanText);
      if (typeof span === 'string') return { ok: false, error: `"${rule}": ${span}` };
      for (const weekday of weekdays) (days[weekday] ??= []).push(span);
    }
  }
  return { ok: true, hours: { timeZone, days } };
}

function parseDays(text: string): Weekday[] | string {
  const match = DAY_PART.exec(text);
  const first = WEEKDAYS.indexOf((match?.[1] ?? '') as Weekday);
  const last = match?.[2] === undefined ? first : WEEKDAYS.indexOf(match[2] as Weekday);
  if (match === null || first < 0 || last < 0) {
    return `"${text}" is not a day or a range of days (use mon, tue, wed, thu, fri, sat, sun, or e.g. mon-fri)`;
  }
  if (last < first) return `"${text}" runs backwards: write the earlier day first (e.g. mon-fri)`;
  return WEEKDAYS.slice(first, last + 1);
}

function parseSpan(text: string): OpeningSpan | string {
  const match = SPAN_PART.exec(text);
  if (match === null) return `"${text}" is not a time span (write HH:MM-HH:MM, e.g. 09:00-18:00)`;
  const [fromH, fromM, toH, toM] = match.slice(1).map(Number) as [number, number, number, number];
  const valid = (h: number, m: number) => m < 60 && (h < 24 || (h === 24 && m === 0));
  if (!valid(fromH, fromM) || !valid(toH, toM) || fromH === 24) return `"${text}" has a time that does not exist`;
  const from = text.slice(0, 5);
  const to = text.slice(6);
  if (minutesOf(to) <= minutesOf(from)) {
    return `"${text}" ends before it starts (for overnight hours write e.g. "mon 22:00-24:00; tue 00:00-02:00")`;
  }
  return { from, to };
}

interface BackAtWords {
  today: string;
  tomorrow: string;
  weekday: (name: string) => string;
  date: (date: string) => string;
  at: (hour: number) => string;
  clock: (hour: number, minute: string) => string;
  dateFormat: Intl.DateTimeFormatOptions;
}

const DAY_AND_MONTH: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long' };

/** Words for "back tomorrow at 9:00" per language; English is the fallback. */
const BACK_AT_WORDS: Readonly<Record<string, BackAtWords>> = {
  it: {
    today: 'oggi',
    tomorrow: 'domani',
    weekday: (name) => name,
    date: (date) => `il ${date}`,
    at: (hour) => (hour === 1 ? "all'" : 'alle '),
    clock: (hour, minute) => `${hour}:${minute}`,
    dateFormat: DAY_AND_MONTH,
  },
  en: {
    today: 'today',
    tomorrow: 'tomorrow',
    weekday: (name) => `on ${name}`,
    date: (date) => `on ${date}`,
    at: () => 'at ',
    clock: (hour, minute) => `${hour}:${minute}`,
    dateFormat: DAY_AND_MONTH,
  },
  es: {
    today: 'hoy',
    tomorrow: 'mañana',
    weekday: (name) => `el ${name}`,
    date: (date) => `el ${date}`,
    at: (hour) => (hour === 1 ? 'a la ' : 'a las '),
    clock: (hour, minute) => `${hour}:${minute}`,
    dateFormat: DAY_AND_MONTH,
  },
  fr: {
    today: "aujourd'hui",
    tomorrow: 'demain',
    weekday: (name) => name,
    date: (date) => `le ${date}`,
    at: () => 'à ',
    clock: (hour, minute) => `${hour}h${minute}`,
    dateFormat: DAY_AND_MONTH,
  },
  de: {
    today: 'heute',
    tomorrow: 'morgen',
    weekday: (name) => `am ${name}`,
    date: (date) => `am ${date}`,
    at: () => 'um ',
    clock: (hour, minute) => `${hour}:${minute} Uhr`,
    dateFormat: DAY_AND_MONTH,
  },
};

/** Within this many days the weekday's name is clearer than a date. */
const WEEKDAY_NAME_DAYS = 6;

/**
 * A short "when we are back" phrase for a holding reply: "domani alle 9:00", "on Monday at 9:00",
 * "am 7. Januar um 9:00 Uhr", in the desk's time zone, relative to `now`.
 */
export function backAtText(opening: Date, lang: string, timeZone: string, now: Date): string {
  const words = BACK_AT_WORDS[lang] ?? BACK_AT_WORDS['en'];
  const locale = BACK_AT_WORDS[lang] === undefined ? 'en' : lang;
  if (words === undefined) return opening.toISOString();
  const local = localTimeOf(opening, timeZone);
  const today = localTimeOf(now, timeZone);
  const daysAway = Math.round(
    (Date.UTC(local.year, local.month - 1, local.day) - Date.UTC(today.year, today.month - 1, today.day)) /
      (DAY_MINUTES * MINUTE_MS),
  );
  const format = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(opening);
  const day =
    daysAway <= 0
      ? words.today
      : daysAway === 1
        ? words.tomorrow
        : daysAway <= WEEKDAY_NAME_DAYS
          ? words.weekday(format({ weekday: 'long' }))
          : words.date(format(words.dateFormat));
  const hour = Math.floor(local.minutes / 60);
  const minute = String(Math.floor(local.minutes % 60)).padStart(2, '0');
  return `${day} ${words.at(hour)}${words.clock(hour, minute)}`;
}
