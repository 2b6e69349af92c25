import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// DESIGN section 1: src/core is channel-agnostic. It may use src/privacy and small pure
// libraries, never an adapter, a store, a composer, the knowledge loader or a vendor SDK.
const CORE_DIR = path.resolve(import.meta.dirname, '../../src/core');
const FORBIDDEN = [
  /^\.\.\/(\.\.\/)*(channels|store|llm|knowledge)\//,
  /^@slack\//,
  /^twitter-api-v2/,
  /^@microsoft\//,
  /^botbuilder/,
  /^ioredis/,
  /^bullmq/,
  /^openai/,
  /^@langchain\//,
  /^pino/,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) return sourceFiles(full);
    return item.name.endsWith('.ts') ? [full] : [];
  });
}

function importsOf(source: string): string[] {
  return [...source.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (match) => match[1] ?? match[2] ?? '',
  );
}

describe('src/core boundaries', () => {
  const files = sourceFiles(CORE_DIR);

  it('finds the core sources when it looks for them', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((file) => [path.relative(CORE_DIR, file), file]))(
    '%s imports no adapter, store, composer, knowledge loader or vendor SDK',
    (_name, file) => {
      const offending = importsOf(readFileSync(file, 'utf8')).filter((specifier) =>
        FORBIDDEN.some((pattern) => pattern.test(specifier)),
      );
      expect(offending).toEqual([]);
    },
  );

  it('catches a forbidden import when one is written', () => {
    const imports = importsOf("import { App } from '@slack/bolt';\nimport type { X } from '../store/redis.ts';");
    expect(imports.filter((s) => FORBIDDEN.some((p) => p.test(s)))).toEqual(['@slack/bolt', '../store/redis.ts']);
  });
});
