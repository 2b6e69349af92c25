import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAirlineCrowd, undoAirlineReplacements } from '../../bench/read-real-posts.ts';

describe('undoAirlineReplacements', () => {
  it.each([
    ['my flight was Cancelled Flightled again', 'my flight was cancelled again'],
    ['so many Cancelled Flightations today', 'so many cancelations today'],
    ['Late Flight again, see you Late Flightr', 'late again, see you later'],
    ['they Cancelled Flighted my booking', 'they canceled my booking'],
  ])('gives back what the customer wrote when the set replaced it: %s', (published, written) => {
    expect(undoAirlineReplacements(published)).toBe(written);
  });

  it('leaves a text alone when the set replaced nothing in it', () => {
    expect(undoAirlineReplacements('flight cancelled, bag lost')).toBe('flight cancelled, bag lost');
  });
});

describe('readAirlineCrowd', () => {
  const header = 'tweet_id,airline_sentiment,airline_sentiment_confidence,negativereason,negativereason_confidence,airline,text';
  const withRows = (...rows: string[]) => {
    const dir = mkdtempSync(join(tmpdir(), 'airline-'));
    mkdirSync(join(dir, 'twitter-airline-sentiment'));
    writeFileSync(join(dir, 'twitter-airline-sentiment', 'Tweets.csv'), [header, ...rows].join('\n'));
    return dir;
  };

  it('reads each tweet once, with the crowd’s sentiment, agreement and reason, as the customer wrote it', () => {
    const dir = withRows(
      '1,negative,0.95,Cancelled Flight,0.8,Delta,"@Delta my flight got Cancelled Flighted, again"',
      '2,positive,1.0,,,Delta,@Delta great crew today',
      '1,neutral,0.5,,,Delta,@Delta a later copy of tweet 1',
    );
    expect(readAirlineCrowd(dir)).toEqual([
      { id: '1', text: '@Delta my flight got canceled, again', brand: 'Delta', sentiment: 'negative', confidence: 0.95, negativeReason: 'Cancelled Flight' },
      { id: '2', text: '@Delta great crew today', brand: 'Delta', sentiment: 'positive', confidence: 1, negativeReason: undefined },
    ]);
  });

  it('names the tweet whose sentiment it cannot read', () => {
    expect(() => readAirlineCrowd(withRows('7,angry,1.0,,,Delta,@Delta hi'))).toThrow(/tweet 7 has sentiment "angry"/);
  });
});
