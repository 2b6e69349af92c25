import { describe, expect, it } from 'vitest';
import { decodeSlackMarkup, findSlackMentions } from '../../../src/channels/slack/decode-slack-markup.ts';

// Inputs as Slack delivers an agent's message in events and conversations.replies
// (https://docs.slack.dev/messaging/formatting-message-text, "Retrieving messages").
describe('decodeSlackMarkup', () => {
  it.each([
    ['plain text', 'Ciao Giulia!', 'Ciao Giulia!'],
    ['escaped control characters', 'R&amp;D &lt;3 a &gt; b', 'R&D <3 a > b'],
    ['an escaped entity typed literally', 'scrivi &amp;lt; per minore', 'scrivi &lt; per minore'],
    ['a bare link', 'vedi <https://lumo.it/aiuto>', 'vedi https://lumo.it/aiuto'],
    ['a link with an escaped query', '<https://lumo.it/a?b=1&amp;c=2>', 'https://lumo.it/a?b=1&c=2'],
    ['an auto-linked domain', 'vai su <http://www.lumo.it|www.lumo.it>', 'vai su www.lumo.it'],
    ['a labelled link', '<https://lumo.it/rimborsi|la pagina dei rimborsi>', 'la pagina dei rimborsi (https://lumo.it/rimborsi)'],
    ['an e-mail address', 'scrivi a <mailto:aiuto@lumo.it|aiuto@lumo.it>', 'scrivi a aiuto@lumo.it'],
    ['a labelled e-mail link', '<mailto:aiuto@lumo.it|il supporto>', 'il supporto (aiuto@lumo.it)'],
    ['a phone link', '<tel:+390212345|02 12345>', '02 12345 (+390212345)'],
    ['a user mention', 'chiedo a <@U0MARTA>', 'chiedo a @U0MARTA'],
    ['a labelled user mention', 'chiedo a <@U0MARTA|marta>', 'chiedo a @marta'],
    ['a channel link', 'vedi <#C0OPS|ops>', 'vedi #ops'],
    ['an unlabelled channel link', 'vedi <#C0OPS>', 'vedi #C0OPS'],
    ['@here', '<!here> chi risponde?', '@here chi risponde?'],
    ['@channel with a label', '<!channel|@channel> ciao', '@channel ciao'],
    ['a user group', '<!subteam^S0ONCALL|@oncall> guardate', '@oncall guardate'],
    ['an unlabelled user group', '<!subteam^S0ONCALL> guardate', '@group guardate'],
    ['a date', 'entro <!date^1392734382^{date_short}|Feb 18, 2014>', 'entro Feb 18, 2014'],
    ['several tokens', '<@U1> &amp; <https://a.it|A>', '@U1 & A (https://a.it)'],
  ])('decodes %s to plain text', (_case, markup, plain) => {
    expect(decodeSlackMarkup(markup)).toBe(plain);
  });
});

describe('findSlackMentions', () => {
  it('finds mentions of people and groups when an agent talks to colleagues', () => {
    expect(findSlackMentions('<@U0MARTA> <!here> <!channel> <!everyone> <!subteam^S1|@x> <@W0ENT>')).toEqual([
      '<@U0MARTA>',
      '<!here>',
      '<!channel>',
      '<!everyone>',
      '<!subteam^S1|@x>',
      '<@W0ENT>',
    ]);
  });

  it('finds none when the text has only links, channels and dates', () => {
    expect(findSlackMentions('<https://lumo.it> <#C0OPS|ops> <!date^1^{date}|oggi> &lt;@U1&gt;')).toEqual([]);
  });
});
