import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readLines, type InputLine } from '../../../src/channels/replay/read-lines.ts';

async function collect(chunks: Iterable<Buffer | string> | AsyncIterable<Buffer | string>, maxLineBytes = 1024): Promise<InputLine[]> {
  const lines: InputLine[] = [];
  for await (const line of readLines(Readable.from(chunks, { objectMode: false }), maxLineBytes)) lines.push(line);
  return lines;
}

describe('readLines', () => {
  it('numbers the lines whatever their ending, also when a line end is split across chunks', async () => {
    expect(await collect(['a\nb\r', '\nc\rd\r\n', '\r\ne'])).toEqual([
      { number: 1, text: 'a' },
      { number: 2, text: 'b' },
      { number: 3, text: 'c' },
      { number: 4, text: 'd' },
      { number: 5, text: '' },
      { number: 6, text: 'e' },
    ]);
  });

  it('drops a byte-order mark at the start of the first line only', async () => {
    expect(await collect(['\uFEFF{"a":1}\n\uFEFF{"b":2}\n'])).toEqual([
      { number: 1, text: '{"a":1}' },
      { number: 2, text: '\uFEFF{"b":2}' },
    ]);
  });

  it('decodes a character whose bytes are split across chunks', async () => {
    const bytes = Buffer.from('perché\n');
    const split = bytes.indexOf(0xc3) + 1;
    expect(await collect([bytes.subarray(0, split), bytes.subarray(split)])).toEqual([{ number: 1, text: 'perché' }]);
  });

  it('reports a line over the limit, skips its bytes and goes on with the next', async () => {
    const chunk = Buffer.alloc(64 * 1024, 'x');
    const fewMegabytes = Array.from({ length: 48 }, () => chunk);
    const lines = await collect(['ok\n', ...fewMegabytes, '\n', 'x'.repeat(1024), '\nlast'], 1024);
    expect(lines).toEqual([
      { number: 1, text: 'ok' },
      { number: 2, tooLong: true },
      { number: 3, text: 'x'.repeat(1024) },
      { number: 4, text: 'last' },
    ]);
  });

  it('reports a line over the limit as soon as it is, without waiting for its end', async () => {
    async function* endless() {
      yield Buffer.from('ok\n');
      for (;;) yield Buffer.alloc(64 * 1024, 'x');
    }
    const lines: InputLine[] = [];
    for await (const line of readLines(endless(), 1024)) {
      lines.push(line);
      if ('tooLong' in line) break;
    }
    expect(lines).toEqual([{ number: 1, text: 'ok' }, { number: 2, tooLong: true }]);
  });
});
