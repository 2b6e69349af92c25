// A Studio for tests, started as `pronto studio` starts it (startStudio, in this process): the
// example knowledge copied to a temporary folder with an Italian-only entry (a missing
// translation, a first paragraph too long for a tweet, a question another entry answers) and a
// broken file, and a replay file of the example posts plus repeated questions
// no entry answers and a malformed line.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config.ts';
import { startStudio, type StudioServer } from '../../src/studio/start-studio.ts';
import { createRecordingLog } from '../support/recording-log.ts';
import { ROOT } from '../support/run-pronto.ts';

export interface TestStudio extends StudioServer {
  knowledgeDir: string;
  replayFile: string;
  lines: ReturnType<typeof createRecordingLog>['lines'];
}

/** Asked three times in the replay; no entry of the example knowledge answers it. */
export const REPEATED_QUESTIONS = [
  '@LumoAiuta vendete biciclette elettriche?',
  '@LumoAiuta avete biciclette elettriche in negozio?',
  '@LumoAiuta le biciclette elettriche le vendete anche online?',
];

export const ITALIAN_ONLY_ENTRY = `---
id: satispay
lang: it
title: Posso pagare con Satispay?
questions:
  - si può pagare con satispay?
  - accettate satispay
  - dove c'è un negozio lumo
tags: [satispay, pagamento]
---
Sì: con Satispay paghi ricariche e bollette dall'app Lumo, dal sito e in ogni negozio Lumo, senza commissioni e senza carta: basta collegare il tuo conto Satispay una volta nelle impostazioni dei pagamenti e confermare ogni pagamento satispay dall'app.
`;

export async function startTestStudio(): Promise<TestStudio> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pronto-studio-'));
  const knowledgeDir = path.join(dir, 'knowledge');
  await cp(path.join(ROOT, 'knowledge'), knowledgeDir, { recursive: true });
  await mkdir(path.join(knowledgeDir, 'extra'));
  await writeFile(path.join(knowledgeDir, 'extra/satispay.it.md'), ITALIAN_ONLY_ENTRY);
  await writeFile(path.join(knowledgeDir, 'extra/broken.md'), '---\nid: rotto\nlang: italian\ntitle: Rotto\n---\nNiente.\n');
  const replayFile = path.join(dir, 'posts.jsonl');
  const examples = (await readFile(path.join(ROOT, 'examples/inbound.jsonl'), 'utf8')).trim().split('\n');
  const repeated = REPEATED_QUESTIONS.map((text, index) =>
    JSON.stringify({
      id: `bike-${index}`,
      channel: 'twitter',
      kind: 'mention',
      conversationId: `bike-${index}`,
      author: { id: `b${index}`, handle: `bike_fan_${index}` },
      text,
      at: '2026-11-21T10:00:00Z',
      lang: 'it',
    }),
  );
  await writeFile(replayFile, [...examples, '{"id": "broken"', ...repeated].join('\n'));
  const { log, lines } = createRecordingLog('warn');
  const config = loadConfig({ PRONTO_KNOWLEDGE_DIR: knowledgeDir, PRONTO_BRAND_HANDLES: 'LumoAiuta' }, ROOT);
  const server = await startStudio({ config, log, port: 0, replayFile, evalFile: path.join(ROOT, 'examples/kb-eval.jsonl') });
  await server.ready;
  return {
    ...server,
    knowledgeDir,
    replayFile,
    lines,
    async close() {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
