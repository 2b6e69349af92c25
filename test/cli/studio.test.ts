// `pronto studio` as a person runs it: the real bin, on a port of 127.0.0.1, answering at once
// and ready once the knowledge is loaded; a port in use or a bad flag said clearly.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, runPronto } from '../support/run-pronto.ts';
import { staticallyLoaded } from '../support/source-imports.ts';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGTERM');
});

/** Starts `pronto studio` and resolves with its URL once it says it is ready. */
function startCli(args: string[]): Promise<{ url: string; output: () => string }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/pronto.js'), 'studio', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
  });
  children.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const url = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (url && output.includes('Pronto Studio is ready.')) resolve({ url, output: () => output });
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('exit', (code) => reject(new Error(`pronto studio exited with ${code}: ${output}`)));
  });
}

describe('pronto studio', () => {
  it('serves the Studio with the example knowledge on 127.0.0.1 when started with no options but a port', async () => {
    const { url, output } = await startCli(['--port', '0']);
    expect(output()).toMatch(new RegExp(`^Pronto Studio on http://127\\.0\\.0\\.1:\\d+ \\(knowledge: ${ROOT}/knowledge\\)\\. Ctrl\\+C stops it\\.$`, 'm'));
    const home = await fetch(`${url}/index.json`);
    expect(home.status).toBe(200);
    // The example posts were replayed: the gap report and the team view have something to show.
    expect(await home.json()).toMatchObject({ entries: 35, posts: expect.any(Number), gaps: expect.any(Number) });
  });

  it('says the port is in use and exits 1 when another program has it', async () => {
    const taken = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => taken.once('listening', resolve));
    const port = (taken.address() as { port: number }).port;
    const run = await runPronto(['studio', '--port', String(port)]);
    taken.close();
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`pronto: port ${port} on 127.0.0.1 is in use: pass --port with another number`);
  });

  it('listens on 127.0.0.1:4000 when no port is given', async () => {
    // Holding 4000 ourselves (or finding it held) makes the default port show in the refusal,
    // without leaving a Studio on a fixed port behind.
    const held = createServer().listen(4000, '127.0.0.1');
    await new Promise((resolve) => held.once('listening', resolve).once('error', resolve));
    const run = await runPronto(['studio']);
    held.close();
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('pronto: port 4000 on 127.0.0.1 is in use: pass --port with another number');
  });

  it('says what a port is and exits 2 when --port is not one', async () => {
    const run = await runPronto(['studio', '--port', 'eighty']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^pronto: --port eighty is not a port number \(0-65535\)/);
  });
  it('names the missing knowledge folder and exits 1 when --knowledge points nowhere', async () => {
    const run = await runPronto(['studio', '--port', '0', '--knowledge', '/nonexistent/knowledge']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('pronto: the knowledge folder /nonexistent/knowledge does not exist');
  });
});

describe('pronto studio before it listens', () => {
  it('loads neither the responder nor the Studio\'s pages: they load while the starting page answers', () => {
    const loaded = [...staticallyLoaded(path.join(ROOT, 'src/cli.ts')), ...staticallyLoaded(path.join(ROOT, 'src/studio/start-studio.ts'))].map((file) =>
      path.relative(ROOT, file),
    );
    expect(loaded).toContain('src/studio/html.ts');
    expect(loaded.filter((file) => ['src/app.ts', 'src/studio/create-studio.ts', 'src/privacy/mask-personal-data.ts'].includes(file))).toEqual([]);
  });
});
