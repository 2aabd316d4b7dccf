import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import type { Ack } from '../shared/protocol/ack.ts';
import type { CommandName, CommandPayload } from '../shared/protocol/commands.ts';
import type { ClientToServerEvents, ServerToClientEvents } from '../shared/protocol/events.ts';
import { readErrorParams, type Refusal } from '../shared/protocol/errors.ts';
import type { Handshake } from '../shared/protocol/handshake.ts';

export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type LiveSocketOptions = Partial<ManagerOptions & SocketOptions>;

/**
 * A socket.io client for the live server at `url` (the page's origin when left out): path `/live`,
 * cookies along, reconnecting with randomised backoff. `handshake` is asked anew on every
 * (re)connect, so a student who just got a resume token comes back with it.
 */
export function openLiveSocket(url: string | undefined, handshake: () => Handshake, overrides: LiveSocketOptions = {}): LiveSocket {
  return io(url, {
    path: '/live',
    withCredentials: true,
    reconnection: true,
    reconnectionDelay: 1_000,
    // Capped low so that every phone is back within seconds of a server restart, not after a 15 s
    // backoff; a refused connect costs the server next to nothing.
    reconnectionDelayMax: 3_000,
    randomizationFactor: 0.5,
    // socket.io-client adds `pid`/`offset` to the handshake on reconnects once the server offers
    // state recovery, and the server's strict handshake schema refuses them (bad_handshake).
    // Undefined keys override them and vanish in JSON; the full state comes on every connect anyway.
    auth: (send) => send({ ...handshake(), pid: undefined, offset: undefined }),
    ...overrides,
  });
}

/** Acks made on this side when a command could not reach the server or its answer never came. */
export const LOCAL_ACKS = {
  offline: { ok: false, error: { code: 'offline' } },
  timeout: { ok: false, error: { code: 'timeout' } },
  disconnected: { ok: false, error: { code: 'disconnected' } },
} as const satisfies Record<string, Ack<never>>;

/**
 * Sends a command and resolves with the server's ack, or with a local `offline` / `timeout` /
 * `disconnected` ack; never rejects. Nothing is emitted while offline, because socket.io would
 * buffer it and fire stale commands (five "next slide" taps) after the reconnect.
 */
export async function emitCommand<Name extends CommandName>(
  socket: LiveSocket,
  name: Name,
  payload: CommandPayload<Name>,
  timeoutMs: number,
): Promise<Ack<unknown>> {
  if (!socket.connected) return LOCAL_ACKS.offline;
  // The typed emitWithAck cannot follow a generic event name through its mapped parameter types.
  const untyped = socket.timeout(timeoutMs) as unknown as { emitWithAck(event: string, payload: unknown): Promise<Ack<unknown>> };
  try {
    return await untyped.emitWithAck(name, payload);
  } catch {
    return socket.connected ? LOCAL_ACKS.timeout : LOCAL_ACKS.disconnected;
  }
}

/**
 * The refusal of a failed connection: `data.code` and `data.params` as the server sent them, else
 * `connect_failed` (the network or a proxy failed before the server could say why).
 */
export function connectionRefusal(error: Error): Refusal<string> {
  const data: unknown = (error as Error & { data?: unknown }).data;
  if (!data || typeof data !== 'object' || !('code' in data) || typeof data.code !== 'string') return { code: 'connect_failed' };
  const params = 'params' in data ? readErrorParams(data.params) : undefined;
  return params ? { code: data.code, params } : { code: data.code };
}
