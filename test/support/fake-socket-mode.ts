// A fake of Slack's Socket Mode endpoint: a real WebSocket server (ws) that greets the client
// with `hello`, sends envelopes like Slack does and records the client's acknowledgements.
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { createWaitList } from './wait-list.ts';

export interface SocketModeAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

export interface FakeSocketMode {
  /** The URL `apps.connections.open` should hand out. */
  url: string;
  acks: SocketModeAck[];
  /** Sends an envelope (`slash_commands`, `events_api`, `interactive`) to the connected app. */
  send(type: string, payload: Record<string, unknown>): Promise<string>;
  waitForAck(envelopeId: string, timeoutMs?: number): Promise<SocketModeAck>;
  close(): Promise<void>;
}

export async function startFakeSocketMode(): Promise<FakeSocketMode> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const waitList = createWaitList();
  const acks: SocketModeAck[] = [];
  let socket: WebSocket | undefined;
  let envelopes = 0;

  server.on('connection', (connection) => {
    socket = connection;
    connection.on('message', (data) => {
      acks.push(JSON.parse(String(data)) as SocketModeAck);
      waitList.notify();
    });
    connection.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' }, connection_info: { app_id: 'A0PRONTO' } }));
    waitList.notify();
  });

  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link`;
  return {
    url,
    acks,
    async send(type, payload) {
      await waitList.until(() => socket !== undefined, 10_000, () => 'no Socket Mode client connected');
      envelopes += 1;
      const envelopeId = `envelope-${envelopes}`;
      socket!.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: true, retry_attempt: 0, retry_reason: '' }));
      return envelopeId;
    },
    async waitForAck(envelopeId, timeoutMs = 5_000) {
      const find = () => acks.find((ack) => ack.envelope_id === envelopeId);
      await waitList.until(() => find() !== undefined, timeoutMs, () => `acks so far: ${JSON.stringify(acks)}`);
      return find()!;
    },
    async close() {
      for (const client of server.clients) client.terminate();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
