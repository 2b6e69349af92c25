import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { GapReport } from '../../src/insights/format-gap-groups.ts';
import { runPronto } from '../support/run-pronto.ts';

const temporaryDirs: string[] = [];
afterEach(async () => {
  await Promise.all(temporaryDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

let lines = 0;
function post(text: string, lang = 'it'): string {
  lines += 1;
  return JSON.stringify({
    id: `g${lines}`,
    channel: 'twitter',
    kind: 'mention',
    conversationId: `g${lines}`,
    author: { id: `u${lines}`, handle: `user${lines}` },
    text,
    at: '2026-11-20T09:00:00Z',
    lang,
  });
}

async function replayFile(content: string[]): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pronto-gaps-'));
  temporaryDirs.push(dir);
  const file = path.join(dir, 'posts.jsonl');
  await writeFile(file, `${content.join('\n')}\n`);
  return file;
}

const REPEATED = [
  post('@LumoAiuta vendete biciclette elettriche?'),
  post('@LumoAiuta avete biciclette elettriche in negozio?'),
  post('@LumoAiuta le biciclette elettriche le vendete? scrivetemi a mario.rossi@example.it'),
  post('@LumoAiuta do you sell electric bikes?', 'en'),
  post('@LumoAiuta come faccio a ricaricare?'),
];

describe('pronto kb gaps', () => {
  it('groups repeated unanswered questions with their count, languages and an example, biggest first', async () => {
    const file = await replayFile([...REPEATED, post('@LumoAiuta avete un piano per aziende con un centralino?')]);
    const run = await runPronto(['kb', 'gaps', '--handle', 'LumoAiuta', file]);
    expect(run.code).toBe(0);
    const [heading, first, example] = run.stdout.split('\n');
    expect(heading).toMatch(/^\d+ questions the bot could not answer confidently \(of 6 messages\), in \d+ groups, biggest first:$/);
    expect(first).toMatch(/^\s+3×\s+.*biciclette elettriche.*\[it 3; closest entry: [a-z-]+\]$/);
    expect(example).toMatch(/e\.g\. "/);
    expect(run.stdout).not.toContain('mario.rossi@example.it');
    expect(run.stdout).not.toContain('come faccio a ricaricare');
  });

  it('prints the same groups as one JSON object with --json', async () => {
    const run = await runPronto(['kb', 'gaps', '--json', '--handle', 'LumoAiuta', await replayFile(REPEATED)]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as GapReport;
    expect(report).toMatchObject({ messages: 5, gaps: 4 });
    expect(report.groups[0]).toMatchObject({ count: 3, languages: [{ lang: 'it', count: 3 }], words: expect.arrayContaining(['biciclette']) });
    expect(run.stdout).not.toContain('mario.rossi');
  });

  it('reports malformed lines on stderr, groups the rest and exits 1', async () => {
    const run = await runPronto(['kb', 'gaps', '--handle', 'LumoAiuta', await replayFile(['{"id": "broken"', ...REPEATED])]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^line 1: /m);
    expect(run.stdout).toMatch(/3×/);
  });
});
