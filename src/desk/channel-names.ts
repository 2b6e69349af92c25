// Channel ids as agents and editors read them, in every view of the desk and in the Studio.

const CHANNEL_NAMES: Readonly<Record<string, string>> = { twitter: 'X', facebook: 'Facebook', botframework: 'web chat' };

export function channelName(channel: string): string {
  return CHANNEL_NAMES[channel] ?? channel;
}
