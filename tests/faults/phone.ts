import { newJoinToken, toHandshake, type LiveAuth } from '../../src/live/identity.ts';
import { createOutbox, type Outbox } from '../../src/live/outbox.ts';
import { emitCommand, openLiveSocket, type LiveSocket } from '../../src/live/socket.ts';
import { memoryStorage } from '../../src/live/storage.ts';
import type { AnswerValue } from '../../src/shared/session/answers.ts';
import type { SessionState } from '../../src/shared/session/state.ts';

/**
 * A student's phone built from the browser's own live parts (socket options, handshake, outbox,
 * command acks), many to a process: it joins with a code and a join token of its own, comes back
 * with its resume token after every drop, and sends what waits in its outbox on every connect and
 * after each answer, retrying a failed send as the page does.
 */
export interface Phone {
  socket: LiveSocket;
  name: string;
  participantId(): string | null;
  /** The latest full state, and when it came (performance clock, ms). */
  state(): SessionState | null;
  stateAt(): number;
  /** clientAnswerIds the server acknowledged as stored. */
  acked: Set<string>;
  /** How often each answer went out (more than once: a retry after a lost ack or a lost connection). */
  sends: Map<string, number>;
  outbox: () => Outbox | null;
  answer(itemId: string, value: AnswerValue): string;
  /** Resolves once the outbox is empty (every answer acknowledged). */
  drained(): Promise<void>;
  close(): void;
}

const COMMAND_TIMEOUT_MS = 8_000;
const RETRY_MS = 1_000;

export function openPhone(url: string, code: string, name: string, options: { reconnectionDelayMax?: number; address?: string } = {}): Phone {
  let auth: LiveAuth = { role: 'student', code, name, joinToken: newJoinToken() };
  let participant: string | null = null;
  let outbox: Outbox | null = null;
  let state: SessionState | null = null;
  let stateAt = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const acked = new Set<string>();
  const sends = new Map<string, number>();
  const drainWaiters: (() => void)[] = [];
  const storage = memoryStorage();
  const socket = openLiveSocket(url, () => toHandshake(auth), {
    transports: ['websocket'],
    forceNew: true,
    ...(options.address ? { extraHeaders: { 'x-forwarded-for': options.address } } : {}),
    ...(options.reconnectionDelayMax ? { reconnectionDelayMax: options.reconnectionDelayMax } : {}),
  });

  const settleDrain = () => {
    if (outbox && outbox.state().pending.length === 0) for (const resolve of drainWaiters.splice(0)) resolve();
  };
  const flush = async () => {
    clearTimeout(retry);
    if (!outbox || !socket.connected) return;
    const report = await outbox.flush((payload) => {
      if (socket.connected) sends.set(payload.clientAnswerId, (sends.get(payload.clientAnswerId) ?? 0) + 1);
      return emitCommand(socket, 'answer:submit', payload, COMMAND_TIMEOUT_MS);
    });
    if (report.stoppedBy && socket.connected) retry = setTimeout(() => void flush(), RETRY_MS);
    settleDrain();
  };

  socket.on('connect', () => void flush());
  socket.on('participant:welcome', (welcome) => {
    participant = welcome.participantId;
    auth = { role: 'student', code, resumeToken: welcome.resumeToken };
    outbox ??= createOutbox({
      storage,
      key: `outbox:${welcome.participantId}`,
      onSettled: (entry, outcome) => {
        if (outcome.type === 'delivered') acked.add(entry.clientAnswerId);
      },
    });
    void flush();
  });
  socket.on('session:state', (payload) => {
    if (state && payload.state.revision < state.revision) return;
    state = payload.state;
    stateAt = performance.now();
  });

  return {
    socket,
    name,
    participantId: () => participant,
    state: () => state,
    stateAt: () => stateAt,
    acked,
    sends,
    outbox: () => outbox,
    answer(itemId, value) {
      if (!outbox) throw new Error(`${name} has not joined yet`);
      const entry = outbox.enqueue({ itemId, value });
      void flush();
      return entry.clientAnswerId;
    },
    drained: () =>
      new Promise<void>((resolve) => {
        drainWaiters.push(resolve);
        settleDrain();
      }),
    close() {
      clearTimeout(retry);
      socket.disconnect();
    },
  };
}

/**
 * Resolves once `check` holds, looking every `everyMs` (many phones have no one event to wait for);
 * fails naming `what` after `ms`.
 */
export async function waitFor(what: string, check: () => boolean, ms = 30_000, everyMs = 50): Promise<void> {
  const deadline = performance.now() + ms;
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`waited ${ms} ms for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
