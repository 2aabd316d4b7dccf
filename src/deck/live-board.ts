import { sendCommand } from '../live/connection.ts';
import { $session } from '../live/stores.ts';

export interface LiveFollower {
  /** The board moved by keyboard or clicker: tell the session, so every phone follows. */
  moved(index: number): void;
}

/**
 * Ties the board to a live session (the BoardLive island holds the connection): a slide change
 * from the teacher's panel moves the board, a key press on the board moves the session.
 */
export function followLiveSession(goTo: (index: number) => void): LiveFollower {
  let sessionSlide = 0;
  $session.subscribe((state) => {
    if (!state || state.slide === sessionSlide) return;
    sessionSlide = state.slide;
    goTo(state.slide);
  });
  return {
    moved(index) {
      if (index === sessionSlide) return;
      sessionSlide = index;
      void sendCommand('slide:goto', { index });
    },
  };
}
