import { deviceKeyValueStorage, type KeyValueStorage } from '../live/storage.ts';
import type { EditorStore, EditorStoreState } from './store.ts';
import {
  classifySave,
  deviceCopyKey,
  parseBoardPayload,
  parseDeviceCopy,
  planRestore,
  sameJson,
  type DeviceCopy,
  type SaveOutcome,
  type ServerBoard,
} from './sync-state.ts';
import { retryDelay, saveDueAt, SAVE_TIMEOUT_MS } from './sync-timing.ts';
import type { SaveStatus } from './types.ts';

/** The part of `BroadcastChannel` the sync uses. */
export interface SyncChannel {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  removeEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
}

/** Where `online` and `beforeunload` come from (the window). */
export interface SyncEvents {
  addEventListener(type: string, listener: (event: Event) => void): void;
  removeEventListener(type: string, listener: (event: Event) => void): void;
}

export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

export interface BoardSyncOptions {
  boardId: string;
  /** The server revision the doc in `store` is built on. */
  revision: number;
  store: EditorStore;
  fetch?: FetchLike;
  storage?: KeyValueStorage;
  /** Opens the channel the tabs of this device share; null for none. */
  channel?: ((name: string) => SyncChannel) | null;
  events?: SyncEvents | null;
  now?: () => number;
  setTimeout?: (callback: () => void, ms: number) => unknown;
  clearTimeout?: (handle: unknown) => void;
  /** This tab's id in the device copy (so one tab never clears another's unsaved work). */
  tab?: string;
  /** When the server last saved the board (what "Opgeslagen om" shows at first); defaults to now. */
  savedAt?: number;
}

const savedMessage = (data: unknown): number | null =>
  typeof data === 'object' &&
  data !== null &&
  'type' in data &&
  data.type === 'saved' &&
  'revision' in data &&
  typeof data.revision === 'number'
    ? data.revision
    : null;

/**
 * Keeps one board saved: every change goes to the server within two seconds, is kept on the device
 * until the server has it, waits out lost connections, and never overwrites what another tab or
 * device saved first (409 → `conflict`, resolved by the student with `resolve`).
 */
export class BoardSync {
  readonly boardId: string;
  #store: EditorStore;
  #fetch: FetchLike;
  #storage: KeyValueStorage;
  #channel: SyncChannel | null;
  #events: SyncEvents | null;
  #now: () => number;
  #setTimer: (callback: () => void, ms: number) => unknown;
  #clearTimer: (handle: unknown) => void;
  #tab: string;
  #status: SaveStatus;
  #baseRevision: number;
  /** The `localVersion` the server has. */
  #savedVersion: number;
  /** The `localVersion` kept on the device, or null. */
  #keptVersion: number | null = null;
  /** The doc must go out without a new change (a restored copy, or "keep mine"). */
  #forceSave = false;
  #conflict: ServerBoard | null = null;
  #firstChangeAt: number | null = null;
  #saveTimer: unknown = null;
  #retryTimer: unknown = null;
  #retries = 0;
  #inFlight: Promise<void> | null = null;
  /**
   * Saves sent since the last confirmed one whose answer never came: any of them may have arrived,
   * so a 409 showing exactly one of them means "saved", not "someone else saved".
   */
  #unconfirmed: { doc: unknown; baseRevision: number; localVersion: number }[] = [];
  #listeners = new Set<(status: SaveStatus) => void>();
  #unsubscribe: () => void;
  #disposed = false;

  constructor(options: BoardSyncOptions) {
    this.boardId = options.boardId;
    this.#store = options.store;
    this.#fetch = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
    this.#storage = options.storage ?? deviceKeyValueStorage;
    const openChannel = options.channel === undefined ? defaultChannel() : options.channel;
    this.#channel = openChannel ? openChannel(`moodboard:${options.boardId}`) : null;
    this.#events = options.events === undefined ? (typeof window === 'undefined' ? null : window) : options.events;
    this.#now = options.now ?? Date.now;
    this.#setTimer = options.setTimeout ?? ((callback, ms) => globalThis.setTimeout(callback, ms));
    this.#clearTimer = options.clearTimeout ?? ((handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>));
    this.#tab = options.tab ?? crypto.randomUUID().slice(0, 8);
    this.#baseRevision = options.revision;
    this.#savedVersion = this.#store.getState().localVersion;
    this.#status = { kind: 'saved', at: options.savedAt ?? this.#now() };
    this.#unsubscribe = this.#store.subscribe((state, previous) => this.#onChange(state, previous));
    this.#channel?.addEventListener('message', this.#onMessage);
    this.#events?.addEventListener('online', this.#onOnline);
    this.#events?.addEventListener('beforeunload', this.#onBeforeUnload);
    // iOS Safari does not always fire beforeunload; pagehide does, when a tab is closed or left.
    this.#events?.addEventListener('pagehide', this.#onPageHide);
  }

  /**
   * Starts the sync of a board just opened: compares the device's copy with the server's board
   * (see `planRestore`); unsaved work on the server's revision is loaded and saved, unsaved work on
   * another revision is loaded and the server's board kept aside as a conflict.
   */
  static restore(options: Omit<BoardSyncOptions, 'revision'> & { server: ServerBoard }): BoardSync {
    const storage = options.storage ?? deviceKeyValueStorage;
    const key = deviceCopyKey(options.boardId);
    const copy = parseDeviceCopy(storage.getItem(key));
    const plan = planRestore(copy, options.server);
    const { dispatch, doc } = options.store.getState();
    const shown = plan.kind === 'server' ? options.server.doc : plan.doc;
    if (!sameJson(doc, shown)) dispatch({ type: 'load', doc: shown });
    if (plan.kind === 'server' || !copy) {
      storage.removeItem(key);
      return new BoardSync({ ...options, storage, revision: options.server.revision, savedAt: options.server.updatedAt });
    }
    // This page takes the copy over (its own tab is gone), and keeps its base revision until the
    // student chooses, so a reload in between meets the same choice instead of overwriting.
    const sync = new BoardSync({ ...options, storage, revision: copy.baseRevision, tab: options.tab ?? copy.tab });
    sync.#forceSave = true;
    if (plan.kind === 'conflict') {
      sync.#conflict = options.server;
      sync.#setStatus({ kind: 'conflict', serverRevision: options.server.revision, serverUpdatedAt: options.server.updatedAt });
    } else {
      sync.#setStatus({ kind: 'saving' });
      void sync.flush();
    }
    return sync;
  }

  get status(): SaveStatus {
    return this.#status;
  }

  /** The server revision this tab's doc is built on (what a hand-in names). */
  get revision(): number {
    return this.#baseRevision;
  }

  /** The server's board while in `conflict`, else null. */
  get conflict(): ServerBoard | null {
    return this.#conflict;
  }

  /** Hears every status change; returns the way to stop. */
  subscribe(listener: (status: SaveStatus) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Saves now and resolves once nothing is unsaved (`saved`), or with the status that stops it
   * (`offline`, `conflict`, `error`); retries after that go on by themselves.
   */
  async flush(): Promise<SaveStatus> {
    for (;;) {
      if (this.#inFlight) await this.#inFlight;
      else if (this.#conflict || !this.#unsaved() || this.#disposed) return this.#status;
      else {
        await this.#saveNow();
        if (this.#status.kind !== 'saved' && this.#status.kind !== 'saving') return this.#status;
      }
    }
  }

  /** Ends a conflict: `mine` saves this tab's doc over the server's; `theirs` loads the server's. */
  async resolve(choice: 'mine' | 'theirs'): Promise<SaveStatus> {
    const server = this.#conflict;
    if (!server) return this.#status;
    this.#conflict = null;
    this.#unconfirmed = [];
    this.#baseRevision = server.revision;
    if (choice === 'mine') {
      this.#forceSave = true;
      this.#setStatus({ kind: 'saving' });
      return this.flush();
    }
    this.#store.getState().dispatch({ type: 'load', doc: server.doc, keepUndo: true });
    this.#settle(server.updatedAt);
    return this.#status;
  }

  dispose(): void {
    this.#disposed = true;
    this.#clearTimer(this.#saveTimer);
    this.#clearTimer(this.#retryTimer);
    this.#unsubscribe();
    this.#channel?.removeEventListener('message', this.#onMessage);
    this.#channel?.close();
    this.#events?.removeEventListener('online', this.#onOnline);
    this.#events?.removeEventListener('beforeunload', this.#onBeforeUnload);
    this.#events?.removeEventListener('pagehide', this.#onPageHide);
    this.#listeners.clear();
  }

  #unsaved(): boolean {
    return this.#forceSave || this.#store.getState().localVersion !== this.#savedVersion;
  }

  #setStatus(status: SaveStatus): void {
    this.#status = status;
    for (const listener of this.#listeners) listener(status);
  }

  #onChange(state: EditorStoreState, previous: EditorStoreState): void {
    if (state.localVersion === previous.localVersion || this.#disposed) return;
    const now = this.#now();
    this.#firstChangeAt ??= now;
    if (this.#status.kind === 'saved' || this.#status.kind === 'error') this.#setStatus({ kind: 'saving' });
    this.#clearTimer(this.#saveTimer);
    this.#saveTimer = this.#setTimer(() => void this.#saveNow(), Math.max(0, saveDueAt(this.#firstChangeAt, now) - now));
  }

  #saveNow(): Promise<void> {
    this.#clearTimer(this.#saveTimer);
    this.#firstChangeAt = null;
    this.#inFlight ??= this.#attempt().finally(() => {
      this.#inFlight = null;
    });
    return this.#inFlight;
  }

  async #attempt(): Promise<void> {
    if (this.#disposed || !this.#unsaved()) return;
    this.#keep();
    if (this.#conflict) return;
    this.#clearTimer(this.#retryTimer);
    const { doc, localVersion } = this.#store.getState();
    let outcome: SaveOutcome;
    // A request that hangs on bad Wi-Fi must not block every later save.
    const abort = new AbortController();
    const timeout = this.#setTimer(() => abort.abort(), SAVE_TIMEOUT_MS);
    try {
      const response = await this.#fetch(`/api/werk/borden/${encodeURIComponent(this.boardId)}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ doc, baseRevision: this.#baseRevision }),
        signal: abort.signal,
      });
      outcome = classifySave(response.status, await response.json().catch(() => undefined));
    } catch {
      outcome = { kind: 'retry' };
    } finally {
      this.#clearTimer(timeout);
    }
    if (this.#disposed) return;
    // Another tab's save was found while this request was out: the student's choice comes first.
    if (this.#conflict && outcome.kind !== 'saved') return;
    let savedVersion = localVersion;
    if (outcome.kind === 'conflict') {
      // One of our own saves arrived but its answer got lost: the server has our doc, not someone else's.
      const current = outcome.current;
      const ours = [{ doc, baseRevision: this.#baseRevision, localVersion }, ...this.#unconfirmed].find(
        (sent) => current.revision === sent.baseRevision + 1 && sameJson(current.doc, sent.doc),
      );
      if (ours) {
        outcome = { kind: 'saved', revision: current.revision, savedAt: current.updatedAt };
        savedVersion = ours.localVersion;
      }
    }
    if (outcome.kind === 'retry')
      this.#unconfirmed = [...this.#unconfirmed.slice(-4), { doc, baseRevision: this.#baseRevision, localVersion }];
    else this.#unconfirmed = [];
    switch (outcome.kind) {
      case 'saved':
        this.#saved(outcome.revision, outcome.savedAt, savedVersion);
        return;
      case 'conflict':
        this.#conflict = outcome.current;
        this.#setStatus({ kind: 'conflict', serverRevision: outcome.current.revision, serverUpdatedAt: outcome.current.updatedAt });
        return;
      case 'refused':
        this.#setStatus({ kind: 'error', code: outcome.code });
        return;
      case 'retry':
        this.#retries += 1;
        if (this.#status.kind !== 'offline') this.#setStatus({ kind: 'offline', since: this.#now() });
        this.#retryTimer = this.#setTimer(() => void this.#saveNow(), retryDelay(this.#retries));
    }
  }

  #saved(revision: number, savedAt: number, localVersion: number): void {
    this.#baseRevision = revision;
    this.#savedVersion = localVersion;
    this.#forceSave = false;
    this.#retries = 0;
    this.#channel?.postMessage({ type: 'saved', revision });
    if (!this.#unsaved()) {
      this.#settle(savedAt);
      return;
    }
    // Changes made while this save was on its way go out next, on the new revision.
    this.#keep();
    this.#setStatus({ kind: 'saving' });
    this.#saveTimer = this.#setTimer(() => void this.#saveNow(), 0);
  }

  /** Everything in the store is on the server at the base revision. */
  #settle(at: number): void {
    this.#savedVersion = this.#store.getState().localVersion;
    this.#forceSave = false;
    const copy = parseDeviceCopy(this.#storage.getItem(deviceCopyKey(this.boardId)));
    if (copy && (copy.tab === undefined || copy.tab === this.#tab)) this.#storage.removeItem(deviceCopyKey(this.boardId));
    this.#keptVersion = null;
    this.#setStatus({ kind: 'saved', at });
  }

  /** Keeps the current doc on the device; true when it is there (storage may be blocked or full). */
  #keep(): boolean {
    const { doc, localVersion } = this.#store.getState();
    const copy: DeviceCopy = { doc, baseRevision: this.#baseRevision, localVersion, savedAt: this.#now(), tab: this.#tab };
    const raw = JSON.stringify(copy);
    const key = deviceCopyKey(this.boardId);
    this.#storage.setItem(key, raw);
    const kept = this.#storage.getItem(key) === raw;
    this.#keptVersion = kept ? localVersion : null;
    return kept;
  }

  async #onRemoteSave(revision: number): Promise<void> {
    if (this.#inFlight) await this.#inFlight;
    if (this.#disposed || this.#conflict || revision <= this.#baseRevision) return;
    let server: ServerBoard | null = null;
    try {
      const response = await this.#fetch(`/api/werk/borden/${encodeURIComponent(this.boardId)}`, { cache: 'no-store' });
      if (response.ok) server = parseBoardPayload(await response.json());
    } catch {
      // Unreachable now: the next save meets the newer revision as a 409 anyway.
    }
    if (!server || this.#disposed || this.#conflict || server.revision <= this.#baseRevision) return;
    const unsaved = this.#unsaved();
    if (!unsaved || sameJson(server.doc, this.#store.getState().doc)) {
      this.#baseRevision = server.revision;
      if (!unsaved) this.#store.getState().dispatch({ type: 'load', doc: server.doc });
      this.#settle(server.updatedAt);
    } else {
      // The copy keeps its old base revision, so a reload meets the same choice instead of overwriting.
      this.#clearTimer(this.#saveTimer);
      this.#conflict = server;
      this.#keep();
      this.#setStatus({ kind: 'conflict', serverRevision: server.revision, serverUpdatedAt: server.updatedAt });
    }
  }

  #onMessage = (event: { data: unknown }): void => {
    const revision = savedMessage(event.data);
    if (revision !== null) void this.#onRemoteSave(revision);
  };

  #onOnline = (): void => {
    if (this.#status.kind !== 'offline' || this.#inFlight) return;
    this.#clearTimer(this.#retryTimer);
    void this.#saveNow();
  };

  #onPageHide = (): void => {
    if (this.#unsaved()) this.#keep();
  };

  #onBeforeUnload = (event: Event): void => {
    if (!this.#unsaved()) return;
    const localVersion = this.#store.getState().localVersion;
    // Another tab may have written the one device copy since: trust it only when it is this tab's.
    const copy = parseDeviceCopy(this.#storage.getItem(deviceCopyKey(this.boardId)));
    if ((this.#keptVersion === localVersion && copy?.tab === this.#tab) || this.#keep()) return;
    event.preventDefault();
    // Older browsers only ask when returnValue is set.
    (event as Event & { returnValue: unknown }).returnValue = true;
  };
}

function defaultChannel(): ((name: string) => SyncChannel) | null {
  return typeof BroadcastChannel === 'undefined' ? null : (name) => new BroadcastChannel(name);
}
