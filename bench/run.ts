// `npm run bench [-- NAME ...] [-- --update-readme]`: every benchmark in its own process, the
// tables printed as markdown with the date and the machine, optionally written into the README.
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatTable, type BenchTable } from './table.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ALL = ['matching', 'qa4faq', 'personal-data', 'triage', 'replay', 'x-service', 'facebook-webhook', 'botframework', 'studio', 'gap-report', 'real-posts', 'airline-crowd', 'utility-queries', 'urgent-probes', 'thanks-probes', 'account-probes', 'blind-probes', 'detectors', 'llm-injection', 'llm-latency', 'embeddings'];
const README_START = '<!-- bench:start -->';
const README_END = '<!-- bench:end -->';

function runOne(name: string): Promise<BenchTable[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/run-one.ts'), name], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`benchmark ${name} exited with ${code}`));
      else resolve(JSON.parse(output) as BenchTable[]);
    });
  });
}

const args = process.argv.slice(2);
const updateReadme = args.includes('--update-readme');
const names = args.filter((arg) => !arg.startsWith('--'));
const selected = names.length > 0 ? names : ALL;

const sections: string[] = [];
for (const name of selected) {
  process.stderr.write(`bench: running ${name}...\n`);
  const started = Date.now();
  const tables = await runOne(name);
  process.stderr.write(`bench: ${name} done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  for (const table of tables) {
    const section = formatTable(table);
    sections.push(section);
    process.stdout.write(`${section}\n\n`);
  }
}

const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
const machine = `${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.arch()}`;
process.stdout.write(`Measured ${machine}.\n`);

if (updateReadme) {
  if (names.length > 0) throw new Error('--update-readme rewrites every figure: run it without benchmark names');
  const readmePath = path.join(ROOT, 'README.md');
  const readme = await readFile(readmePath, 'utf8');
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${README_START} ... ${README_END} section`);
  const body = `\nMeasured ${machine}, with \`npm run bench\`.\n\n${sections.join('\n\n')}\n`;
  await writeFile(readmePath, readme.slice(0, start + README_START.length) + body + readme.slice(end));
  process.stderr.write('bench: README.md updated\n');
}
