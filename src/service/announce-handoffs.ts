// The desk as the queue's processor sees it: after each handoff it opened, the message's channel
// may tell its platform that a person takes over (ServiceChannel.announceHandoff). Best effort:
// the handoff is already with the agents, so a failure is logged and nothing is retried.
import type { AgentDesk, Logger } from '../core/ports.ts';
import type { ServiceChannel } from './service-channel.ts';

export function announceHandoffs(desk: AgentDesk, channels: readonly ServiceChannel[], log: Logger): AgentDesk {
  const announcers = new Map(
    channels.flatMap((channel) => (channel.announceHandoff ? [[channel.customer.id, channel.announceHandoff.bind(channel)] as const] : [])),
  );
  if (announcers.size === 0) return desk;
  return {
    ...desk,
    async openHandoff(handoff, message) {
      const opened = await desk.openHandoff(handoff, message);
      try {
        await announcers.get(message.channel)?.(handoff, message);
      } catch (error) {
        log.warn({ err: error, event: message.id, channel: message.channel }, 'handoff.announce_failed');
      }
      return opened;
    },
  };
}
