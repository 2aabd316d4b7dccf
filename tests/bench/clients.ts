import { performance } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';
import { PROTOCOL_VERSION } from '../../src/shared/protocol/commands.ts';
import type { BenchSession } from './ipc.ts';

/** The same measurements against the app's protocol or against a bare Socket.IO room. */
export interface Flavour {
  name: 'app' | 'bare';
  teacherAuth(session: BenchSession): { auth: Record<string, unknown>; headers: Record<string, string> };
  studentAuth(session: BenchSession, index: number): Record<string, unknown>;
  /** Event after which a student is in (app: the first full state; bare: the room's hello). */
  joinedEvent: string;
  goto(teacher: Socket, index: number): void;
  /** Whether a fan-out message shows slide `index`. */
  shows(event: string, payload: unknown, index: number): boolean;
  fanoutEvent: string;
  answer(student: Socket, index: number): Promise<boolean>;
}

const ACK_TIMEOUT_MS = 20_000;

interface AckReply {
  ok: boolean;
}

export const appFlavour = (itemId: string): Flavour => ({
  name: 'app',
  teacherAuth: (session) => ({
    auth: { protocolVersion: PROTOCOL_VERSION, role: 'teacher', sessionId: session.id },
    headers: { cookie: session.cookie },
  }),
  studentAuth: (session, index) => ({
    protocolVersion: PROTOCOL_VERSION,
    role: 'student',
    code: session.code,
    name: `Student ${index + 1}`,
  }),
  joinedEvent: 'session:state',
  goto: (teacher, index) => teacher.emit('slide:goto', { index }, () => undefined),
  fanoutEvent: 'session:state',
  shows: (_event, payload, index) => (payload as { state: { slide: number } }).state.slide === index,
  answer: async (student, index) => {
    const reply = (await student.timeout(ACK_TIMEOUT_MS).emitWithAck('answer:submit', {
      itemId,
      clientAnswerId: `bench-${index}-${student.id}`,
      value: { kind: 'quiz', choices: [index % 2 ? 'A' : 'B'] },
    })) as AckReply;
    return reply.ok;
  },
});

export const bareFlavour: Flavour = {
  name: 'bare',
  teacherAuth: (session) => ({ auth: { room: session.id }, headers: {} }),
  studentAuth: (session) => ({ room: session.id }),
  joinedEvent: 'joined',
  goto: (teacher, index) => teacher.emit('goto', index),
  fanoutEvent: 'state',
  shows: (_event, payload, index) => (payload as { slide: number }).slide === index,
  answer: async (student, index) => ((await student.timeout(ACK_TIMEOUT_MS).emitWithAck('answer', { index })) as AckReply).ok,
};

/** A real socket.io client over WebSocket that stays down when it drops (a benchmark counts, never retries). */
export function open(url: string, auth: Record<string, unknown>, headers: Record<string, string> = {}): Socket {
  return io(url, { path: '/live', auth, extraHeaders: headers, transports: ['websocket'], reconnection: false, forceNew: true });
}

/** Resolves with the socket once `event` arrives; rejects on a refused handshake. */
export function openAndWait(url: string, event: string, auth: Record<string, unknown>, headers?: Record<string, string>): Promise<Socket> {
  const socket = open(url, auth, headers);
  return new Promise((resolve, reject) => {
    socket.once(event, () => resolve(socket));
    socket.once('connect_error', (error) => reject(error));
  });
}

/** The q-th quantile (0..1) of the values, nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

export const now = () => performance.now();
