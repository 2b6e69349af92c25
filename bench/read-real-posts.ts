// The real-posts evaluation set: our labels (bench/real-posts/labels.jsonl: ids and labels only)
// joined with the posts' texts, which are read at run time from the third-party data under
// DATA_DIR, because their licences forbid copying them into the repository.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeXText } from '../src/channels/twitter/decode-x-text.ts';
import { PRIORITIES, type Priority } from '../src/core/model.ts';
import { DATA_DIR, parseCsv } from './datasets.ts';

export const LABELS_FILE = fileURLToPath(new URL('./real-posts/labels.jsonl', import.meta.url));
/** Our labels of real Italian queries to a water utility (EVALITA 2016 QA4FAQ), run with its own FAQs. */
export const UTILITY_LABELS_FILE = fileURLToPath(new URL('./real-posts/qa4faq-labels.jsonl', import.meta.url));

export const REAL_POST_SOURCES = ['twcs', 'tweetsumm', 'airline', 'qa4faq'] as const;
export type RealPostSource = (typeof REAL_POST_SOURCES)[number];

export const EXPECTED_ACTIONS = ['answer', 'ask-back', 'dm', 'handoff'] as const;
export type ExpectedAction = (typeof EXPECTED_ACTIONS)[number];

/** The labelling guide (bench/real-posts/README.md) defines each topic. */
export const TOPICS = [
  'fault', 'outage', 'delivery', 'travel', 'billing', 'refund', 'account', 'security', 'legal', 'safety',
  'abuse', 'churn', 'sarcasm', 'complaint', 'human', 'info', 'praise', 'vague',
] as const;
export type Topic = (typeof TOPICS)[number];

export type Split = 'dev' | 'test';

export interface RealPostLabel {
  source: RealPostSource;
  /** TWCS and airline: the tweet id; TweetSumm: the conversation id (its first customer turn); QA4FAQ: the query id. */
  id: string;
  split: Split;
  action: ExpectedAction;
  /** The lowest acceptable handoff priority; set exactly when the action is dm or handoff. */
  minPriority?: Priority;
  /** A public thank-you is right: genuine thanks or praise, no negative or ironic signal. */
  thanks: boolean;
  topic: Topic;
  /** ISO 639-1 code of the post's language. */
  lang: string;
  /** The example knowledge entry that answers the post, when one does (answer only). */
  entry?: string;
}

/** The label asks for a handoff at high or urgent priority: what high/urgent recall counts. */
export function needsHighPriority(label: Pick<RealPostLabel, 'minPriority'>): boolean {
  return label.minPriority === 'high' || label.minPriority === 'urgent';
}

export interface RealPost {
  label: RealPostLabel;
  /** The text as the customer posted it (X's &amp; escapes decoded, as the X adapter does). */
  text: string;
  /** The handle of the brand the post was addressed to, without @. */
  brand: string;
}

interface SourcePost {
  text: string;
  brand: string | undefined;
}

/** The labelled posts with their texts, in the order of the labels file. */
export function readRealPosts(labelsFile = LABELS_FILE, dataDir = DATA_DIR): RealPost[] {
  const labels = parseLabels(readFileSync(labelsFile, 'utf8'));
  const readers: Record<RealPostSource, (dir: string) => Map<string, SourcePost>> = {
    twcs: readTwcsCustomerTweets,
    tweetsumm: readTweetsummOpeners,
    airline: readAirlineTweets,
    qa4faq: readUtilityQueries,
  };
  // Only the sources the labels use are read: each is a file of its own under dataDir.
  const sources = new Map<RealPostSource, Map<string, SourcePost>>();
  const postsOf = (source: RealPostSource) => {
    const known = sources.get(source) ?? readers[source](dataDir);
    sources.set(source, known);
    return known;
  };
  return labels.map((label) => {
    const found = postsOf(label.source).get(label.id);
    if (found === undefined) throw new Error(`${labelsFile}: ${label.source} post ${label.id} is not in ${dataDir}`);
    if (found.brand === undefined) throw new Error(`${label.source} post ${label.id}: no brand handle to address`);
    return { label, text: decodeXText(found.text), brand: found.brand };
  });
}

/** Parses and checks the labels file; every problem names its line. */
export function parseLabels(text: string): RealPostLabel[] {
  const labels: RealPostLabel[] = [];
  const seen = new Set<string>();
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `labels line ${index + 1}`;
    const label = checkLabel(JSON.parse(line) as Record<string, unknown>, where);
    const key = `${label.source}:${label.id}`;
    if (seen.has(key)) throw new Error(`${where}: ${key} is labelled twice`);
    seen.add(key);
    labels.push(label);
  });
  return labels;
}

function checkLabel(row: Record<string, unknown>, where: string): RealPostLabel {
  const oneOf = <T extends string>(field: string, allowed: readonly T[]): T => {
    const value = row[field];
    if (typeof value !== 'string' || !allowed.includes(value as T)) {
      throw new Error(`${where}: ${field} must be one of ${allowed.join(', ')}, not ${JSON.stringify(value)}`);
    }
    return value as T;
  };
  const source = oneOf('source', REAL_POST_SOURCES);
  const id = row.id;
  if (typeof id !== 'string' || id === '') throw new Error(`${where}: id must be a non-empty string`);
  const split = oneOf('split', ['dev', 'test'] as const);
  if (split !== splitOf(source, id)) {
    throw new Error(`${where}: split must be ${splitOf(source, id)} (the hash of "${source}:${id}"), not ${split}`);
  }
  const action = oneOf('action', EXPECTED_ACTIONS);
  const needsPriority = action === 'dm' || action === 'handoff';
  if (needsPriority !== (row.minPriority !== undefined)) {
    throw new Error(`${where}: minPriority is required for dm and handoff, and only for them`);
  }
  if (typeof row.thanks !== 'boolean') throw new Error(`${where}: thanks must be true or false`);
  const lang = row.lang;
  if (typeof lang !== 'string' || !/^[a-z]{2}$/.test(lang)) throw new Error(`${where}: lang must be an ISO 639-1 code`);
  if (row.entry !== undefined && (action !== 'answer' || typeof row.entry !== 'string')) {
    throw new Error(`${where}: entry (a knowledge id) belongs to answer labels only`);
  }
  return {
    source,
    id,
    split,
    action,
    ...(needsPriority ? { minPriority: oneOf('minPriority', PRIORITIES) } : {}),
    thanks: row.thanks,
    topic: oneOf('topic', TOPICS),
    lang,
    ...(typeof row.entry === 'string' ? { entry: row.entry } : {}),
  };
}

/**
 * dev or test, from a hash of "source:id": fixed for ever, independent of the labels' order, and
 * about half and half. Tuning looks at dev only, so test shows whether a change generalises.
 */
export function splitOf(source: string, id: string): Split {
  const firstByte = createHash('sha256').update(`${source}:${id}`).digest()[0] ?? 0;
  return firstByte < 128 ? 'dev' : 'test';
}

/**
 * The post as if addressed to `exampleBrand`: every @mention of the addressed brand becomes
 * @exampleBrand, other handles stay plain mentions, and a post that named the brand only in
 * words (the brand found it by monitoring) gets the handle in front, as a mention would.
 */
export function addressBrand(text: string, brand: string, exampleBrand: string): string {
  if (!/^[A-Za-z0-9_]+$/.test(brand)) throw new Error(`not an X handle: ${JSON.stringify(brand)}`);
  const handle = new RegExp(`(?<![\\p{L}\\p{N}_@])@${brand}(?![A-Za-z0-9_])`, 'giu');
  let addressed = false;
  const rewritten = text.replace(handle, () => {
    addressed = true;
    return `@${exampleBrand}`;
  });
  return addressed ? rewritten : `@${exampleBrand} ${text}`;
}

const HANDLE = /(?<![\p{L}\p{N}_@])@([A-Za-z_][A-Za-z0-9_]*)/u;

/** The index of each named column of a CSV file's header; a missing one is named with its file. */
function columnsOf<const N extends readonly string[]>(file: string, header: readonly string[] | undefined, names: N): { [K in keyof N]: number } {
  return names.map((name) => {
    const at = header?.indexOf(name) ?? -1;
    if (at < 0) throw new Error(`${file}: no column ${name}`);
    return at;
  }) as { [K in keyof N]: number };
}

/** TWCS customer tweets; the brand is the account that answered (customer ids are numbers). */
export function readTwcsCustomerTweets(dataDir: string): Map<string, SourcePost> {
  const file = join(dataDir, 'twcs-sample', 'twcs_first_rows.csv');
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  const [id, author, inbound, text, responses] = columnsOf(file, header, ['tweet_id', 'author_id', 'inbound', 'text', 'response_tweet_id']);
  const byId = new Map(rows.map((row) => [row[id] ?? '', row]));
  const posts = new Map<string, SourcePost>();
  for (const row of rows) {
    if (row[inbound] !== 'True') continue;
    const answeredBy = (row[responses] ?? '')
      .split(',')
      .map((responseId) => byId.get(responseId))
      .find((response) => response !== undefined && response[inbound] === 'False');
    const brand = answeredBy?.[author] ?? HANDLE.exec(row[text] ?? '')?.[1];
    posts.set(row[id] ?? '', { text: row[text] ?? '', brand });
  }
  return posts;
}

/** TweetSumm dialogs: the first turn; the brand is the first handle the customer addresses. */
function readTweetsummOpeners(dataDir: string): Map<string, SourcePost> {
  const file = join(dataDir, 'tweetsumm', 'tweetsumm_dialogs_with_text.jsonl');
  const posts = new Map<string, SourcePost>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const dialog = JSON.parse(line) as { conversation_id: string; turns: { role: string; text: string }[] };
    const first = dialog.turns[0];
    if (first?.role !== 'customer') continue;
    const brand = dialog.turns
      .filter((turn) => turn.role === 'customer')
      .map((turn) => HANDLE.exec(turn.text)?.[1])
      .find((handle) => handle !== undefined && !/^\d+$/.test(handle));
    posts.set(dialog.conversation_id, { text: first.text, brand });
  }
  return posts;
}

/**
 * The airline set's texts went through a find-and-replace before publication: every "cancel"
 * became "Cancelled Flight" and every "late" "Late Flight", whole words or not ("Cancelled
 * Flightled" was "cancelled", "Late Flightr" was "later"). Undone here, so the bot reads what the
 * customers wrote.
 */
export function undoAirlineReplacements(text: string): string {
  return text.replace(/Cancelled Flight/g, 'cancel').replace(/Late Flight/g, 'late');
}

/** A tweet of Twitter US Airline Sentiment with what its crowd of annotators said about it. */
export interface AirlineTweet extends SourcePost {
  id: string;
  sentiment: 'negative' | 'neutral' | 'positive';
  /** The share of annotators who agreed on the sentiment, 0 to 1. */
  confidence: number;
  /** For negative tweets: the crowd's reason ("Lost Luggage", "Cancelled Flight", ...). */
  negativeReason: string | undefined;
}

/** Twitter US Airline Sentiment: some tweets appear twice; the first row counts. */
export function readAirlineCrowd(dataDir = DATA_DIR): AirlineTweet[] {
  const file = join(dataDir, 'twitter-airline-sentiment', 'Tweets.csv');
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  const [id, text, sentiment, confidence, reason] = columnsOf(file, header, ['tweet_id', 'text', 'airline_sentiment', 'airline_sentiment_confidence', 'negativereason']);
  const seen = new Set<string>();
  const tweets: AirlineTweet[] = [];
  for (const row of rows) {
    const tweetId = row[id] ?? '';
    if (seen.has(tweetId)) continue;
    seen.add(tweetId);
    const tweet = undoAirlineReplacements(row[text] ?? '');
    const said = row[sentiment];
    if (said !== 'negative' && said !== 'neutral' && said !== 'positive') throw new Error(`${file}: tweet ${tweetId} has sentiment ${JSON.stringify(said)}`);
    tweets.push({
      id: tweetId,
      text: tweet,
      brand: HANDLE.exec(tweet)?.[1],
      sentiment: said,
      confidence: Number(row[confidence]),
      negativeReason: row[reason] || undefined,
    });
  }
  return tweets;
}

/**
 * QA4FAQ: queries customers typed into a water utility's question-answering service (AQP
 * Risponde). They addressed no handle; the brand is the utility's name, and each is run as a
 * mention of the example brand, as a post that names its brand only in words is.
 */
export function readUtilityQueries(dataDir: string): Map<string, SourcePost> {
  const file = join(dataDir, 'qa4faq-it', 'qa4faq_question.tsv');
  const queries = new Map<string, SourcePost>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const [id, text] = line.split('\t');
    if (!id || text === undefined) throw new Error(`${file}: expected "id<TAB>query", got ${JSON.stringify(line)}`);
    queries.set(id, { text, brand: 'AQP' });
  }
  return queries;
}

function readAirlineTweets(dataDir: string): Map<string, SourcePost> {
  return new Map(readAirlineCrowd(dataDir).map((tweet) => [tweet.id, tweet]));
}
