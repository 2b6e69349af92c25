// Reads a probe file of our own (bench/*-probes/posts.jsonl): one JSON object per line, each
// checked, so a mistyped kind or language fails the bench with its line instead of skewing it.
import { readFileSync } from 'node:fs';

export function readProbes<P>(file: string, isProbe: (row: Record<string, unknown>) => boolean, expected: string): P[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const row = JSON.parse(line) as Record<string, unknown>;
      if (!isProbe(row)) throw new Error(`${file}:${index + 1}: expected ${expected}`);
      return row as P;
    });
}
