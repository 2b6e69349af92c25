// Reading our own sources for what they import: boundary tests check that a layer never reaches
// into one it must not know.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) return sourceFiles(full);
    return item.name.endsWith('.ts') ? [full] : [];
  });
}

export function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (match) => match[1] ?? match[2] ?? '',
  );
}

/**
 * Our sources `file` loads when it is imported: its static imports of values (`import type`
 * loads nothing), followed through our own files. Dynamic `import()` is left out: it loads later.
 */
export function staticallyLoaded(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const match of source.matchAll(/^(?:import|export)\s+(?!type\s)[^'";]*?from\s+['"](\.[^'"]+)['"]|^import\s+['"](\.[^'"]+)['"]/gm)) {
    staticallyLoaded(path.resolve(path.dirname(file), match[1] ?? match[2] ?? ''), seen);
  }
  return seen;
}
