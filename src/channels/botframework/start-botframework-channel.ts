// The Bot Framework channel's entry in the service's list of channels. The Microsoft 365 Agents
// SDK takes a second or more to load, so it is loaded only by services that serve Bot Framework.
import type { BotFrameworkConfig } from '../../service-config.ts';
import type { StartChannel } from '../../service/service-channel.ts';

export function startBotFrameworkChannel(config: BotFrameworkConfig | undefined): StartChannel {
  return async (context) => {
    if (config === undefined) {
      context.log.info({ set: ['BOTFRAMEWORK_ENABLED'] }, 'botframework.channel_off');
      return undefined;
    }
    const { openBotFrameworkChannel } = await import('./open-botframework-channel.ts');
    return openBotFrameworkChannel(config, context);
  };
}
