// X escapes &, < and > in post texts (v1.1 and v2 alike); the customer wrote the plain
// characters, and triage, matching and quoting must see those.

const X_ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };

export function decodeXText(text: string): string {
  return text.replace(/&(?:amp|lt|gt);/g, (entity) => X_ENTITIES[entity] ?? entity);
}
