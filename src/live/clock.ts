import { atom } from 'nanostores';

/** One measurement: `serverTime - receivedAt` of a message, and when (local clock) it arrived. */
export interface ClockSample {
  offsetMs: number;
  receivedAt: number;
}

/** Recent measurements of how far the server's clock is ahead of this device's clock. */
export interface ClockEstimate {
  samples: readonly ClockSample[];
}

export interface ClockWindow {
  /** How many recent samples count. */
  maxSamples: number;
  /** Samples older than this stop counting (the newest one always counts). */
  maxAgeMs: number;
}

export const CLOCK_WINDOW: ClockWindow = { maxSamples: 8, maxAgeMs: 10 * 60_000 };

export const emptyClock: ClockEstimate = { samples: [] };

/**
 * Adds a measurement from a message stamped `serverTime` by the server and received at
 * `receivedAt` on this device. Older samples leave the window by count and by age.
 */
export function addClockSample(
  estimate: ClockEstimate,
  serverTime: number,
  receivedAt: number,
  window: ClockWindow = CLOCK_WINDOW,
): ClockEstimate {
  if (!Number.isFinite(serverTime) || !Number.isFinite(receivedAt)) return estimate;
  const kept = estimate.samples.filter((sample) => sample.receivedAt <= receivedAt && receivedAt - sample.receivedAt <= window.maxAgeMs);
  const samples = [...kept, { offsetMs: serverTime - receivedAt, receivedAt }].slice(-Math.max(1, window.maxSamples));
  return { samples };
}

/**
 * How many ms the server's clock is ahead of this device's clock (negative when behind), 0 before
 * the first sample. Every sample falls short of the true offset by the time its message spent on
 * the way, and messages held up by bad Wi-Fi or replayed after a reconnect fall short the most, so
 * the largest sample in the window is the one closest to the truth (minimum-delay filter).
 */
export function clockOffsetMs(estimate: ClockEstimate): number {
  if (estimate.samples.length === 0) return 0;
  return Math.max(...estimate.samples.map((sample) => sample.offsetMs));
}

/** The server's time at local time `localNow`. */
export const toServerTime = (estimate: ClockEstimate, localNow: number): number => localNow + clockOffsetMs(estimate);

/** The clock estimate of the current live connection, fed by every `session:state`. */
export const $serverClock = atom<ClockEstimate>(emptyClock);

/** Now on the server's clock, for timers: `remainingMs(timer, serverNow())`. */
export const serverNow = (localNow: number = Date.now()): number => toServerTime($serverClock.get(), localNow);
