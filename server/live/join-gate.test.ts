import { describe, expect, it } from 'vitest';
import { JOIN_GATE_TTL_MS, localJoinGate } from './join-gate.ts';

describe('the join gate in one process', () => {
  it('knows an address per session until the joinable time is over', async () => {
    const clock = { now: 1_000 };
    const gate = localJoinGate(() => clock.now);
    await gate.remember('198.51.100.7', 's1');
    expect(await gate.knows('198.51.100.7', 's1')).toBe(true);
    expect(await gate.knows('198.51.100.7', 's2')).toBe(false);
    expect(await gate.knows('198.51.100.8', 's1')).toBe(false);
    clock.now += JOIN_GATE_TTL_MS;
    expect(await gate.knows('198.51.100.7', 's1')).toBe(false);
  });

  it('keeps a bounded number of pairs, dropping the least recently remembered', async () => {
    const gate = localJoinGate(() => 0, 3);
    for (const session of ['s1', 's2', 's3']) await gate.remember('10.0.0.1', session);
    await gate.remember('10.0.0.1', 's1');
    await gate.remember('10.0.0.1', 's4');
    expect(await gate.knows('10.0.0.1', 's2')).toBe(false);
    for (const session of ['s1', 's3', 's4']) expect(await gate.knows('10.0.0.1', session)).toBe(true);
  });
});
