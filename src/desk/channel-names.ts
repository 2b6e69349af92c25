// Channel ids and places as agents and editors read them, in every view of the desk and in the Studio.
import type { ChannelId, MessageKind } from '../core/model.ts';

/** Bot Framework brings Teams, the website's chat and the other Azure Bot Service channels. */
const CHANNEL_NAMES: Readonly<Record<string, string>> = { twitter: 'X', botframework: 'Teams/Web Chat', facebook: 'Facebook' };
/** Where a conversation is, in the channel's own words, for channels that have them. */
const PLACE_NAMES: Readonly<Record<string, string>> = { 'facebook:mention': 'Facebook comment', 'facebook:dm': 'Messenger' };

export function channelName(channel: string): string {
  return CHANNEL_NAMES[channel] ?? channel;
}

/** Where a conversation is: "Messenger", "Facebook comment", "X · public", "X · private (DM)". */
export function placeName(place: { channel: ChannelId; kind: MessageKind }): string {
  return PLACE_NAMES[`${place.channel}:${place.kind}`] ?? `${channelName(place.channel)} · ${place.kind === 'mention' ? 'public' : 'private (DM)'}`;
}

/** Where an agent's reply went, `to` the customer's thread or a DM: "public reply on X", "DM on Facebook". */
export function sentPlaceName(place: { channel: ChannelId; kind: MessageKind }, to: 'reply' | 'dm'): string {
  return `${place.kind === 'mention' && to === 'reply' ? 'public reply' : 'DM'} on ${channelName(place.channel)}`;
}

/** What the link to the customer's public post opens, in the channel's words. */
export function postLinkLabel(channel: ChannelId): string {
  return channel === 'facebook' ? 'open the comment' : 'open the post';
}
