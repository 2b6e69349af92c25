import { describe, expect, it } from 'vitest';
import { tokenizeText } from '../../../src/core/triage/tokenize-text.ts';
import { featuresOf, trainWordClassifier } from '../../../src/core/triage/train-word-classifier.ts';

const post = (text: string, signals: string[] = []) => ({ tokens: tokenizeText(text), signals });
const examples = [
  { positive: true, ...post('the app crashes every time') },
  { positive: true, ...post('my parcel never arrived') },
  { positive: true, ...post('no signal since monday', ['problem']) },
  { positive: false, ...post('how do I change my plan') },
  { positive: false, ...post('love the new app') },
  { positive: false, ...post('what time does the shop open', ['question']) },
];

describe('trainWordClassifier', () => {
  it('separates the examples it learnt from, and reads new posts by the words they share', () => {
    const model = trainWordClassifier(examples);
    for (const example of examples) expect(model.probability(example) > 0.5).toBe(example.positive);
    expect(model.probability(post('the parcel crashes, never arrived'))).toBeGreaterThan(0.5);
    expect(model.probability(post('how do I open the shop app'))).toBeLessThan(0.5);
  });

  it('weighs signals found by other means like words', () => {
    const model = trainWordClassifier(examples);
    expect(model.probability(post('zzz', ['problem']))).toBeGreaterThan(model.probability(post('zzz')));
    expect(model.probability(post('zzz', ['question']))).toBeLessThan(model.probability(post('zzz')));
  });

  it('reads a post the same whatever model read it before, and a repeated signal once', () => {
    const model = trainWordClassifier(examples);
    const other = trainWordClassifier(examples.map((example) => ({ ...example, positive: !example.positive })));
    const read = post('no signal, the app crashes', ['problem', 'problem']);
    const once = model.probability(read);
    other.probability(read);
    expect(model.probability(read)).toBe(once);
    expect(once).toBe(model.probability(post('no signal, the app crashes', ['problem'])));
  });

  it('gives the prior to a post with no known word, and the same model for the same examples', () => {
    const model = trainWordClassifier(examples);
    expect(model.probability(post('qwerty asdf'))).toBeCloseTo(0.5, 1);
    expect(trainWordClassifier(examples).probability(post('app never arrived'))).toBe(model.probability(post('app never arrived')));
  });

  it('tells the weight of each feature of a post it learnt, and leaves out the ones it never saw', () => {
    const weights = trainWordClassifier(examples).weightsOf(post('crashes how qwerty', ['question']));
    expect(weights.get('crashes')).toBeGreaterThan(0);
    expect(weights.get('how')).toBeLessThan(0);
    expect(weights.get('@question')).toBeLessThan(0);
    expect(weights.has('qwerty')).toBe(false);
  });

  it('lets a stronger penalty keep a word seen once from deciding alone', () => {
    const loose = trainWordClassifier(examples, { l2: 0 });
    const strict = trainWordClassifier(examples, { l2: 0.5 });
    expect(Math.abs(strict.probability(post('monday')) - 0.5)).toBeLessThan(Math.abs(loose.probability(post('monday')) - 0.5));
  });
});

describe('featuresOf', () => {
  it('reads words, stems of long words, pairs inside a clause, numbers as one word, and signals', () => {
    expect([...featuresOf(post('cancelled 2 flights. refund', ['problem']))].sort()).toEqual(
      ['#', '# flights', '@problem', 'cance~', 'cancelled', 'cancelled #', 'fligh~', 'flights', 'refund'].sort(),
    );
  });
});
