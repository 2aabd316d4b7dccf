import type { Ack } from '../shared/protocol/ack.ts';
import type { CommandName, CommandPayload } from '../shared/protocol/commands.ts';
import type { AnswerValue } from '../shared/session/answers.ts';
import { applyParticipantChanges } from '../shared/session/participants.ts';
import { $serverClock, addClockSample } from './clock.ts';
import {
  clearIdentity,
  newJoinToken,
  readIdentity,
  saveIdentity,
  sessionKeyOf,
  toHandshake,
  type LiveAuth,
  type StudentIdentity,
} from './identity.ts';
import { createOutbox, outboxKey, type FlushReport, type Outbox } from './outbox.ts';
import type { OutboxEntry } from './outbox-state.ts';
import { connectionRefusal, emitCommand, LOCAL_ACKS, openLiveSocket, type LiveSocket, type LiveSocketOptions } from './socket.ts';
import { deviceKeyValueStorage, type KeyValueStorage } from './storage.ts';
import {
  $classEntries,
  $connection,
  $delivered,
  $lesson,
  $me,
  $myScore,
  $outbox,
  $participants,
  $removedParticipants,
  $results,
  $reveals,
  $scores,
  $session,
  deliveredFromServer,
  newerState,
  resetLiveStores,
} from './stores.ts';

export interface ConnectLiveOptions {
  auth: LiveAuth;
  /** A new student was let in; their resume token is already stored on the device. */
  onWelcome?: (welcome: StudentIdentity) => void;
  /** Server origin; the page's own origin when left out (Node has none: pass it there). */
  url?: string;
  /** Where the resume token and the outbox are kept; the device's localStorage by default. */
  storage?: KeyValueStorage;
  commandTimeoutMs?: number;
  /** Overrides of the socket.io-client options, e.g. `transports` or reconnection delays. */
  socketOptions?: LiveSocketOptions;
}

/** The page's one live connection. */
export interface LiveConnection {
  socket: LiveSocket;
  /** Goes offline on purpose and stops reconnecting; answers made meanwhile wait in the outbox. */
  disconnect(): void;
  /** Connects again after `disconnect()` or a refusal. */
  reconnect(): void;
  /** Sends what waits in the outbox (also done on every connect); null for teachers. */
  flush(): Promise<FlushReport | null>;
}

interface Live extends LiveConnection {
  outbox: Outbox | null;
  commandTimeoutMs: number;
}

const RETRY_DELAY = { firstMs: 1_000, maxMs: 30_000 };
let current: Live | null = null;

/**
 * Connects this page to the live lesson and keeps the live stores up to date; replaces an earlier
 * connection. socket.io reconnects with backoff; every (re)connect brings the full state and
 * sends the outbox. A student who joins with a code keeps the resume token on the device and
 * comes back with it from then on; a token the server no longer knows is forgotten. A removed
 * student's token stays: a join from this device under any name brings it, so the server keeps
 * the device out until the teacher lets it back in.
 */
export function connectLive(options: ConnectLiveOptions): LiveConnection {
  current?.disconnect();
  resetLiveStores();
  const storage = options.storage ?? deviceKeyValueStorage;
  let auth: LiveAuth =
    options.auth.role === 'student' && 'name' in options.auth && !options.auth.joinToken
      ? { ...options.auth, joinToken: readIdentity(options.auth.code, storage)?.resumeToken ?? newJoinToken() }
      : options.auth;
  const sessionKey = auth.role === 'student' ? sessionKeyOf(auth.code) : auth.sessionId;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let retryDelayMs = RETRY_DELAY.firstMs;

  const socket = openLiveSocket(options.url, () => toHandshake(auth), options.socketOptions);

  const openOutbox = (participantId: string): Outbox =>
    createOutbox({
      storage,
      key: outboxKey(sessionKey, participantId),
      onChange: (state) => $outbox.set(state),
      onSettled: (entry, outcome) => {
        if (outcome.type === 'delivered') $delivered.setKey(entry.itemId, entry.value);
      },
    });

  const live: Live = {
    socket,
    outbox: null,
    commandTimeoutMs: options.commandTimeoutMs ?? 8_000,
    disconnect() {
      clearTimeout(retryTimer);
      socket.disconnect();
    },
    reconnect() {
      $connection.set('connecting');
      socket.connect();
    },
    async flush() {
      clearTimeout(retryTimer);
      if (!live.outbox) return null;
      const report = await live.outbox.flush((payload) => emitCommand(socket, 'answer:submit', payload, live.commandTimeoutMs));
      // Offline flushes wait for the next connect; a busy or slow server gets another try later.
      if (report.stoppedBy && socket.connected && current === live) {
        clearTimeout(retryTimer);
        retryTimer = setTimeout(() => void live.flush(), retryDelayMs);
        retryDelayMs = Math.min(retryDelayMs * 2, RETRY_DELAY.maxMs);
      } else if (!report.stoppedBy) retryDelayMs = RETRY_DELAY.firstMs;
      return report;
    },
  };

  const becomeKnown = (identity: StudentIdentity): void => {
    $me.set({ participantId: identity.participantId, name: identity.name });
    live.outbox = openOutbox(identity.participantId);
    $outbox.set(live.outbox.state());
  };
  const forgetIdentity = (): void => {
    if (auth.role === 'student') clearIdentity(auth.code, storage);
  };
  if (auth.role === 'student' && 'resumeToken' in auth) {
    const known = readIdentity(auth.code, storage);
    if (known?.resumeToken === auth.resumeToken) becomeKnown(known);
  }

  // Events of a replaced connection must not touch the stores of the new one.
  const on: LiveSocket['on'] = (event, listener) =>
    socket.on(event, ((...args: never[]) => {
      if (current === live) (listener as (...args: never[]) => void)(...args);
    }) as never);

  on('connect', () => {
    $connection.set('online');
    void live.flush();
  });
  on('disconnect', () => {
    if (typeof $connection.get() === 'string') $connection.set('offline');
  });
  socket.io.on('reconnect_attempt', () => {
    if (current === live && typeof $connection.get() === 'string') $connection.set('connecting');
  });
  on('connect_error', (error) => {
    // An active socket keeps retrying (network trouble); an inactive one was refused by the server.
    if (socket.active) return $connection.set('offline');
    const refusal = connectionRefusal(error);
    if (refusal.code === 'resume_unknown') forgetIdentity();
    $connection.set(refusal);
  });
  on('participant:welcome', (welcome) => {
    if (auth.role !== 'student') return;
    saveIdentity(auth.code, welcome, storage);
    auth = { role: 'student', code: auth.code, resumeToken: welcome.resumeToken };
    becomeKnown(welcome);
    options.onWelcome?.(welcome);
    void live.flush();
  });
  on('participant:renamed', ({ name }) => {
    const me = $me.get();
    if (me) $me.set({ ...me, name });
  });
  on('session:state', ({ state, serverTime, lesson, reveals }) => {
    $serverClock.set(addClockSample($serverClock.get(), serverTime, Date.now()));
    if (newerState($session.get(), state) !== state) return;
    // Lesson and reveals first: whoever reacts to the new state already finds what belongs to it.
    $lesson.set(lesson);
    $reveals.set(reveals);
    $session.set(state);
  });
  on('answers:mine', ({ answers }) => $delivered.set(deliveredFromServer(answers)));
  on('participants:updated', ({ participants, removed }) => {
    $participants.set(participants);
    $removedParticipants.set(removed);
  });
  on('participants:changed', (changes) => {
    const merged = applyParticipantChanges({ participants: $participants.get(), removed: $removedParticipants.get() }, changes);
    $participants.set(merged.participants);
    $removedParticipants.set(merged.removed);
  });
  on('results:updated', ({ itemId, results, answeredBy }) => $results.setKey(itemId, { results, answeredBy }));
  on('results:class', ({ itemId, entries }) => $classEntries.setKey(itemId, entries));
  on('scores:updated', ({ entries }) => $scores.set(entries));
  on('score:mine', (score) => $myScore.set(score));
  // The device keeps its token: it stays out of this lesson, under any name, until the teacher lets it back in.
  on('participant:removed', () => $connection.set({ code: 'removed' }));
  // The student goes on on another device; this page stays closed instead of taking the seat back.
  on('connection:replaced', ({ code }) => $connection.set({ code }));

  current = live;
  return live;
}

/** Sends a command of the current connection; resolves with its ack (a local `offline`/`timeout` one when it cannot). */
export function sendCommand<Name extends CommandName>(
  name: Name,
  payload: CommandPayload<Name>,
  timeoutMs?: number,
): Promise<Ack<unknown>> {
  if (!current) return Promise.resolve(LOCAL_ACKS.offline);
  return emitCommand(current.socket, name, payload, timeoutMs ?? current.commandTimeoutMs);
}

/**
 * A student's answer: stored on the device first, then sent now when online, or on the next
 * connect. Returns its outbox entry; null when this page has not joined as a student.
 */
export function submitAnswer(itemId: string, value: AnswerValue): OutboxEntry | null {
  const live = current;
  if (!live?.outbox) return null;
  const entry = live.outbox.enqueue({ itemId, value });
  if (live.socket.connected) void live.flush();
  return entry;
}

/** Forgets the refusal of an item once the student has seen it. */
export function dismissRefusal(itemId: string): void {
  current?.outbox?.dismiss(itemId);
}
