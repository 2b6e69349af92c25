import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../src/cli.ts';
import type { Action, HandoffAction, InboundMessage } from '../../src/core/model.ts';
import { PRIORITIES } from '../../src/core/model.ts';
import { countTweetChars, MAX_TWEET_CHARS } from '../../src/llm/fit-to-channel.ts';
import { parseJsonLines, ROOT, runPronto, type RunResult } from '../support/run-pronto.ts';

const INBOUND = path.join(ROOT, 'examples/inbound.jsonl');
const inbound = parseJsonLines<InboundMessage>(readFileSync(INBOUND, 'utf8'));

function textsOf(actions: Action[]): string[] {
  return actions.flatMap((action) =>
    action.type === 'handoff' ? [action.draft] : action.type === 'ignore' ? [] : [action.text],
  );
}

describe('pronto replay on the example inbound file', () => {
  let run: RunResult;
  let actions: Action[];
  const of = (event: string) => actions.filter((action) => action.event === event);
  const handoffOf = (event: string) => of(event).find((a): a is HandoffAction => a.type === 'handoff');

  beforeAll(async () => {
    run = await runPronto(['replay', '--handle', 'LumoAiuta', INBOUND]);
    actions = parseJsonLines<Action>(run.stdout);
  });

  it('exits 0 and prints a summary on stderr when every line is valid', () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/28 messages → \d+ replies, \d+ DMs, \d+ handoffs, \d+ ignored/);
  });

  it('accounts for every inbound message with at least one action', () => {
    for (const message of inbound) expect(of(message.id).length, message.id).toBeGreaterThan(0);
  });

  it('answers a public question in public, in Italian, by first name, from the knowledge', () => {
    const [reply] = of('1860012');
    expect(reply).toMatchObject({ type: 'reply', channel: 'twitter', to: '42', lang: 'it', sources: ['ricarica'] });
    expect(reply?.type === 'reply' && reply.text).toMatch(/^Ciao Mario!/);
  });

  it('answers in English when the customer writes in English', () => {
    expect(of('1860013')).toEqual([expect.objectContaining({ type: 'reply', lang: 'en', sources: ['roaming-ue'] })]);
  });

  it('acknowledges a double charge in public, continues in a DM and hands the complaint to a person', () => {
    expect(of('1860015').map((a) => a.type)).toEqual(['reply', 'dm', 'handoff']);
    expect(of('1860015')[1]).toMatchObject({ type: 'dm', to: '47', sources: ['rimborso'] });
    expect(of('1860015')[2]).toMatchObject({ type: 'handoff', reasons: expect.arrayContaining(['complaint', 'account']) });
  });

  it('never repeats personal data posted in public, and moves to a DM', () => {
    const events = of('1860016');
    const publicTexts = events.filter((a) => a.type === 'reply').flatMap((a) => textsOf([a]));
    expect(publicTexts.length).toBeGreaterThan(0);
    for (const text of publicTexts) {
      expect(text).not.toMatch(/347|4567|giorgio\.test/);
    }
    expect(events.some((a) => a.type === 'dm')).toBe(true);
  });

  it('never prints a full card number anywhere', () => {
    expect(run.stdout).not.toContain('4111 1111 1111 1111');
    expect(run.stdout).not.toMatch(/4111\D?1111\D?1111\D?1111/);
  });

  it('asks back when the message is vague or emoji only', () => {
    for (const event of ['1860018', '1860032']) {
      expect(of(event)).toEqual([expect.objectContaining({ type: 'reply', sources: [] })]);
    }
  });

  it('thanks in public, in the language of the thanks', () => {
    expect(of('1860019')).toEqual([expect.objectContaining({ type: 'reply', lang: 'it' })]);
    expect(of('1860037')).toEqual([expect.objectContaining({ type: 'reply', lang: 'fr' })]);
  });

  it('answers an outage from the active notice', () => {
    expect(of('1860021')).toEqual([expect.objectContaining({ type: 'reply', sources: ['guasto-fibra-milano'] })]);
  });

  it('puts a faulty service above an information request, an influencer above the same complaint, legal threats at the top', () => {
    const rank = (event: string) => PRIORITIES.indexOf(handoffOf(event)!.priority);
    expect(rank('1860020')).toBeGreaterThan(rank('1860029'));
    expect(rank('1860022')).toBeGreaterThan(rank('1860020'));
    expect(handoffOf('1860022')!.reasons).toContain('influencer');
    expect(handoffOf('1860023')).toMatchObject({ priority: 'urgent', reasons: expect.arrayContaining(['legal']) });
    expect(handoffOf('1860024')).toMatchObject({ priority: 'urgent', reasons: expect.arrayContaining(['safety']) });
  });

  it('answers every post of a customer who repeats a complaint', () => {
    expect(of('1860026').map((a) => a.type)).toEqual(of('1860020').map((a) => a.type));
    expect(of('1860026').some((a) => a.type === 'reply')).toBe(true);
  });

  it('never answers in another language: a holding reply in Spanish and a human', () => {
    const events = of('1860027');
    expect(events.some((a) => a.type === 'handoff')).toBe(true);
    for (const action of events) if (action.type === 'reply') expect(action.lang).toBe('es');
  });

  it('hands a specific question it cannot answer to a human instead of guessing', () => {
    expect(handoffOf('1860029')?.reasons).toContain('no-confident-answer');
    expect(of('1860029').find((a) => a.type === 'reply')?.type === 'reply' && of('1860029').find((a) => a.type === 'reply')).toMatchObject({ sources: [] });
  });

  it('sends a private entry in a DM, after a public acknowledgement', () => {
    expect(of('1860030').map((a) => a.type)).toEqual(['reply', 'dm']);
    expect(of('1860030')[1]).toMatchObject({ sources: ['disdetta'] });
  });

  it('does not answer from an expired notice', () => {
    expect(of('1860031').flatMap((a) => ('sources' in a ? a.sources : []))).not.toContain('manutenzione-rete-torino');
  });

  it('leaves abuse to a human without a bot reply', () => {
    expect(of('1860033').map((a) => a.type)).toEqual(['handoff']);
  });

  it('ignores spam, retweets, its own posts and redelivered messages, with the reason', () => {
    expect(of('1860034')).toEqual([expect.objectContaining({ type: 'ignore', reasons: ['spam'] })]);
    expect(of('1860035')).toEqual([expect.objectContaining({ type: 'ignore', reasons: ['retweet'] })]);
    expect(of('1860036')).toEqual([expect.objectContaining({ type: 'ignore', reasons: ['own-post'] })]);
    expect(of('1860012').at(-1)).toMatchObject({ type: 'ignore', reasons: ['duplicate'] });
  });

  it('fits every public reply on X into one post', () => {
    const mentions = new Set(inbound.filter((m) => m.kind === 'mention').map((m) => m.id));
    for (const action of actions) {
      if (action.type === 'reply' && mentions.has(action.event)) {
        expect(countTweetChars(action.text), action.text).toBeLessThanOrEqual(MAX_TWEET_CHARS);
      }
    }
  });

  it('never sends the customer to a toll-free number or says it is only the social team', () => {
    for (const text of textsOf(actions)) {
      expect(text).not.toMatch(/numero verde|toll[- ]free|solo il team social|only the social team/i);
    }
  });

  it('gives every handoff a priority, reasons, a summary and a draft that the bot has not sent, and says where it goes', () => {
    const handoffs = actions.filter((a): a is HandoffAction => a.type === 'handoff');
    expect(handoffs.length).toBeGreaterThan(5);
    for (const handoff of handoffs) {
      expect(PRIORITIES).toContain(handoff.priority);
      expect(handoff.reasons.length).toBeGreaterThan(0);
      expect(handoff.draft.length).toBeGreaterThan(0);
      expect(handoff.summary).toMatch(/^[A-Z][^·]*(: «.*»)? · /);
      expect(['reply', 'dm']).toContain(handoff.draftFor);
      expect(handoff.draftBy).toBe('templates');
      expect(textsOf(of(handoff.event).filter((a) => a !== handoff))).not.toContain(handoff.draft);
    }
  });
});

describe('pronto replay with bad input', () => {
  const line = (overrides: Record<string, unknown>) =>
    JSON.stringify({
      id: 'm1',
      channel: 'twitter',
      kind: 'mention',
      author: { id: '7', name: 'Carla Gialli' },
      text: '@LumoAiuta come faccio a ricaricare?',
      lang: 'it',
      ...overrides,
    });

  it('reports a malformed line as line N on stderr, processes the rest and exits 1', async () => {
    const input = [
      line({ id: 'a' }),
      '{not json',
      line({ id: 'b', kind: 'post' }),
      JSON.stringify({ id: 'c', channel: 'twitter', kind: 'mention', text: 'hi' }),
      line({ id: 'd' }),
    ].join('\n');
    const run = await runPronto(['replay', '--handle', 'LumoAiuta', '-'], { stdin: input });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^line 2: not valid JSON/m);
    expect(run.stderr).toMatch(/^line 3: kind: "post" is not "mention"/m);
    expect(run.stderr).toMatch(/^line 4: author: missing/m);
    expect(parseJsonLines<Action>(run.stdout).map((a) => a.event)).toEqual(expect.arrayContaining(['a', 'd']));
  });

  it('gives an empty, an emoji-only and a 10,000-character message a sensible action', async () => {
    const long = `@LumoAiuta ${'la fibra non va '.repeat(700)}`.slice(0, 10_000);
    const input = [line({ id: 'e', text: '' }), line({ id: 'f', text: '🙂🙂🙂' }), line({ id: 'g', text: long })].join('\n');
    const run = await runPronto(['replay', '-'], { stdin: input });
    expect(run.code).toBe(0);
    const actions = parseJsonLines<Action>(run.stdout);
    for (const event of ['e', 'f', 'g']) expect(actions.filter((a) => a.event === event).length).toBeGreaterThan(0);
    expect(actions.filter((a) => a.event === 'g').some((a) => a.type === 'handoff')).toBe(true);
  });

  it('prints a readable view with --pretty', async () => {
    const run = await runPronto(['replay', '--pretty', '-'], { stdin: line({ id: 'p' }) });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('twitter mention p');
    expect(run.stdout).toMatch(/→ reply \(it\): Ciao Carla!/);
  });

  it('says which file it cannot read', async () => {
    const run = await runPronto(['replay', 'no/such/file.jsonl']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('pronto: cannot read no/such/file.jsonl: no such file\n');
  });

  it('says that a folder is not a file and exits 2 like other usage mistakes', async () => {
    const run = await runPronto(['replay', 'examples']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^pronto: examples is a folder; replay takes a file of JSON lines\n/);
    expect(run.stderr).not.toMatch(/EISDIR|at .*:\d+:\d+/);
  });

  it('reads a file that starts with a UTF-8 byte-order mark', async () => {
    const run = await runPronto(['replay', '-'], { stdin: `\uFEFF${line({ id: 'bom' })}\n` });
    expect(run.code).toBe(0);
    expect(parseJsonLines<Action>(run.stdout).map((a) => a.event)).toContain('bom');
  });

  it('reports a line over 1 MB as too long, skips it, processes the rest and exits 1', async () => {
    const huge = line({ id: 'huge', text: 'a'.repeat(1024 * 1024) });
    const run = await runPronto(['replay', '-'], { stdin: [line({ id: 'a' }), huge, line({ id: 'b' })].join('\n') });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^line 2: too long \(over 1048576 bytes\)$/m);
    const events = parseJsonLines<Action>(run.stdout).map((a) => a.event);
    expect(events).toEqual(expect.arrayContaining(['a', 'b']));
    expect(events).not.toContain('huge');
  });

  it('reports a time that is not ISO 8601 and wrongly typed author fields instead of guessing', async () => {
    const input = [line({ id: 'a', at: 12 }), line({ id: 'b', author: { id: '7', followers: '120000' } })].join('\n');
    const run = await runPronto(['replay', '-'], { stdin: input });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^line 1: at: must be an ISO 8601 time such as 2026-11-20T09:00:00Z, not a number$/m);
    expect(run.stderr).toMatch(/^line 2: author\.followers: must be a number, not text$/m);
    expect(run.stdout).toBe('');
  });

  it('keeps what it printed and names where it stopped when the input fails mid-way', async () => {
    // A real stream that delivers one message and then fails, as a file on a failing disk does.
    const stdin = new Readable({ read() {} });
    stdin.push(`${line({ id: 'before' })}\n`);
    const out: string[] = [];
    const err: string[] = [];
    let printed: () => void = () => {};
    const firstOutput = new Promise<void>((resolve) => (printed = resolve));
    const stdout = (text: string) => {
      out.push(text);
      printed();
    };
    const io: CliIo = { stdin, stdout, stderr: (t) => err.push(t), env: {}, cwd: ROOT };
    const running = main(['replay', '--handle', 'LumoAiuta', '-'], io);
    await firstOutput;
    stdin.destroy(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' }));
    expect(await running).toBe(1);
    expect(parseJsonLines<Action>(out.join('')).map((a) => a.event)).toContain('before');
    expect(err.join('')).toBe('pronto: cannot read standard input after 1 messages: EIO: i/o error, read\n');
  });

  describe('when the reader of its output goes away', () => {
    let dir: string;

    beforeAll(async () => {
      dir = await mkdtemp(path.join(os.tmpdir(), 'pronto-replay-'));
    });

    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('stops quietly with exit code 0, as in pronto replay FILE | head', async () => {
      const file = path.join(dir, 'many.jsonl');
      await writeFile(file, Array.from({ length: 50 }, (_, i) => line({ id: `m${i}`, author: { id: `a${i}` } })).join('\n'));
      const run = await runPronto(['replay', file], { closeStdoutAfter: 1 });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
    });
  });
});

