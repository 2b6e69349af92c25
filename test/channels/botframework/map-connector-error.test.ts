// The HTTP statuses are mapped on the wire (create-botframework-channel.test.ts); here the
// failures that come before any HTTP answer: getting the token from Entra ID, and the network.
import { describe, expect, it } from 'vitest';
import { mapConnectorError } from '../../../src/channels/botframework/map-connector-error.ts';
import { ChannelError } from '../../../src/errors.ts';

/** MSAL's errors are Errors with `errorCode` and `errorMessage` (AuthError in @azure/msal-common). */
function anEntraError(errorCode: string, errorMessage: string): Error {
  return Object.assign(new Error(`${errorCode}: ${errorMessage}`), { name: 'ServerError', errorCode, errorMessage });
}

describe('mapConnectorError', () => {
  it('names the credentials to fix when Entra ID refuses them', () => {
    const error = mapConnectorError(anEntraError('invalid_client', 'AADSTS7000215: Invalid client secret provided.\nTrace ID: x'), { anonymous: false });
    expect(error).toMatchObject({ code: 'botframework_auth_failed', retryable: false });
    expect(error.message).toBe(
      "Entra ID gave no token for the Bot Connector (invalid_client: AADSTS7000215: Invalid client secret provided.): check connections__serviceConnection__settings__clientId, clientSecret and tenantId: they must be the app registration of the Azure Bot resource (Azure portal → the bot → Configuration → Microsoft App ID), with a secret that has not expired",
    );
  });

  it('retries when Entra ID or the connector cannot be reached', () => {
    expect(mapConnectorError(anEntraError('network_error', 'Network request failed'), { anonymous: false })).toMatchObject({ code: 'botframework_unavailable', retryable: true });
    const refused = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    expect(mapConnectorError(refused, { anonymous: true })).toMatchObject({ code: 'botframework_unavailable', retryable: true, message: expect.stringMatching(/ECONNREFUSED/) });
  });

  it('does not retry what it does not know, and keeps a ChannelError as it is', () => {
    expect(mapConnectorError(new RangeError('bad'), { anonymous: true })).toMatchObject({ code: 'botframework_failed', retryable: false });
    const known = new ChannelError('botframework_address_invalid', 'no reference');
    expect(mapConnectorError(known, { anonymous: true })).toBe(known);
  });
});
