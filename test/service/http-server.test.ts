// The service's HTTP surface on a real socket: whatever bytes a client sends, it gets a status
// and the next request is served.
import { connect, type AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer, readRawBody, type HttpServer } from '../../src/service/http-server.ts';
import { createMetrics } from '../../src/service/metrics.ts';
import { createThrottledWarnings } from '../../src/service/throttled-warnings.ts';
import { createRecordingLog } from '../support/recording-log.ts';

const started: HttpServer[] = [];
afterEach(async () => {
  for (const { server } of started.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function startServer() {
  const recording = createRecordingLog();
  const http = createHttpServer({
    metrics: createMetrics(),
    log: recording.log,
    warnings: createThrottledWarnings(recording.log, { intervalMs: 60_000 }),
    readiness: {},
  });
  started.push(http);
  await new Promise<void>((resolve) => http.server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(http.server.address() as AddressInfo).port}`;
  return { http, base, port: (http.server.address() as AddressInfo).port, ...recording };
}

/** Writes raw bytes on a fresh connection and resolves with everything the server sent back before closing. */
function sendRaw(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port }, () => socket.end(bytes));
    let answer = '';
    socket.on('data', (chunk: Buffer) => {
      answer += chunk.toString('latin1');
    });
    socket.on('error', reject);
    socket.on('close', () => resolve(answer));
  });
}

describe('createHttpServer', () => {
  it('answers each malformed request with a 4xx or a close, and keeps serving the next request', async () => {
    const { port, base } = await startServer();
    const malformed = {
      'an unparsable path': 'GET //[ HTTP/1.1\r\nHost: x\r\n\r\n',
      'an unparsable absolute URL': 'GET http://[::1 HTTP/1.1\r\nHost: x\r\n\r\n',
      'a header without a colon': 'GET /healthz HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n',
      'garbage bytes': '\u0000\u0001\u00ff garbage\r\n\r\n',
      'a header over the size limit': `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(64 * 1024)}\r\n\r\n`,
    };
    for (const [kind, bytes] of Object.entries(malformed)) {
      const answer = await sendRaw(port, bytes);
      expect(answer === '' || /^HTTP\/1\.1 4\d\d /.test(answer), `${kind}: ${answer.slice(0, 80)}`).toBe(true);
      const next = await fetch(`${base}/healthz`);
      expect(next.status, `after ${kind}`).toBe(200);
    }
  });

  it('answers unknown paths with a JSON 404', async () => {
    const { base } = await startServer();
    const response = await fetch(`${base}/nothing-here`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'no route GET /nothing-here' });
  });

  it('serves mounted routes, answers a body over 1 MB with a JSON 413, and a failing route with a JSON 500', async () => {
    const { http, base, lines } = await startServer();
    const router = express.Router();
    router.post('/echo', readRawBody, (request, response) => {
      response.json({ bytes: (request.body as Buffer).length });
    });
    router.get('/broken', () => {
      throw new Error('a bug');
    });
    http.mount({ path: '/hooks', router });

    const small = await fetch(`${base}/hooks/echo`, { method: 'POST', body: 'x'.repeat(1000) });
    expect(await small.json()).toEqual({ bytes: 1000 });
    const large = await fetch(`${base}/hooks/echo`, { method: 'POST', body: 'x'.repeat(1_100_000) });
    expect(large.status).toBe(413);
    expect(await large.json()).toEqual({ error: 'request entity too large' });
    const broken = await fetch(`${base}/hooks/broken`);
    expect(broken.status).toBe(500);
    expect(await broken.json()).toEqual({ error: 'internal error' });
    expect(lines.find((line) => line.msg === 'http.request_failed')).toMatchObject({ path: '/hooks/broken' });
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });
});
