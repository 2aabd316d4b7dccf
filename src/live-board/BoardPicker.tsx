import { useEffect, useState } from 'react';
import type { Translate } from '../i18n/index.ts';
import type { ParticipantView } from '../shared/protocol/events.ts';
import type { PickedStudent } from '../shared/session/state.ts';
import { boardCommand } from './board-stores.ts';

const SHUFFLE_MS = 1200;
const STEP_MS = 90;

/** Runs through the connected names for a moment before the drawn one stands still (not with reduced motion). */
function useShuffle(picked: PickedStudent, names: readonly string[]): string {
  const steps = Math.round(SHUFFLE_MS / STEP_MS);
  // One picker per draw (keyed by its time), so the shuffle starts from the mount.
  const [step, setStep] = useState(() => (names.length < 2 || window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? steps : 0));
  useEffect(() => {
    if (step >= steps) return;
    const timeout = setTimeout(() => setStep(step + 1), STEP_MS);
    return () => clearTimeout(timeout);
  }, [step, steps]);
  return step >= steps ? picked.name : (names[step % names.length] ?? picked.name);
}

/** "Wie is er aan de beurt?": the student the server drew among those connected, in big type. */
export function BoardPicker({ picked, participants, t }: { picked: PickedStudent; participants: ParticipantView[]; t: Translate }) {
  const names = participants.filter((participant) => participant.connected).map((participant) => participant.name);
  const shown = useShuffle(picked, names);
  const settled = shown === picked.name;
  return (
    <section className="board-overlay board-picker" aria-labelledby="board-picker-title">
      <h2 id="board-picker-title">{t('board.picker')}</h2>
      <p className="board-picker-name" data-settled={settled} aria-hidden={!settled}>
        {shown}
      </p>
      <p className="visually-hidden" role="status">
        {settled ? picked.name : ''}
      </p>
      <p className="board-picker-actions">
        <button type="button" className="button" onClick={() => void boardCommand('picker:pick', {})}>
          {t('board.pickerAgain')}
        </button>
        <button type="button" className="button secondary" onClick={() => void boardCommand('picker:clear', {})}>
          {t('board.pickerClose')}
        </button>
      </p>
    </section>
  );
}
