import { deviceStorage, readItem, writeItem } from '../study/device-storage.ts';

/**
 * The part of Web Storage the live client uses. Injected, so tests and Node give their own and
 * the browser gets the device's localStorage; implementations must not throw.
 */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** localStorage of this device; reads null and drops writes when storage is blocked or full. */
export const deviceKeyValueStorage: KeyValueStorage = {
  getItem: readItem,
  setItem: writeItem,
  removeItem(key) {
    try {
      deviceStorage()?.removeItem(key);
    } catch {
      // Blocked storage has nothing to remove.
    }
  },
};

/** A storage that lives as long as the object: for tests, and for devices without any storage. */
export function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage & { snapshot(): Record<string, string> } {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    snapshot: () => Object.fromEntries(items),
  };
}
