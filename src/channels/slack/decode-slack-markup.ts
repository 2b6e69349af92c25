// What an agent typed in Slack, as the customer must read it. Slack delivers message text with
// its markup: `&`, `<`, `>` as entities, links as `<https://…>` or `<https://…|label>`, e-mail
// addresses as `<mailto:…|…>`, mentions as `<@U…>`, `<#C…|name>`, `<!here>`, `<!subteam^S…>`.
// See "Retrieving messages" in https://docs.slack.dev/messaging/formatting-message-text

/** `<…>` sequences: Slack never leaves a literal `<` or `>` in message text (they are entities). */
const SLACK_TOKEN = /<([^<>]*)>/g;

/** Schemes Slack links, shown without the scheme when the label is the address itself. */
const HIDDEN_SCHEMES = /^(mailto:|tel:)/i;

/**
 * Plain text from Slack's markup: entities decoded, links as their address (or `label
 * (address)` when the label says something else), mentions by their label (`@name`, `#name`),
 * date tokens by their fallback text.
 */
export function decodeSlackMarkup(markup: string): string {
  return decodeEntities(markup.replace(SLACK_TOKEN, (_whole, inner: string) => decodeToken(inner)));
}

/**
 * Mentions of people or groups (`<@U…>`, `<!here>`, `<!channel>`, `<!everyone>`, `<!subteam^…>`):
 * talk to colleagues. On X a decoded `@name` would mention whoever owns that handle, so such a
 * message is never sent to a customer.
 */
export function findSlackMentions(markup: string): string[] {
  return [...markup.matchAll(SLACK_TOKEN)]
    .map((match) => match[0])
    .filter((token) => /^<(@[UW]|!(here|channel|everyone|subteam\^))/.test(token));
}

function decodeToken(inner: string): string {
  const bar = inner.indexOf('|');
  const target = bar === -1 ? inner : inner.slice(0, bar);
  const label = bar === -1 ? undefined : inner.slice(bar + 1);
  if (target.startsWith('@')) return `@${label ?? target.slice(1)}`;
  if (target.startsWith('#')) return `#${label ?? target.slice(1)}`;
  if (target.startsWith('!')) return decodeSpecial(target.slice(1), label);
  const address = target.replace(HIDDEN_SCHEMES, '');
  if (label === undefined || label === '' || sameAddress(label, target)) return label || address;
  return `${label} (${address})`;
}

/** `<!here>`, `<!subteam^S1|@oncall>`, `<!date^1392734382^{date}|Feb 18, 2014>`. */
function decodeSpecial(command: string, label: string | undefined): string {
  if (label !== undefined) return label;
  const name = command.split('^')[0] ?? command;
  return name === 'subteam' ? '@group' : `@${name}`;
}

/** Slack's own auto-links label `www.x.it` as `<http://www.x.it|www.x.it>`: the label is enough. */
function sameAddress(label: string, target: string): boolean {
  const bare = (value: string) => value.replace(/^[a-z][a-z0-9+.-]*:(\/\/)?/i, '').replace(/\/$/, '');
  return bare(label) === bare(target);
}

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&' };

/** Only these three are entities in Slack text; anything else that looks like one is literal. */
function decodeEntities(text: string): string {
  return text.replace(/&(lt|gt|amp);/g, (_whole, name: string) => ENTITIES[name] ?? '');
}
