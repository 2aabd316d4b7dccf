/**
 * Seeded random protocol input for the fuzz test: the same seed gives the same messages, so a
 * failure can be replayed with FUZZ_SEED=<seed>.
 */
import type { SessionLesson } from '../../src/shared/session/state.ts';

export interface Random {
  next(): number;
  int(below: number): number;
  pick<T>(values: readonly T[]): T;
  chance(probability: number): boolean;
}

/** mulberry32: small, fast and good enough to pick test inputs. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number) => Math.floor(next() * below);
  return { next, int, pick: (values) => values[int(values.length)] as (typeof values)[number], chance: (p) => next() < p };
}

const ODD_STRINGS = [
  '',
  ' ',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  '\u0000',
  '\ud800',
  '🙂'.repeat(20),
  '<script>',
  'a'.repeat(65),
  'quiz-kosten',
];
const ODD_NUMBERS = [0, -0, -1, 1, 0.5, 1e308, -1e308, 2 ** 53 + 1, 500, 501, 31, 32, Number.MAX_SAFE_INTEGER];
const ODD_KEYS = ['__proto__', 'constructor', 'prototype', 'kind', 'value', 'id', 'index', 'itemId', 'participantId', 'then', 'toJSON'];

function randomString(random: Random, maxLength: number): string {
  if (random.chance(0.3)) return random.pick(ODD_STRINGS);
  const length = random.int(Math.min(maxLength, random.chance(0.1) ? maxLength : 40) + 1);
  let text = '';
  for (let i = 0; i < length; i += 1) text += String.fromCharCode(random.chance(0.9) ? 32 + random.int(95) : random.int(0xffff));
  return text;
}

/** Any value JSON (or a socket.io binary attachment) can carry, within a byte budget. */
export function randomValue(random: Random, budget = 2_000, depth = 0): unknown {
  const kind = random.int(depth > 4 ? 5 : 9);
  if (kind === 0) return null;
  if (kind === 1) return random.chance(0.5);
  if (kind === 2) return random.chance(0.5) ? random.pick(ODD_NUMBERS) : (random.next() - 0.5) * 10 ** random.int(12);
  if (kind === 3) return randomString(random, budget);
  if (kind === 4) return Buffer.from(Array.from({ length: random.int(Math.min(budget, 256)) }, () => random.int(256)));
  if (kind === 5 || kind === 6) {
    const length = random.int(8);
    return Array.from({ length }, () => randomValue(random, Math.floor(budget / (length + 1)), depth + 1));
  }
  const record: Record<string, unknown> = {};
  const size = random.int(6);
  for (let i = 0; i < size; i += 1) {
    const key = random.chance(0.5) ? random.pick(ODD_KEYS) : randomString(random, 20);
    // defineProperty, so `__proto__` becomes an own key as it would be after JSON.parse on the server.
    Object.defineProperty(record, key, {
      value: randomValue(random, Math.floor(budget / (size + 1)), depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return record;
}

/** An array or object nested `depth` deep, e.g. `[[[[…]]]]`. */
export function deeplyNested(depth: number, asObject: boolean): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = asObject ? { value } : [value];
  return value;
}

/** Ids a payload may name: some real (this session's or another's), some made up. */
export interface KnownIds {
  itemIds: string[];
  timerIds: string[];
  participantIds: string[];
}

export function knownIds(lesson: SessionLesson, participantIds: string[]): KnownIds {
  return { itemIds: Object.keys(lesson.items), timerIds: Object.keys(lesson.timers), participantIds };
}

/** A payload that is well formed for `event` (so it gets past zod) with random but plausible values. */
export function plausiblePayload(random: Random, event: string, ids: KnownIds): unknown {
  const id = () => (random.chance(0.8) ? random.pick(ids.itemIds) : random.pick(['bestaat-niet', 'a', 'x-1']));
  const participantId = () =>
    random.chance(0.8) && ids.participantIds.length > 0 ? random.pick(ids.participantIds) : randomString(random, 64) || 'p';
  const flag = () => random.chance(0.5);
  const letters = () => Array.from({ length: 1 + random.int(3) }, () => random.pick(['A', 'B', 'C', 'D', 'H']));
  switch (event) {
    case 'answer:submit': {
      const value = random.pick([
        { kind: 'quiz', choices: letters() },
        { kind: 'poll', choices: letters() },
        { kind: 'mindMap', entries: Array.from({ length: 1 + random.int(4) }, () => randomString(random, 200)) },
        { kind: 'openQuestion', text: randomString(random, 2000) },
      ]);
      return { itemId: id(), clientAnswerId: `fz${random.int(1e9).toString(36)}xxxxxx`, value };
    }
    case 'slide:goto':
      return { index: 1 + random.int(random.chance(0.9) ? 31 : 500) };
    case 'item:open':
      return random.chance(0.5) ? { id: id() } : { id: id(), allowChanges: flag() };
    case 'answer:reveal':
      return { id: id(), revealed: flag() };
    case 'model:show':
      return { id: id(), shown: flag() };
    case 'session:anonymous':
      return { anonymous: flag() };
    case 'session:lock':
      return { locked: flag() };
    case 'session:competition':
      return { on: flag(), speed: flag() };
    case 'results:show':
    case 'session:lobby':
    case 'session:banner':
    case 'leaderboard:show':
      return { shown: flag() };
    case 'answer:hide':
      return { answerId: randomString(random, 64) || 'a', hidden: flag() };
    case 'answer:highlight':
      return { answerId: randomString(random, 64) || 'a', highlighted: flag() };
    case 'timer:start':
    case 'timer:pause':
    case 'timer:addMinute':
    case 'timer:reset':
      return { id: random.chance(0.8) && ids.timerIds.length > 0 ? random.pick(ids.timerIds) : id() };
    case 'participant:remove':
    case 'participant:readmit':
      return { participantId: participantId() };
    case 'participant:rename':
      return { participantId: participantId(), name: randomString(random, 40) };
    case 'session:end':
      // Rarely the real thing: an ended session refuses everything else, which would leave little to fuzz.
      return random.chance(0.02) ? {} : { now: true };
    default:
      return {};
  }
}

/** Event names the server does not know (socket.io's reserved ones go in raw frames: its client will not send them). */
export const UNKNOWN_EVENTS = [
  '',
  'x',
  'answer:Submit',
  'answer:submit ',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'toString',
  'message',
  'x'.repeat(5000),
];

/** Handshake `auth` objects that must be refused with a code (never `server_error`), never let in. */
export function randomHandshake(random: Random, version: number, sessionId: string, code: string): Record<string, unknown> {
  const base = random.pick<Record<string, unknown>>([
    { protocolVersion: version, role: 'teacher', sessionId },
    { protocolVersion: version, role: 'student', code, name: 'Sam' },
    { protocolVersion: version, role: 'student', resumeToken: 'x'.repeat(43) },
    { protocolVersion: version, role: 'admin', sessionId },
    {},
  ]);
  const field = random.pick([
    'protocolVersion',
    'role',
    'sessionId',
    'code',
    'name',
    'resumeToken',
    '__proto__',
    'participantId',
    'teacherId',
  ]);
  // Each case breaks the base in one way: a wrong type, an oversized or odd value, an extra field.
  const broken = random.pick<unknown>([
    randomValue(random, 4_000),
    deeplyNested(200, random.chance(0.5)),
    'x'.repeat(10_000),
    version + 1,
    String(version),
    null,
  ]);
  const auth: Record<string, unknown> = { ...base };
  Object.defineProperty(auth, field, { value: broken, enumerable: true, writable: true, configurable: true });
  return auth;
}
