// Triage benchmark: language detection on xSID (Italian and English parallel test sets) and on
// real customer tweets (TWCS, English), then triage speed and the share of each trait on those
// tweets. Third-party data is read here only; no row leaves this file except as a count.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InboundMessage, MessageTrait } from '../src/core/model.ts';
import { DEFAULT_SETTINGS, type ResponderSettings } from '../src/core/settings.ts';
import { DATA_DIR, parseCsv, readJsonRows } from './datasets.ts';
import { loadQa4faq } from './qa4faq.ts';
import type { BenchTable } from './table.ts';

interface LabeledLanguage {
  text: string;
  lang: string;
}

// Texts of at most this many words are where n-gram detectors fail; reported apart.
const SHORT_WORDS = 3;
// Enough rounds over the tweets for a stable per-message time.
const TIMING_ROUNDS = 5;

export async function benchTriage(): Promise<BenchTable[]> {
  const loadStarted = performance.now();
  const { triageMessage } = await import('../src/core/triage/triage-message.ts');
  const { detectLanguage } = await import('../src/core/triage/detect-language.ts');
  const { eld } = await import('eld/small');
  const loadMs = performance.now() - loadStarted;

  const settings: ResponderSettings = { ...DEFAULT_SETTINGS };
  const baseline = eld.newInstance();
  baseline.setLanguageSubset([...settings.languages]);
  const xsid = [...readXsid('it'), ...readXsid('en')];
  const tweets = readCustomerTweets();
  const sets: [string, LabeledLanguage[]][] = [
    ['xSID it test', xsid.filter((row) => row.lang === 'it')],
    ['xSID en test', xsid.filter((row) => row.lang === 'en')],
    [`xSID it+en, texts of <= ${SHORT_WORDS} words`, xsid.filter((row) => wordCount(row.text) <= SHORT_WORDS)],
    ['TWCS customer tweets (taken as en)', tweets.map((text) => ({ text, lang: 'en' }))],
    ['QA4FAQ customer queries (it)', loadQa4faq().queries.map(({ text }) => ({ text, lang: 'it' }))],
    ['SENTIPOLC 2016 test tweets (taken as it)', readSentipolcTweets().map((text) => ({ text, lang: 'it' }))],
  ];
  const languageRows = sets.map(([name, rows]) => {
    const ours = rows.map((row) => detectLanguage(row.text, undefined, settings));
    const right = ours.filter((result, i) => result.lang === rows[i]?.lang).length;
    const defaulted = ours.filter((result) => result.langSource === 'default').length;
    const unserved = ours.filter((result) => !settings.languages.includes(result.lang)).length;
    const eldRight = rows.filter((row) => baseline.detect(row.text).language === row.lang).length;
    return [name, rows.length, percent(right, rows.length), percent(eldRight, rows.length), percent(defaulted, rows.length), unserved];
  });

  const messages = tweets.map((text, i) => aMessage(String(i), text));
  for (const message of messages) triageMessage(message, settings);
  const times: number[] = [];
  const traitCounts = new Map<MessageTrait, number>();
  for (let round = 0; round < TIMING_ROUNDS; round++) {
    for (const message of messages) {
      const started = performance.now();
      const triage = triageMessage(message, settings);
      times.push(performance.now() - started);
      if (round === 0) for (const trait of triage.traits) traitCounts.set(trait, (traitCounts.get(trait) ?? 0) + 1);
    }
  }
  times.sort((a, b) => a - b);
  const long = aMessage('long', 'la fibra non va da ieri, '.repeat(400));
  const longStarted = performance.now();
  triageMessage(long, settings);
  const longMs = performance.now() - longStarted;

  return [
    {
      title: 'Triage: language detection (no platform hint; it, en, es, fr, de)',
      columns: ['set', 'texts', 'Pronto', 'eld/small alone', 'fell back to default', 'named a language we do not serve'],
      rows: languageRows,
      notes: [
        'Pronto = `detectLanguage`: eld/small on the text without handles, links, hashtags and emoji, restricted to the configured languages, with a vote of function words and of care words only one language writes ("refund", "bolletta") for texts of up to 3 words and the default language when neither is sure; a post in another script, or of 5 words or more that eld over all its languages reliably reads as an unserved one (0.1 ahead of every served one), is named so and goes to a person. eld/small alone = restricted to the configured languages.',
        'Named a language we do not serve: texts (count) the bot would hand to a person as unread; on the Italian and English sets each one is a mistake, on TWCS most are Japanese, Portuguese or other posts.',
        'A fall-back to the default language (it) counts as wrong on the English sets.',
        'TWCS: customer tweets of the first 5,000 rows of the Kaggle corpus. Some are Spanish, German, French or Japanese, and most fall-backs are posts with no words (a link, emoji, a number), where eld alone still names a language: the English share is a floor.',
      ],
    },
    {
      title: 'Triage: speed and traits on real customer tweets (TWCS)',
      columns: ['measure', 'value'],
      rows: [
        ['tweets', messages.length],
        ['mean time per tweet (ms)', round3(times.reduce((sum, t) => sum + t, 0) / times.length)],
        ['p99 time per tweet (ms)', round3(times[Math.floor(times.length * 0.99)] ?? 0)],
        ['10,000-character post (ms)', round3(longMs)],
        ['one-time load of triage + eld/small (ms)', Math.round(loadMs)],
        ...[...traitCounts.entries()]
          .sort((a, b) => b[1] - a[1])
          .map(([trait, count]): [string, string] => [`share with trait ${trait}`, percent(count, messages.length)]),
      ],
      notes: ['Trait shares are a sanity check (e.g. spam should be near zero on real customers), not an accuracy: the tweets carry no trait labels.'],
    },
  ];
}

function readXsid(lang: 'it' | 'en'): LabeledLanguage[] {
  return readJsonRows(join(DATA_DIR, 'xsid-it', `${lang}.test.jsonl`)).map((row) => ({ text: String(row.text), lang }));
}

function readSentipolcTweets(): string[] {
  return readJsonRows(join(DATA_DIR, 'sentipolc16', 'test.jsonl')).map((row) => String(row.text));
}

function readCustomerTweets(): string[] {
  const [header, ...rows] = parseCsv(readFileSync(join(DATA_DIR, 'twcs-sample', 'twcs_first_rows.csv'), 'utf8'));
  const inbound = header?.indexOf('inbound') ?? -1;
  const text = header?.indexOf('text') ?? -1;
  return rows.filter((row) => row[inbound] === 'True').map((row) => row[text] ?? '');
}

function aMessage(id: string, text: string): InboundMessage {
  return { id, channel: 'twitter', kind: 'mention', conversationId: id, author: { id: `a${id}` }, text, at: '2026-01-01T00:00:00Z' };
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`;
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
