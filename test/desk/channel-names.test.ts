import { describe, expect, it } from 'vitest';
import { channelName, placeName, postLinkLabel, sentPlaceName } from '../../src/desk/channel-names.ts';

describe('channel names', () => {
  it.each([
    [{ channel: 'twitter', kind: 'mention' as const }, 'X · public'],
    [{ channel: 'twitter', kind: 'dm' as const }, 'X · private (DM)'],
    [{ channel: 'facebook', kind: 'mention' as const }, 'Facebook comment'],
    [{ channel: 'facebook', kind: 'dm' as const }, 'Messenger'],
    [{ channel: 'botframework', kind: 'dm' as const }, 'Teams/Web Chat · private (DM)'],
    [{ channel: 'mastodon', kind: 'mention' as const }, 'mastodon · public'],
  ])('names %o as %s for agents and editors', (place, name) => {
    expect(placeName(place)).toBe(name);
  });

  it('says where a reply went and what a post link opens, in the channel\'s words', () => {
    expect(sentPlaceName({ channel: 'twitter', kind: 'mention' }, 'reply')).toBe('public reply on X');
    expect(sentPlaceName({ channel: 'twitter', kind: 'mention' }, 'dm')).toBe('DM on X');
    expect(sentPlaceName({ channel: 'facebook', kind: 'dm' }, 'reply')).toBe('DM on Facebook');
    expect(postLinkLabel('facebook')).toBe('open the comment');
    expect(postLinkLabel('twitter')).toBe('open the post');
    expect(channelName('botframework')).toBe('Teams/Web Chat');
  });
});
