// What the acceptance checks derive from a text (its stems, its facts, its word runs) is the same
// every time the same entry, template or instruction comes back, which is on every message.
// Deriving it once keeps the checks within the pipeline's latency budget. Only knowledge-side
// texts are given to it (customers' and models' words are never the same twice); bounded all the
// same, since edited entries and what agents wrote in threads come and go.

/** Distinct texts remembered per function: a knowledge base in a few languages and its templates. */
export const MAX_REMEMBERED_TEXTS = 2_000;

export function memoizeText<T>(derive: (text: string) => T): (text: string) => T {
  const remembered = new Map<string, T>();
  return (text) => {
    const known = remembered.get(text);
    if (known !== undefined) return known;
    const value = derive(text);
    // Oldest first out: a Map iterates in insertion order.
    if (remembered.size >= MAX_REMEMBERED_TEXTS) remembered.delete(remembered.keys().next().value!);
    remembered.set(text, value);
    return value;
  };
}
