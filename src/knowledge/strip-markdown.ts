// Turns one markdown paragraph into the plain text a tweet or an SMS-like channel can show:
// the syntax goes, the words and the web addresses stay readable.

const URL_PATTERN = /https?:\/\/[^\s<>()]+[^\s<>().,;:!?'"]/g;

export function stripMarkdown(markdown: string): string {
  const withoutBlocks = markdown
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+/, '') // heading
        .replace(/\s+#+\s*$/, '') // closing hashes of a heading
        .replace(/^\s*>\s?/, '') // quote
        .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, ''), // list item
    )
    .join(' ');
  const withoutLinks = withoutBlocks
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // image: its alt text
    .replace(/\[([^\]]+)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g, (_all, text: string, url: string) =>
      readableLink(text, url),
    )
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1') // reference link: its text
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1') // autolink
    .replace(/<\/?[a-zA-Z][^>]*>/g, ' '); // inline HTML such as <br>
  return collapseSpaces(stripOutsideUrls(withoutLinks, stripEmphasis));
}

function readableLink(text: string, url: string): string {
  const label = text.trim();
  const plainLabel = stripEmphasis(label);
  // A link whose text is its own address would otherwise be shown twice.
  if (plainLabel === url || `https://${plainLabel}` === url || `http://${plainLabel}` === url) {
    return url;
  }
  if (!/^https?:\/\//.test(url)) return label;
  return `${label} (${url})`;
}

function stripEmphasis(text: string): string {
  return text
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/\*(?=\S)([^*]*?\S)\*/g, '$1')
    // Underscores only at word edges, so snake_case words keep theirs.
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, '$1');
}

/** Applies `transform` to the text between web addresses, leaving the addresses untouched. */
function stripOutsideUrls(text: string, transform: (part: string) => string): string {
  let result = '';
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0;
    result += transform(text.slice(last, start)) + match[0];
    last = start + match[0].length;
  }
  return result + transform(text.slice(last));
}

function collapseSpaces(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?)])/g, '$1')
    .trim();
}
