import { describe, expect, it } from 'vitest';
import type { SessionState } from '../../src/shared/session/state.ts';
import { seedSession, useStore } from '../storage/test-helpers.ts';
import type { Store } from '../storage/types.ts';
import { createSessionCache } from './session-cache.ts';

describe('the session cache of a node', () => {
  const fixture = useStore('memory');

  it('answers from memory, takes this node’s newer saves, and reads again once told or once old', async () => {
    const { store: testStore } = fixture();
    await seedSession(testStore);
    const store = testStore as unknown as Store<SessionState>;
    let reads = 0;
    let now = 1_000;
    const cache = createSessionCache({ findLiveSessionById: (id) => (reads++, store.findLiveSessionById(id)) }, () => now, 1_000);

    const first = await cache.get('s1');
    expect(await cache.get('s1')).toBe(first);
    expect(reads).toBe(1);

    // Another node saves: until it says so, this node keeps its copy; then it reads the new one.
    await store.saveLiveSessionState('s1', { ...(first?.state as SessionState), revision: 1 }, 0);
    expect((await cache.get('s1'))?.revision).toBe(0);
    cache.forget('s1');
    expect((await cache.get('s1'))?.revision).toBe(1);
    expect(reads).toBe(2);

    // This node's own save writes through; an older one arriving late does not win.
    const newer = { ...(first as NonNullable<typeof first>), revision: 3, state: { ...(first?.state as SessionState), revision: 3 } };
    cache.put(newer);
    cache.put({ ...newer, revision: 2 });
    expect(await cache.get('s1')).toBe(newer);
    expect(reads).toBe(2);

    // A lost message costs at most the maximum age.
    now += 1_000;
    expect((await cache.get('s1'))?.revision).toBe(1);
    expect(reads).toBe(3);
    expect(await cache.get('unknown')).toBeNull();
  });
});
