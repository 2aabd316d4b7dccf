import { saveBoardSchema } from '../shared/moodboard/api.ts';
import type { BoardDoc } from '../shared/moodboard/board.ts';
import type { FetchLike, SyncChannel } from './sync.ts';
import type { ServerBoard } from './sync-state.ts';

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/**
 * A small in-memory stand-in for the board API (`GET`/`PUT /api/werk/borden/:id`) with the real
 * save rules: the doc is parsed with the real schema and saved only on the current revision.
 */
export function boardServer(id: string, doc: BoardDoc, now: () => number) {
  const server = {
    board: { revision: 0, doc, updatedAt: now() } as ServerBoard,
    /** No network: every request fails like fetch does offline. */
    down: false,
    /** Requests hang until the client gives up (aborts), like a dead Wi-Fi connection. */
    hang: false,
    /** Answers this many requests with 503 first. */
    failures: 0,
    /** Refuses every save with this message (400), like a doc the real server will not take. */
    refuse: null as string | null,
    /** When each request came in, reached or not. */
    requests: [] as number[],
    puts: [] as { doc: BoardDoc; baseRevision: number; at: number }[],
    gets: 0,
    /** Somebody else saves `next` (another device). */
    saveElsewhere(next: BoardDoc): ServerBoard {
      server.board = { revision: server.board.revision + 1, doc: next, updatedAt: now() };
      return server.board;
    },
    fetch: (async (url, init) => {
      server.requests.push(now());
      if (server.down) throw new TypeError('Failed to fetch');
      if (server.hang) {
        return new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
        });
      }
      if (url !== `/api/werk/borden/${id}`) return json(404, { error: { code: 'not_found', message: 'Dit bord bestaat niet.' } });
      if (server.failures > 0) {
        server.failures -= 1;
        return json(503, { error: { code: 'unavailable', message: 'Even niet.' } });
      }
      if ((init?.method ?? 'GET') === 'GET') {
        server.gets += 1;
        return json(200, { board: { id, ...server.board } });
      }
      if (new Headers(init?.headers).get('content-type') !== 'application/json')
        return json(415, { error: { code: 'type', message: 'JSON graag.' } });
      const parsed = saveBoardSchema.safeParse(JSON.parse(String(init?.body)));
      if (!parsed.success) return json(400, { error: { code: 'invalid_board', message: parsed.error.issues[0]?.message ?? 'ongeldig' } });
      if (server.refuse) return json(400, { error: { code: server.refuse, message: 'Dutch words the editor must not show' } });
      server.puts.push({ ...parsed.data, at: now() });
      if (parsed.data.baseRevision !== server.board.revision) {
        return json(409, { error: { code: 'conflict', message: 'Er is al een nieuwere versie.' }, current: server.board });
      }
      const saved = server.saveElsewhere(parsed.data.doc);
      return json(200, { revision: saved.revision, savedAt: saved.updatedAt });
    }) as FetchLike,
  };
  return server;
}

/** Channels that deliver (a copy of) each message to the other channels of the same name, later, like BroadcastChannel. */
export function channelHub(): (name: string) => SyncChannel {
  const open = new Map<string, Set<{ deliver(data: unknown): void }>>();
  return (name) => {
    const listeners = new Set<(event: { data: unknown }) => void>();
    const peers = open.get(name) ?? new Set();
    open.set(name, peers);
    const self = { deliver: (data: unknown) => listeners.forEach((listener) => listener({ data })) };
    peers.add(self);
    return {
      postMessage(message) {
        const copy = structuredClone(message);
        for (const peer of peers) if (peer !== self) void Promise.resolve().then(() => peer.deliver(copy));
      },
      addEventListener: (_type, listener) => void listeners.add(listener),
      removeEventListener: (_type, listener) => void listeners.delete(listener),
      close: () => void peers.delete(self),
    };
  };
}
