import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAND_IN_ATTEMPTS, handInBoard, loadBoard, loadFailure, serverCode, withVersion } from './api-client.ts';

// A real HTTP server that answers like the board API does, so the client's handling of statuses and bodies is tested over the wire.
let server: Server;
let base = '';
const seen: { method: string; url: string; body: string }[] = [];
let lostOnce = 0;
const fetcher: typeof fetch = (input, init) => fetch(`${base}${String(input)}`, init);

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      seen.push({ method: request.method ?? '', url: request.url ?? '', body });
      const reply = (status: number, json: unknown) =>
        response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
      if (request.url === '/api/werk/borden/goed') return reply(200, { board: { id: 'goed', revision: 3 } });
      if (request.url === '/api/werk/borden/uit') return reply(401, { error: { code: 'login', message: 'Log eerst in.' } });
      if (request.url === '/api/werk/borden/weg') return reply(404, { error: { code: 'notFound', message: 'Onbekend bord.' } });
      if (request.url === '/api/werk/borden/kapot') return response.writeHead(500).end('oeps');
      if (request.url === '/api/werk/borden/goed/inleveren') return reply(200, { version: { number: 2, handedInAt: 5, late: true } });
      // Hands in on the first try but loses the answer (the connection drops), as a bad school network does.
      if (request.url === '/api/werk/borden/verloren/inleveren') {
        lostOnce += 1;
        if (lostOnce === 1) return request.socket.destroy();
        return reply(200, { version: { number: 1, handedInAt: 4, late: false } });
      }
      if (request.url === '/api/werk/borden/stuk/inleveren') return response.writeHead(503).end('druk');
      if (request.url === '/api/werk/borden/oud/inleveren')
        return reply(409, { error: { code: 'conflict', message: 'Eerst opslaan.' }, current: {} });
      reply(400, {});
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('loadBoard', () => {
  it('returns the payload', async () => {
    const outcome = await loadBoard('goed', fetcher);
    expect(outcome).toMatchObject({ ok: true, payload: { board: { id: 'goed', revision: 3 } } });
  });

  it('tells a missing login, an unknown board and a broken server apart', async () => {
    expect(await loadBoard('uit', fetcher)).toEqual({ ok: false, reason: 'login', code: 'login' });
    expect(await loadBoard('weg', fetcher)).toEqual({ ok: false, reason: 'notFound', code: 'notFound' });
    expect(await loadBoard('kapot', fetcher)).toEqual({ ok: false, reason: 'other', code: null });
  });

  it('reports no connection as a network failure', async () => {
    const closed: typeof fetch = (input, init) => fetch(`http://127.0.0.1:1${String(input)}`, init);
    expect(await loadBoard('goed', closed)).toEqual({ ok: false, reason: 'network', code: null });
  });
});

describe('handInBoard', () => {
  const noWait = async () => undefined;

  it('posts the revision and returns the new version', async () => {
    expect(await handInBoard('goed', 7, fetcher)).toEqual({ ok: true, version: { number: 2, handedInAt: 5, late: true } });
    expect(seen.at(-1)).toEqual({ method: 'POST', url: '/api/werk/borden/goed/inleveren', body: '{"revision":7}' });
  });

  it('marks a 409 as a conflict with the server code, without trying again', async () => {
    const before = seen.length;
    expect(await handInBoard('oud', 1, fetcher, noWait)).toEqual({ ok: false, conflict: true, code: 'conflict' });
    expect(seen.length - before).toBe(1);
  });

  it('tries again when the answer was lost and takes the version the server already made', async () => {
    expect(await handInBoard('verloren', 3, fetcher, noWait)).toEqual({ ok: true, version: { number: 1, handedInAt: 4, late: false } });
    expect(lostOnce).toBe(2);
  });

  it('gives up after a few server errors', async () => {
    const before = seen.length;
    expect(await handInBoard('stuk', 3, fetcher, noWait)).toEqual({ ok: false, conflict: false, code: null });
    expect(seen.length - before).toBe(HAND_IN_ATTEMPTS);
  });

  it('keeps one entry per version when a repeat answers with a known one', () => {
    const one = { number: 1, handedInAt: 4, late: false };
    const two = { number: 2, handedInAt: 9, late: true };
    expect(withVersion([one], one)).toEqual([one]);
    expect(withVersion([one], two)).toEqual([one, two]);
    expect(withVersion([two], one)).toEqual([one, two]);
  });
});

describe('helpers', () => {
  it('reads the error code only from the documented shape', () => {
    expect(serverCode({ error: { code: 'too_large', message: 'Te groot.' } })).toBe('too_large');
    expect(serverCode({ error: 'Te groot.' })).toBeNull();
    expect(serverCode({ error: { code: '', message: 'Te groot.' } })).toBeNull();
    expect(serverCode({ error: { message: 'Te groot.' } })).toBeNull();
    expect(serverCode(null)).toBeNull();
  });

  it('maps statuses', () => {
    expect([401, 403, 404, 500, 400].map(loadFailure)).toEqual(['login', 'login', 'notFound', 'other', 'other']);
  });
});
