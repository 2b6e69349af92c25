// Splits a byte stream into numbered lines without ever holding more than `maxLineBytes` of one
// line: readline keeps a whole line in memory, so one 700 MB line crashes the process.

export type InputLine =
  | { number: number; text: string }
  /** The line went over the limit: reported as soon as it does, and its bytes dropped. */
  | { number: number; tooLong: true };

const LF = 0x0a;
const CR = 0x0d;

/**
 * Lines end with `\n`, `\r\n` or a lone `\r`, as readline reads them. A UTF-8 byte-order mark
 * at the start of the first line is dropped.
 */
export async function* readLines(input: AsyncIterable<Buffer | string>, maxLineBytes: number): AsyncGenerator<InputLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let number = 1;
  // The chunk ended right after a `\r`: a `\n` opening the next chunk belongs to that line end.
  let afterCr = false;
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let start = afterCr && bytes[0] === LF ? 1 : 0;
    afterCr = false;
    const nextLineEnd = lineEndFinder(bytes);
    while (start < bytes.length) {
      const end = nextLineEnd(start);
      const stop = end === -1 ? bytes.length : end;
      if (!tooLong) {
        if (size + stop - start > maxLineBytes) {
          tooLong = true;
          parts = [];
          size = 0;
          yield { number, tooLong: true };
        } else {
          parts.push(bytes.subarray(start, stop));
          size += stop - start;
        }
      }
      if (end === -1) break;
      if (!tooLong) yield { number, text: decode(parts, size, number) };
      parts = [];
      size = 0;
      tooLong = false;
      number += 1;
      start = end + 1;
      if (bytes[end] === CR) {
        if (start === bytes.length) afterCr = true;
        else if (bytes[start] === LF) start += 1;
      }
    }
  }
  if (size > 0) yield { number, text: decode(parts, size, number) };
}

/** Finds the next `\n` or `\r` from a position, searching each byte once per chunk, not once per line. */
function lineEndFinder(bytes: Buffer): (from: number) => number {
  let lf = -2; // -2: not searched yet; -1: none left in the chunk
  let cr = -2;
  return (from) => {
    if (lf !== -1 && lf < from) lf = bytes.indexOf(LF, from);
    if (cr !== -1 && cr < from) cr = bytes.indexOf(CR, from);
    if (cr === -1) return lf;
    return lf === -1 ? cr : Math.min(lf, cr);
  };
}

function decode(parts: Buffer[], size: number, number: number): string {
  const text = Buffer.concat(parts, size).toString('utf8');
  // Editors on Windows save UTF-8 with a byte-order mark; it is not part of the JSON.
  return number === 1 ? text.replace(/^\uFEFF/, '') : text;
}
