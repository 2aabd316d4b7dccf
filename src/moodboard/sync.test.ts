import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage, type KeyValueStorage } from '../live/storage.ts';
import type { BoardDoc } from '../shared/moodboard/board.ts';
import { createEditorStore, type EditorStore } from './store.ts';
import { BoardSync } from './sync.ts';
import { boardServer, channelHub } from './sync-fakes.ts';
import { deviceCopyKey, parseDeviceCopy } from './sync-state.ts';
import type { SaveStatus } from './types.ts';

const ID = 'bord1';
const KEY = deviceCopyKey(ID);
const first = (): BoardDoc => ({ version: 1, explanation: 'Begin', items: [] });
const withText = (text: string): BoardDoc => ({ ...first(), explanation: text });

let syncs: BoardSync[] = [];
beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
});
afterEach(() => {
  for (const sync of syncs) sync.dispose();
  syncs = [];
  vi.useRealTimers();
});

/** One tab: a store and its sync over the shared server, storage, channels and window events. */
function setup(
  options: {
    server?: ReturnType<typeof boardServer>;
    storage?: KeyValueStorage;
    hub?: ReturnType<typeof channelHub>;
    revision?: number;
    doc?: BoardDoc;
  } = {},
) {
  const server = options.server ?? boardServer(ID, first(), Date.now);
  const storage = options.storage ?? memoryStorage();
  const events = new EventTarget();
  const store = createEditorStore(options.doc ?? server.board.doc);
  const sync = new BoardSync({
    boardId: ID,
    revision: options.revision ?? server.board.revision,
    store,
    fetch: server.fetch,
    storage,
    channel: options.hub ?? null,
    events,
    now: () => Date.now(),
  });
  syncs.push(sync);
  const statuses: SaveStatus['kind'][] = [];
  sync.subscribe((status) => statuses.push(status.kind));
  return { server, storage, events, store, sync, statuses };
}

const type = (store: EditorStore, text: string) => store.getState().dispatch({ type: 'setExplanation', text });
const copyIn = (storage: KeyValueStorage) => parseDeviceCopy(storage.getItem(KEY));

describe('BoardSync: autosave', () => {
  it('saves 700 ms after the last change, then says saved and clears the device copy', async () => {
    const { server, store, sync, storage, statuses } = setup();
    type(store, 'Een');
    expect(sync.status.kind).toBe('saving');
    await vi.advanceTimersByTimeAsync(699);
    expect(server.puts).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.puts).toEqual([{ doc: withText('Een'), baseRevision: 0, at: 1_000_700 }]);
    expect(sync.status).toEqual({ kind: 'saved', at: 1_000_700 });
    expect(sync.revision).toBe(1);
    expect(storage.getItem(KEY)).toBeNull();
    expect(statuses).toEqual(['saving', 'saved']);
  });

  it('saves at the latest two seconds after the first change while typing goes on', async () => {
    const { server, store } = setup();
    for (let step = 1; step <= 8; step += 1) {
      type(store, 'x'.repeat(step));
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(server.puts.map((put) => put.at - 1_000_000)).toEqual([2000, 4000]);
    await vi.advanceTimersByTimeAsync(700);
    expect(server.board.doc.explanation).toBe('x'.repeat(8));
  });

  it('keeps the work on the device before it is sent', async () => {
    const { server, store, storage } = setup();
    server.down = true;
    type(store, 'Bewaard');
    await vi.advanceTimersByTimeAsync(700);
    expect(copyIn(storage)).toMatchObject({ doc: withText('Bewaard'), baseRevision: 0, localVersion: 1, savedAt: 1_000_700 });
  });

  it('a change during a save goes out next, on the new revision', async () => {
    const { server, store, sync } = setup();
    type(store, 'Een');
    await vi.advanceTimersByTimeAsync(700);
    type(store, 'Twee');
    await vi.advanceTimersByTimeAsync(700);
    expect(server.puts.map((put) => put.baseRevision)).toEqual([0, 1]);
    expect(sync.status.kind).toBe('saved');
    expect(server.board.revision).toBe(2);
  });
});

describe('BoardSync: offline', () => {
  it('retries while offline and at once when the connection is back', async () => {
    const { server, store, sync, events, storage } = setup();
    server.down = true;
    type(store, 'Offline');
    await vi.advanceTimersByTimeAsync(700);
    expect(sync.status).toEqual({ kind: 'offline', since: 1_000_700 });
    await vi.advanceTimersByTimeAsync(1000 + 2000 + 5000);
    expect(sync.status).toEqual({ kind: 'offline', since: 1_000_700 });
    expect(copyIn(storage)?.doc).toEqual(withText('Offline'));
    server.down = false;
    events.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(0);
    expect(sync.status.kind).toBe('saved');
    expect(server.requests.map((at) => at - 1_000_000)).toEqual([700, 1700, 3700, 8700, 8700]);
    expect(server.board.doc).toEqual(withText('Offline'));
    expect(storage.getItem(KEY)).toBeNull();
  });

  it('waits 1, 2, 5, 10 s … at most 30 s between tries', async () => {
    const { server, store } = setup();
    server.down = true;
    type(store, 'Weg');
    await vi.advanceTimersByTimeAsync(700 + 1000 + 2000 + 5000 + 10_000 + 20_000 + 30_000 + 30_000);
    expect(server.requests.map((at) => at - 1_000_000)).toEqual([700, 1700, 3700, 8700, 18_700, 38_700, 68_700, 98_700]);
  });

  it('a save that hangs is given up after 15 s and tried again', async () => {
    const { server, store, sync } = setup();
    server.hang = true;
    type(store, 'Traag');
    await vi.advanceTimersByTimeAsync(700 + 14_999);
    expect(sync.status.kind).toBe('saving');
    await vi.advanceTimersByTimeAsync(1);
    expect(sync.status.kind).toBe('offline');
    server.hang = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(sync.status.kind).toBe('saved');
    expect(server.board.doc).toEqual(withText('Traag'));
  });

  it('a 5xx answer also means: try again later', async () => {
    const { server, store, sync } = setup();
    server.failures = 1;
    type(store, 'Later');
    await vi.advanceTimersByTimeAsync(700);
    expect(sync.status.kind).toBe('offline');
    await vi.advanceTimersByTimeAsync(1000);
    expect(sync.status.kind).toBe('saved');
    expect(server.board.doc).toEqual(withText('Later'));
  });

  it('a 400 answer keeps the server code, keeps the work on the device and does not retry by itself', async () => {
    const { server, store, sync, storage, statuses } = setup();
    server.refuse = 'invalid';
    type(store, 'Nee');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sync.status).toEqual({ kind: 'error', code: 'invalid' });
    expect(server.requests).toHaveLength(1);
    expect(copyIn(storage)?.doc).toEqual(withText('Nee'));
    server.refuse = null;
    type(store, 'Nu wel');
    await vi.advanceTimersByTimeAsync(700);
    expect(statuses).toEqual(['saving', 'error', 'saving', 'saved']);
    expect(server.board.doc).toEqual(withText('Nu wel'));
  });
});

describe('BoardSync: conflicts', () => {
  it('409 keeps the server doc aside and overwrites nothing; "mine" then saves on top of it', async () => {
    const { server, store, sync, storage } = setup();
    server.saveElsewhere(withText('Van de laptop'));
    type(store, 'Van de telefoon');
    await vi.advanceTimersByTimeAsync(700);
    expect(sync.status).toEqual({ kind: 'conflict', serverRevision: 1, serverUpdatedAt: 1_000_000 });
    expect(sync.conflict?.doc).toEqual(withText('Van de laptop'));
    expect(server.board.doc).toEqual(withText('Van de laptop'));
    expect(copyIn(storage)).toMatchObject({ doc: withText('Van de telefoon'), baseRevision: 0 });
    type(store, 'Van de telefoon!');
    await vi.advanceTimersByTimeAsync(5000);
    expect(server.puts).toHaveLength(1);
    expect(copyIn(storage)?.doc).toEqual(withText('Van de telefoon!'));
    expect(await sync.resolve('mine')).toEqual({ kind: 'saved', at: 1_005_700 });
    expect(server.board).toMatchObject({ revision: 2, doc: withText('Van de telefoon!') });
    expect(server.puts.at(-1)?.baseRevision).toBe(1);
    expect(storage.getItem(KEY)).toBeNull();
  });

  it('"theirs" loads the server doc without saving; one undo brings this tab\'s version back, and saves it', async () => {
    const { server, store, sync, storage } = setup();
    server.saveElsewhere(withText('Van de laptop'));
    type(store, 'Van de telefoon');
    await vi.advanceTimersByTimeAsync(700);
    expect(await sync.resolve('theirs')).toEqual({ kind: 'saved', at: 1_000_000 });
    expect(store.getState()).toMatchObject({ doc: withText('Van de laptop'), past: [withText('Begin'), withText('Van de telefoon')] });
    expect(sync.revision).toBe(1);
    expect(storage.getItem(KEY)).toBeNull();
    await vi.advanceTimersByTimeAsync(5000);
    expect(server.puts).toHaveLength(1);
    store.getState().dispatch({ type: 'undo' });
    await vi.advanceTimersByTimeAsync(700);
    expect(server.board).toMatchObject({ revision: 2, doc: withText('Van de telefoon') });
  });

  it('a 409 for the very doc we sent (its answer got lost) counts as saved', async () => {
    const { server, store, sync } = setup();
    server.saveElsewhere(withText('Zelfde'));
    type(store, 'Zelfde');
    await vi.advanceTimersByTimeAsync(700);
    expect(sync.status.kind).toBe('saved');
    expect(sync.revision).toBe(1);
  });
});

describe('BoardSync.restore', () => {
  const keep = (storage: KeyValueStorage, doc: BoardDoc, baseRevision: number) =>
    storage.setItem(KEY, JSON.stringify({ doc, baseRevision, localVersion: 3, savedAt: 5 }));

  function restore(storage: KeyValueStorage, serverDoc = withText('Server')) {
    const server = boardServer(ID, serverDoc, Date.now);
    server.saveElsewhere(serverDoc);
    const store = createEditorStore(server.board.doc);
    const sync = BoardSync.restore({ boardId: ID, server: server.board, store, fetch: server.fetch, storage, channel: null, events: null });
    syncs.push(sync);
    return { server, store, sync };
  }

  it.each<[string, (storage: KeyValueStorage) => void]>([
    ['no copy', () => {}],
    ['a broken copy', (storage) => storage.setItem(KEY, '{"doc":')],
    ['a copy equal to the server board (on an older revision)', (storage) => keep(storage, withText('Server'), 0)],
  ])('%s: the server board it is', async (_name, prepare) => {
    const storage = memoryStorage();
    prepare(storage);
    const { store, sync, server } = restore(storage);
    await vi.advanceTimersByTimeAsync(5000);
    expect(store.getState().doc).toEqual(withText('Server'));
    expect(sync.status.kind).toBe('saved');
    expect(server.puts).toHaveLength(0);
    expect(storage.getItem(KEY)).toBeNull();
  });

  it('unsaved work on the same revision: loaded and saved', async () => {
    const storage = memoryStorage();
    keep(storage, withText('Thuis'), 1);
    const { store, sync, server } = restore(storage);
    expect(store.getState()).toMatchObject({ doc: withText('Thuis'), past: [] });
    await vi.advanceTimersByTimeAsync(0);
    expect(server.board).toMatchObject({ revision: 2, doc: withText('Thuis') });
    expect(sync.status.kind).toBe('saved');
    expect(storage.getItem(KEY)).toBeNull();
  });

  it('unsaved work on an older revision: a conflict, nothing saved', async () => {
    const storage = memoryStorage();
    keep(storage, withText('Oud werk'), 0);
    const { store, sync, server } = restore(storage);
    expect(store.getState().doc).toEqual(withText('Oud werk'));
    expect(sync.status).toMatchObject({ kind: 'conflict', serverRevision: 1 });
    await vi.advanceTimersByTimeAsync(5000);
    expect(server.puts).toHaveLength(0);
    expect(await sync.resolve('mine')).toMatchObject({ kind: 'saved' });
    expect(server.board).toMatchObject({ revision: 2, doc: withText('Oud werk') });
    expect(storage.getItem(KEY)).toBeNull();
  });

  it('a conflict survives a reload, also after more changes in between', async () => {
    const storage = memoryStorage();
    keep(storage, withText('Oud werk'), 0);
    const before = restore(storage);
    type(before.store, 'Oud werk, meer');
    await vi.advanceTimersByTimeAsync(700);
    before.sync.dispose();
    const after = restore(storage);
    expect(after.store.getState().doc).toEqual(withText('Oud werk, meer'));
    expect(after.sync.status.kind).toBe('conflict');
    expect(await after.sync.resolve('theirs')).toMatchObject({ kind: 'saved' });
    expect(after.store.getState().doc).toEqual(withText('Server'));
    expect(storage.getItem(KEY)).toBeNull();
  });
});

describe('BoardSync: two tabs', () => {
  function twoTabs() {
    const hub = channelHub();
    const storage = memoryStorage();
    const a = setup({ hub, storage });
    const b = setup({ hub, storage, server: a.server });
    return { a, b, server: a.server, storage };
  }

  it('a tab without changes follows the other silently', async () => {
    const { a, b, server } = twoTabs();
    type(a.store, 'Uit tab A');
    await vi.advanceTimersByTimeAsync(700);
    expect(server.gets).toBe(1);
    expect(b.store.getState()).toMatchObject({ doc: withText('Uit tab A'), past: [], localVersion: 0 });
    expect(b.sync.revision).toBe(1);
    expect(b.sync.status.kind).toBe('saved');
    type(b.store, 'Verder in tab B');
    await vi.advanceTimersByTimeAsync(700);
    expect(server.board).toMatchObject({ revision: 2, doc: withText('Verder in tab B') });
    expect(a.store.getState().doc).toEqual(withText('Verder in tab B'));
  });

  it('a tab with unsaved changes goes to conflict instead of overwriting', async () => {
    const { a, b, server, storage } = twoTabs();
    type(a.store, 'Uit tab A');
    await vi.advanceTimersByTimeAsync(300);
    type(b.store, 'Uit tab B');
    await vi.advanceTimersByTimeAsync(400);
    expect(a.sync.status.kind).toBe('saved');
    expect(b.sync.status).toMatchObject({ kind: 'conflict', serverRevision: 1 });
    await vi.advanceTimersByTimeAsync(5000);
    expect(server.board).toMatchObject({ revision: 1, doc: withText('Uit tab A') });
    expect(server.puts).toHaveLength(1);
    expect(copyIn(storage)).toMatchObject({ doc: withText('Uit tab B'), baseRevision: 0 });
  });
});

describe('BoardSync: a failing save that ends after another tab was heard', () => {
  it('keeps the conflict instead of falling back to offline', async () => {
    const hub = channelHub();
    const storage = memoryStorage();
    const b = setup({ hub, storage });
    const server = b.server;
    // Tab A reaches the server for reading only, and slowly: its saves fail after a second.
    const slow = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const fetchA: typeof server.fetch = async (url, init) => {
      if ((init?.method ?? 'GET') === 'PUT') {
        await slow(1000);
        throw new TypeError('Failed to fetch');
      }
      await slow(1500);
      return server.fetch(url, init);
    };
    const a = setup({ hub, storage, server: { ...server, fetch: fetchA } });
    type(a.store, 'Uit tab A');
    type(b.store, 'Uit tab B');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(server.board).toMatchObject({ revision: 1, doc: withText('Uit tab B') });
    expect(a.statuses).toContain('offline');
    expect(a.sync.status).toMatchObject({ kind: 'conflict', serverRevision: 1 });
    expect(copyIn(storage)).toMatchObject({ doc: withText('Uit tab A') });
  });
});

describe('BoardSync: a save whose answer got lost', () => {
  it('is recognised on the next 409 even after more typing, and the newer work is saved on top', async () => {
    const server = boardServer(ID, first(), Date.now);
    let loseNextAnswer = true;
    const fetch: typeof server.fetch = async (url, init) => {
      const response = await server.fetch(url, init);
      if ((init?.method ?? 'GET') === 'PUT' && loseNextAnswer) {
        loseNextAnswer = false;
        throw new TypeError('Failed to fetch');
      }
      return response;
    };
    const tab = setup({ server: { ...server, fetch } });
    type(tab.store, 'Eerste versie');
    await vi.advanceTimersByTimeAsync(700);
    expect(server.board).toMatchObject({ revision: 1, doc: withText('Eerste versie') });
    expect(tab.sync.status.kind).toBe('offline');
    type(tab.store, 'Eerste versie, en verder getypt');
    await vi.advanceTimersByTimeAsync(5000);
    expect(tab.statuses).not.toContain('conflict');
    expect(server.board).toMatchObject({ revision: 2, doc: withText('Eerste versie, en verder getypt') });
    expect(tab.sync.status.kind).toBe('saved');
  });
});

describe('BoardSync: flush and leaving the page', () => {
  it('flush saves at once and resolves when saved', async () => {
    const { server, store, sync } = setup();
    type(store, 'Inleveren');
    expect(await sync.flush()).toEqual({ kind: 'saved', at: 1_000_000 });
    expect(server.board.doc).toEqual(withText('Inleveren'));
  });

  it('flush without a connection resolves with offline', async () => {
    const { server, store, sync } = setup();
    server.down = true;
    type(store, 'Inleveren');
    expect((await sync.flush()).kind).toBe('offline');
  });

  const unload = (events: EventTarget) => {
    const event = new Event('beforeunload', { cancelable: true });
    events.dispatchEvent(event);
    return event.defaultPrevented;
  };

  it('warns before leaving only while work is unsaved and cannot be kept on the device', async () => {
    const full: KeyValueStorage = { getItem: () => null, setItem: () => {}, removeItem: () => {} };
    const kept = setup();
    const lost = setup({ storage: full });
    type(kept.store, 'Een');
    type(lost.store, 'Een');
    expect(unload(kept.events)).toBe(false);
    expect(copyIn(kept.storage)?.doc).toEqual(withText('Een'));
    expect(unload(lost.events)).toBe(true);
    await vi.advanceTimersByTimeAsync(700);
    expect(unload(lost.events)).toBe(false);
  });
});
