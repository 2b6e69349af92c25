// One desk, two views: the desk (src/desk) knows no view, and the Studio drives the desk without
// going through Slack. A view that reached into another would put decisions back in a view. A
// channel's own facts (where a Facebook comment's link goes) are no view: the desk may read them.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, sourceFiles } from '../support/source-imports.ts';

const SRC = path.resolve(import.meta.dirname, '../../src');

const RULES: [string, RegExp[]][] = [
  ['desk', [/\/channels\/slack\//, /\/studio\//, /^@slack\//, /^express/]],
  ['studio', [/\/channels\/slack\//, /^@slack\//]],
];

describe('desk boundaries', () => {
  for (const [folder, forbidden] of RULES) {
    const files = sourceFiles(path.join(SRC, folder));

    it(`finds the src/${folder} sources when it looks for them`, () => {
      expect(files.length).toBeGreaterThan(4);
    });

    it.each(files.map((file) => [path.relative(SRC, file), file]))('%s imports no view and no Slack', (_name, file) => {
      expect(importsOf(file).filter((specifier) => forbidden.some((pattern) => pattern.test(specifier)))).toEqual([]);
    });
  }
});
