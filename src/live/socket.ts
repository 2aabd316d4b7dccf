import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import type { Ack } from '../shared/protocol/ack.ts';
import type { CommandName, CommandPayload } from '../shared/protocol/commands.ts';
import type { ClientToServerEvents, ServerToClientEvents } from '../shared/protocol/events.ts';
import { HANDSHAKE_ERRORS, type Handshake } from '../shared/protocol/handshake.ts';

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
    reconnectionDelayMax: 15_000,
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
  offline: { ok: false, error: { code: 'offline', message: 'Geen verbinding met de les; probeer het zo opnieuw.' } },
  timeout: { ok: false, error: { code: 'timeout', message: 'De server antwoordt niet op tijd; probeer het opnieuw.' } },
  disconnected: { ok: false, error: { code: 'disconnected', message: 'De verbinding viel weg; probeer het opnieuw.' } },
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

/** The code (`data.code`, else `connect_failed`) and the Dutch message of a refused connection. */
export function connectionRefusal(error: Error): { error: string; message: string } {
  const data: unknown = (error as Error & { data?: unknown }).data;
  const code = data && typeof data === 'object' && 'code' in data && typeof data.code === 'string' ? data.code : 'connect_failed';
  const message =
    code in HANDSHAKE_ERRORS ? HANDSHAKE_ERRORS[code as keyof typeof HANDSHAKE_ERRORS] : error.message || 'De les is niet bereikbaar.';
  return { error: code, message };
}
