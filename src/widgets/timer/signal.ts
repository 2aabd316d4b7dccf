/** Three short tones made in the browser (no sound file), for the end of a countdown. */
export function playEndSignal(): void {
  const AudioContextClass = window.AudioContext;
  if (!AudioContextClass) return;
  try {
    const context = new AudioContextClass();
    [0, 0.35, 0.7].forEach((offset) => {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.frequency.value = 880;
      gain.gain.setValueAtTime(0.0001, context.currentTime + offset);
      gain.gain.exponentialRampToValueAtTime(0.3, context.currentTime + offset + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, context.currentTime + offset + 0.25);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(context.currentTime + offset);
      oscillator.stop(context.currentTime + offset + 0.3);
    });
    setTimeout(() => void context.close(), 1500);
  } catch {
    // Sound is a bonus: the screen already shows that time is up.
  }
}

/** Just enough of `navigator` to vibrate; absent on most laptops and on iPhones. */
export interface Vibrator {
  vibrate?: (pattern: number[]) => boolean;
}

/**
 * Buzzes the phone at the end of a countdown where the device and browser allow it; does nothing
 * (and never throws) elsewhere. Returns whether a vibration was asked for.
 */
export function vibrateEndSignal(device: Vibrator | undefined = typeof navigator === 'undefined' ? undefined : navigator): boolean {
  if (typeof device?.vibrate !== 'function') return false;
  try {
    return device.vibrate([300, 150, 300, 150, 300]);
  } catch {
    return false;
  }
}
