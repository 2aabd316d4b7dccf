/**
 * The browser's localStorage, or null where there is none or it is blocked (private mode, cookies
 * off, managed devices throw on the mere access). Callers then keep state in memory only.
 */
export function deviceStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export function readItem(key: string): string | null {
  try {
    return deviceStorage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writeItem(key: string, value: string): void {
  try {
    deviceStorage()?.setItem(key, value);
  } catch {
    // Full or blocked storage must not break the lesson; the state still lives on screen.
  }
}
