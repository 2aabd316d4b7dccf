import { readdirSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { ROOT, startBuiltServer, type BuiltServer } from './built-server.ts';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A raw request: unlike fetch, it leaves the body as it came over the wire. */
function request(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

function decoded(reply: Reply): Buffer {
  const coding = reply.headers['content-encoding'];
  if (coding === 'br') return brotliDecompressSync(reply.body);
  if (coding === 'gzip') return gunzipSync(reply.body);
  if (coding === undefined) return reply.body;
  throw new Error(`unexpected encoding ${coding}`);
}

const CLIENT = path.join(ROOT, 'dist', 'client');
let server: BuiltServer;
/** The largest script of the build, as `/_astro/name.js`. */
let script: string;

// One server for the file: its tests run in order in one worker, and need no browser.
test.describe.configure({ mode: 'default' });

test.beforeAll(async () => {
  server = await startBuiltServer();
  const scripts = readdirSync(path.join(CLIENT, '_astro')).filter((name) => name.endsWith('.js'));
  const largest = scripts.sort((a, b) => statSync(path.join(CLIENT, '_astro', b)).size - statSync(path.join(CLIENT, '_astro', a)).size)[0];
  script = `/_astro/${largest}`;
});
test.afterAll(() => server?.close());

test.describe('built scripts and styles', () => {
  for (const [accept, coding] of [
    ['br', 'br'],
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip;q=0.5', 'gzip'],
    ['*', 'br'],
  ] as const) {
    test(`Accept-Encoding ${accept} gets ${coding}, precompressed, immutable, the same bytes`, async () => {
      const reply = await request(server.url + script, { 'accept-encoding': accept });
      expect(reply.status).toBe(200);
      expect(reply.headers['content-encoding']).toBe(coding);
      expect(reply.headers.vary).toBe('Accept-Encoding');
      expect(reply.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(reply.headers['content-type']).toMatch(/^text\/javascript/);
      // The precompressed copy is sent as it is, so its length is known up front.
      expect(Number(reply.headers['content-length'])).toBe(reply.body.length);
      expect(reply.body.length).toBeLessThan(readFileSync(path.join(CLIENT, script)).length / 2);
      expect(decoded(reply).equals(readFileSync(path.join(CLIENT, script)))).toBe(true);
    });
  }

  test('sends the plain file, with Vary, to a client that accepts no compression', async () => {
    const variants: Record<string, string>[] = [{}, { 'accept-encoding': 'identity' }, { 'accept-encoding': 'br;q=0, gzip;q=0' }];
    for (const headers of variants) {
      const reply = await request(server.url + script, headers);
      expect(reply.headers['content-encoding']).toBeUndefined();
      expect(reply.headers.vary).toBe('Accept-Encoding');
      expect(reply.body.equals(readFileSync(path.join(CLIENT, script)))).toBe(true);
    }
  });

  test('answers HEAD with the headers of GET and no body', async () => {
    const get = await request(server.url + script, { 'accept-encoding': 'br' });
    const head = await request(server.url + script, { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.headers['content-length']).toBe(get.headers['content-length']);
    expect(head.headers.etag).toBe(get.headers.etag);
  });

  test('answers a range of the plain bytes, whatever the client accepts', async () => {
    const reply = await request(server.url + script, { 'accept-encoding': 'br, gzip', range: 'bytes=10-109' });
    expect(reply.status).toBe(206);
    expect(reply.headers['content-encoding']).toBeUndefined();
    expect(reply.headers['content-range']).toMatch(/^bytes 10-109\/\d+$/);
    expect(reply.body.equals(readFileSync(path.join(CLIENT, script)).subarray(10, 110))).toBe(true);
  });

  test('gives each encoding its own ETag and answers a revalidation with 304', async () => {
    const br = await request(server.url + script, { 'accept-encoding': 'br' });
    const gzip = await request(server.url + script, { 'accept-encoding': 'gzip' });
    expect(br.headers.etag).toBeTruthy();
    expect(br.headers.etag).not.toBe(gzip.headers.etag);
    const again = await request(server.url + script, { 'accept-encoding': 'br', 'if-none-match': br.headers.etag ?? '' });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  test('serves stylesheets precompressed too', async () => {
    const css = readdirSync(path.join(CLIENT, '_astro')).find(
      (name) => name.endsWith('.css') && statSync(path.join(CLIENT, '_astro', name)).size > 4096,
    );
    const reply = await request(`${server.url}/_astro/${css}`, { 'accept-encoding': 'br' });
    expect(reply.headers['content-encoding']).toBe('br');
    expect(reply.headers['content-type']).toMatch(/^text\/css/);
    expect(decoded(reply).equals(readFileSync(path.join(CLIENT, '_astro', css ?? '')))).toBe(true);
  });
});

test.describe('other static files', () => {
  test('are revalidated (no-cache with ETag and Last-Modified), not kept for good', async () => {
    const reply = await request(`${server.url}/images/dmu-rollen.svg`, { 'accept-encoding': 'br' });
    expect(reply.status).toBe(200);
    expect(reply.headers['cache-control']).toBe('public, no-cache');
    expect(reply.headers.etag).toBeTruthy();
    expect(reply.headers['last-modified']).toBeTruthy();
    expect(decoded(reply).equals(readFileSync(path.join(CLIENT, 'images', 'dmu-rollen.svg')))).toBe(true);
    const again = await request(`${server.url}/images/dmu-rollen.svg`, {
      'accept-encoding': 'br',
      'if-none-match': reply.headers.etag ?? '',
    });
    expect(again.status).toBe(304);
  });

  test('do not expose the build outside dist/client', async () => {
    const reply = await request(`${server.url}/_astro/..%2f..%2fserver%2fentry.mjs`);
    expect(reply.status).toBe(404);
  });
});

test.describe('pages and JSON made per request', () => {
  for (const page of ['/', '/join', '/api/lessons']) {
    test(`${page} is compressed on the fly by Accept-Encoding, with Vary`, async () => {
      const plain = await request(server.url + page);
      expect(plain.status).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers.vary).toMatch(/Accept-Encoding/);
      for (const coding of ['br', 'gzip']) {
        const reply = await request(server.url + page, { 'accept-encoding': coding });
        expect(reply.headers['content-encoding']).toBe(coding);
        expect(reply.headers.vary).toMatch(/Accept-Encoding/);
        expect(reply.body.length).toBeLessThan(plain.body.length);
        expect(decoded(reply).toString('utf8')).toBe(plain.body.toString('utf8'));
      }
    });
  }

  test('leaves the student live page cache headers as the app sets them', async () => {
    const reply = await request(`${server.url}/join/${server.joinCode}`, { 'accept-encoding': 'br' });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-encoding']).toBe('br');
    expect(reply.headers['cache-control']).toBeUndefined();
    expect(decoded(reply).toString('utf8')).toContain(`data-code="${server.joinCode}"`);
  });

  test('a HEAD of a page has no body', async () => {
    const reply = await request(`${server.url}/`, { 'accept-encoding': 'br' }, 'HEAD');
    expect(reply.status).toBe(200);
    expect(reply.body.length).toBe(0);
  });
});

test('leaves the live socket path to Socket.IO', async () => {
  const reply = await request(`${server.url}/live/?EIO=4&transport=polling`, { 'accept-encoding': 'br, gzip' });
  expect(reply.status).toBe(200);
  // Engine.IO's open packet: "0" and the handshake as JSON.
  expect(decoded(reply).toString('utf8')).toMatch(/^0\{"sid":"/);
});
