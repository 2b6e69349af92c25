import { describe, expect, it } from 'vitest';
import { runPronto } from '../support/run-pronto.ts';

// `pronto kb ask` prints what formatAsk renders, from the real responder on the example knowledge.
describe('formatAsk', () => {
  it('shows each match with its coverage and why one shared word is not enough to answer', async () => {
    const run = await runPronto(['kb', 'ask', '--lang', 'en', 'my internet is not working. Can you help?']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^matches \(answer threshold 0\.6; coverage = share of the question's topic words the entry has\):$/m);
    expect(run.stdout).toMatch(/^\s+0\.\d\d\s+apn\s+.*\[below threshold, coverage 100%, 1 shared word: too few to answer\]$/m);
    expect(run.stdout).not.toMatch(/decision: answer/);
  });

  it('tells the editor which country keeps an entry that lists countries from answering, and what to do', async () => {
    const run = await runPronto(['kb', 'ask', '--lang', 'it', 'vorrei attivare il roaming prima del viaggio in Giappone']);
    expect(run.stdout).toMatch(
      /^\s+0\.\d\d\s+roaming-ue\s+.*\[below threshold, coverage 0%, \d shared words: the question names Japan, which no entry names \(name it in the entry that covers it\)\]$/m,
    );
    expect(run.stdout).toMatch(/^decision: holding reply \+ hand off/m);
  });

  it('shows the coverage of a confident match when the entry covers the question', async () => {
    const run = await runPronto(['kb', 'ask', '--lang', 'it', 'come faccio a ricaricare la sim?']);
    expect(run.stdout).toMatch(/^\s+0\.\d\d\s+ricarica\s+.*\[confident, coverage 100%, 2 shared words\]$/m);
  });
});
