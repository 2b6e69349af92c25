// Customer-supplied text (their words, name and handle) and drafts as agents see them in Slack.
import { maskPersonalData } from '../../privacy/mask-personal-data.ts';
import { escapeMrkdwn, limitText } from './render-limits.ts';

/**
 * `text` ready for mrkdwn: every kind of personal data masked (PLAYBOOK: masked for agents),
 * cut to `maxChars` after masking (a cut never leaves part of a card number in clear), then
 * escaped so Slack shows it as typed and parses nothing in it.
 */
export function showCustomerText(text: string, maxChars = Number.POSITIVE_INFINITY): string {
  return escapeMrkdwn(limitText(maskPersonalData(text), maxChars));
}

/** The same, quoted line by line, as Slack quotes only the line a `>` starts. */
export function quoteCustomerText(text: string, maxChars?: number): string {
  return showCustomerText(text, maxChars)
    .split('\n')
    .map((line) => `>${line}`)
    .join('\n');
}
