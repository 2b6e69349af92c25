import { describe, expect, it } from 'vitest';
import { undoAirlineReplacements } from '../../bench/read-real-posts.ts';

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
