// Real customer tweets that no entry of the example knowledge (a telecom's) answers: TWCS
// customer tweets to brands that are not telecoms or internet providers, minus the posts
// labelled for the real-posts evaluation (its test half must stay unseen). They are the
// out-of-scope side of the confidence fit (bench/matching.ts --fit): on social media most posts
// a brand receives match no entry. Third-party data (CC BY-NC-SA): read here, never copied.
import { readFileSync } from 'node:fs';
import { decodeXText } from '../src/channels/twitter/decode-x-text.ts';
import { DATA_DIR } from './datasets.ts';
import { LABELS_FILE, parseLabels, readTwcsCustomerTweets } from './read-real-posts.ts';

// The telecoms and internet providers of TWCS (as bench/real-posts/README.md lists them): their
// customers ask what the example knowledge answers.
const TELECOM_HANDLES = new Set(
  [
    'sprintcare', 'comcastcares', 'TMobileHelp', 'VerizonSupport', 'Ask_Spectrum', 'CoxHelp', 'CenturyLinkHelp',
    'BoostCare', 'airtel_care', 'idea_cares', 'Safaricom_Care', 'GloCare', 'O2', 'USCellularCares',
  ].map((handle) => handle.toLowerCase()),
);

export function readOtherBrandPosts(dataDir = DATA_DIR): string[] {
  const labelled = new Set(
    parseLabels(readFileSync(LABELS_FILE, 'utf8'))
      .filter((label) => label.source === 'twcs')
      .map((label) => label.id),
  );
  const posts: string[] = [];
  for (const [id, { text, brand }] of readTwcsCustomerTweets(dataDir)) {
    if (labelled.has(id) || brand === undefined || TELECOM_HANDLES.has(brand.toLowerCase())) continue;
    posts.push(decodeXText(text));
  }
  return posts;
}
