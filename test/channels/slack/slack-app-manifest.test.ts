// The example manifest asks for exactly the scopes the desk's code needs: a missing one breaks
// the desk at install time, an unused one asks workspace admins for more than Pronto uses.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../support/run-pronto.ts';

// Bot scopes per Web API method, from each method's reference page
// (https://docs.slack.dev/reference/methods/<method>). conversations.replies reads public
// channels with channels:history and private ones with groups:history.
const SCOPES_OF_METHOD: Readonly<Record<string, readonly string[]>> = {
  'auth.test': [],
  'chat.postMessage': ['chat:write'],
  'chat.update': ['chat:write'],
  'chat.postEphemeral': ['chat:write'],
  'conversations.replies': ['channels:history', 'groups:history'],
  'views.open': [],
};

function scopesTheCodeNeeds(): Set<string> {
  const folder = path.join(ROOT, 'src/channels/slack');
  const source = readdirSync(folder)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => readFileSync(path.join(folder, file), 'utf8'))
    .join('\n');
  const methods = new Set([...source.matchAll(/client\.(\w+)\.(\w+)\(/g)].map((match) => `${match[1]}.${match[2]}`));
  methods.add('auth.test'); // Bolt calls it at start.
  const scopes = new Set<string>();
  for (const method of methods) {
    const needed = SCOPES_OF_METHOD[method];
    if (needed === undefined) throw new Error(`${method} is called but its scopes are not in this test's table`);
    for (const scope of needed) scopes.add(scope);
  }
  if (/app\.command\(/.test(source)) scopes.add('commands');
  return scopes;
}

describe('examples/slack-app-manifest.yaml', () => {
  it('asks for exactly the bot scopes the desk uses', () => {
    const manifest = parse(readFileSync(path.join(ROOT, 'examples/slack-app-manifest.yaml'), 'utf8')) as {
      oauth_config: { scopes: { bot: string[] } };
    };
    expect(new Set(manifest.oauth_config.scopes.bot)).toEqual(scopesTheCodeNeeds());
  });
});
