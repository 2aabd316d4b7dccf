import { formatClock } from '../shared/lesson/duration.ts';
import { readItem, writeItem } from '../study/device-storage.ts';
import { fitSlide } from './fit.ts';

const STALE_CLOCK_MS = 12 * 60 * 60 * 1000;

/** Fills the presenter window's panel: a preview of the next slide and the notes of this one. */
export function updatePresenterPanel(root: HTMLElement, current: HTMLElement | null, next: HTMLElement | null): void {
  const nextBox = root.querySelector<HTMLElement>('[data-next-preview]');
  const notesBox = root.querySelector<HTMLElement>('[data-notes-panel]');
  if (nextBox) {
    if (next) {
      const copy = next.cloneNode(true) as HTMLElement;
      copy.removeAttribute('id');
      copy.setAttribute('inert', '');
      copy.setAttribute('aria-hidden', 'true');
      nextBox.replaceChildren(copy);
      fitSlide(copy);
    } else {
      nextBox.textContent = root.dataset.endLabel ?? '';
    }
  }
  if (notesBox) {
    // A slide's own notes and widget reminders (a video still to choose) both go to the presenter.
    const notes = [...(current?.querySelectorAll<HTMLElement>('[data-notes]') ?? [])].map((note) => note.innerHTML.trim()).filter(Boolean);
    notesBox.innerHTML = notes.length > 0 ? notes.join('') : `<p class="hint">${root.dataset.noNotesLabel ?? ''}</p>`;
  }
}

/** The presenter's clock: time since the lesson started against its planned duration. */
export function startElapsedClock(root: HTMLElement, lesson: string): void {
  const output = root.querySelector<HTMLElement>('[data-elapsed]');
  const restart = root.querySelector<HTMLButtonElement>('[data-restart-clock]');
  if (!output) return;
  const key = `present:${lesson}:startedAt`;
  const plannedSeconds = Number(root.dataset.durationMinutes ?? 0) * 60;
  // Kept on the device, so a reopened presenter window goes on counting; a stale clock starts anew.
  const stored = Number(readItem(key));
  let startedAt = stored && Date.now() - stored < STALE_CLOCK_MS ? stored : Date.now();
  writeItem(key, String(startedAt));
  const template = root.dataset.elapsedTemplate ?? '{elapsed} / {planned}';
  const render = () => {
    const elapsed = Math.floor((Date.now() - startedAt) / 1000);
    const over = elapsed > plannedSeconds;
    output.textContent =
      template.replace('{elapsed}', formatClock(elapsed)).replace('{planned}', formatClock(plannedSeconds)) + (over ? ` (${root.dataset.overLabel ?? ''})` : '');
    output.classList.toggle('is-over', over);
  };
  restart?.addEventListener('click', () => {
    startedAt = Date.now();
    writeItem(key, String(startedAt));
    render();
  });
  render();
  setInterval(render, 1000);
}
