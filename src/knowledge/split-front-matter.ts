// Separates the YAML front matter from the markdown body of a knowledge file, tolerating what
// editors' tools produce: a byte-order mark, Windows line endings, tab indentation.

export type FrontMatterSplit =
  | {
      ok: true;
      /** YAML text between the `---` lines, tabs in indentation turned into spaces. */
      yaml: string;
      body: string;
      /** 1-based file line of the first YAML line, to turn YAML positions into file lines. */
      yamlFirstLine: number;
      /** 1-based file lines whose indentation used tabs. */
      tabLines: number[];
    }
  | { ok: false; reason: 'missing' | 'unclosed' };

const OPENING = /^---[ \t]*$/;
// YAML allows `...` to end a document; some tools write it.
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/;
// YAML forbids tabs in indentation; editors insert them anyway. Two spaces keep nesting.
const SPACES_PER_TAB = 2;

export function normalizeSource(source: string): string {
  return source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export function splitFrontMatter(text: string): FrontMatterSplit {
  const lines = text.split('\n');
  // Blank lines before the opening `---` are a harmless slip; anything else means no front matter.
  const opening = lines.findIndex((line) => line.trim() !== '');
  if (opening === -1 || !OPENING.test(lines[opening] ?? '')) return { ok: false, reason: 'missing' };
  const closing = lines.findIndex((line, index) => index > opening && CLOSING.test(line));
  if (closing === -1) return { ok: false, reason: 'unclosed' };
  const yamlFirstLine = opening + 2;
  const tabLines: number[] = [];
  const yamlLines = lines.slice(opening + 1, closing).map((line, index) => {
    const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
    if (!indent.includes('\t')) return line;
    tabLines.push(index + yamlFirstLine);
    return indent.replace(/\t/g, ' '.repeat(SPACES_PER_TAB)) + line.slice(indent.length);
  });
  return {
    ok: true,
    yaml: yamlLines.join('\n'),
    body: lines.slice(closing + 1).join('\n'),
    yamlFirstLine,
    tabLines,
  };
}
