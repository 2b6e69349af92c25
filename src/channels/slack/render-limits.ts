// Slack's Block Kit limits, enforced in one place: a message over them is rejected as a whole
// (invalid_blocks), and a handoff that cannot be posted is a customer nobody sees.

/** Characters of a section's text. */
export const SECTION_TEXT_MAX_CHARS = 3000;
/** Blocks per message. */
export const MESSAGE_MAX_BLOCKS = 50;
/** Characters of a button's `value`. */
export const BUTTON_VALUE_MAX_CHARS = 2000;
/** Characters of a header block's plain text. */
export const HEADER_MAX_CHARS = 150;
/** Slack's ceiling for a plain_text_input's max_length (and so for its initial_value). */
export const INPUT_MAX_CHARS = 3000;
/**
 * Customer characters in one thread message. Slack rejects text over 40,000 characters
 * (msg_too_long); escaped, even a text of nothing but `&` (5 characters each) stays under it.
 * X's longest DM is 10,000 characters, so almost nothing is ever cut.
 */
export const THREAD_TEXT_MAX_CHARS = 7_500;

const ELLIPSIS = '…';

/** `text` cut to `maxChars` code units with an ellipsis, never splitting a surrogate pair. */
export function limitText(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  let cut = text.slice(0, maxChars - ELLIPSIS.length);
  if (/[\uD800-\uDBFF]$/u.test(cut)) cut = cut.slice(0, -1);
  return cut + ELLIPSIS;
}

/**
 * The one escaping of text Pronto did not write (customers' words and names, drafts, error
 * messages) before it goes into mrkdwn: `&`, `<`, `>` as entities, as Slack documents
 * (https://docs.slack.dev/messaging/formatting-message-text, "Escaping text"), so it cannot ping
 * `<!channel>`, mention `<@U…>` or disguise a link as `<https://evil|your bank>`.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A button value within Slack's limit; ids longer than that are a bug upstream, so it throws. */
export function buttonValue(value: string): string {
  if (value.length > BUTTON_VALUE_MAX_CHARS) {
    throw new RangeError(`Button value has ${value.length} characters; Slack allows ${BUTTON_VALUE_MAX_CHARS}`);
  }
  return value;
}
