import { clearStudy, studyStore } from '../study/store.ts';
import type { QuizAttempt } from '../widgets/quiz/quiz-logic.ts';
import { stopMedia } from './media.ts';

/**
 * Runs study mode: one slide at a time on a phone, progress kept on the device, slides whose
 * video the teacher has not set yet skipped, and a closing score for the quizzes.
 */
export function startStudyDeck(root: HTMLElement): void {
  const lesson = root.dataset.lesson ?? '';
  const store = studyStore(lesson);
  const frames = [...root.querySelectorAll<HTMLElement>('[data-slide-frame]')];
  const steps = frames.filter((frame) => !frame.querySelector('[data-skip-study]'));
  const position = root.querySelector<HTMLElement>('[data-position]');
  const progress = root.querySelector<HTMLProgressElement>('[data-progress]');
  const done = root.querySelector<HTMLElement>('[data-done]');
  const score = root.querySelector<HTMLElement>('[data-score]');
  const previous = root.querySelector<HTMLButtonElement>('[data-action="previous"]');
  const next = root.querySelector<HTMLButtonElement>('[data-action="next"]');
  const quizIds = (root.dataset.quizIds ?? '').split(' ').filter(Boolean);
  const template = root.dataset.positionTemplate ?? '{n} / {total}';
  // Step steps.length + 1 is the closing screen.
  let step = 0;

  const stepOfSlide = (slide: number) => {
    const found = steps.findIndex((frame) => Number(frame.dataset.slideFrame) >= slide);
    return found === -1 ? steps.length - 1 : found;
  };

  function renderScore(): void {
    if (!score) return;
    const answers = store.get().answers;
    const correct = quizIds.filter((id) => (answers[id] as QuizAttempt | undefined)?.correct === true).length;
    score.textContent = quizIds.length > 0 ? (root.dataset.scoreTemplate ?? '').replace('{correct}', String(correct)).replace('{total}', String(quizIds.length)) : '';
  }

  function show(target: number, { focus = true } = {}): void {
    const leaving = steps[step];
    if (leaving) stopMedia(leaving);
    step = Math.min(Math.max(target, 0), steps.length);
    const finished = step === steps.length;
    steps.forEach((frame, i) => frame.classList.toggle('is-current', i === step));
    if (done) done.hidden = !finished;
    const frame = steps[step];
    const slideNumber = finished ? frames.length : Number(frame?.dataset.slideFrame ?? 1);
    if (position) position.textContent = template.replace('{n}', String(slideNumber)).replace('{total}', String(frames.length));
    if (progress) progress.value = finished ? 1 : step / steps.length;
    if (previous) previous.disabled = step === 0;
    if (next) next.hidden = finished;
    if (finished) renderScore();
    if (!finished) store.setKey('slide', slideNumber);
    if (focus) (finished ? done : frame?.querySelector<HTMLElement>('.slide'))?.focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
  }

  frames.forEach((frame) => frame.querySelector('.slide')?.setAttribute('tabindex', '-1'));

  root.addEventListener('click', (event) => {
    const action = (event.target as Element | null)?.closest<HTMLElement>('[data-action]')?.dataset.action;
    if (action === 'next') show(step + 1);
    if (action === 'previous') show(step - 1);
    if (action === 'restart') {
      clearStudy(lesson);
      location.reload();
    }
  });

  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    if (event.defaultPrevented || target?.closest('input, textarea, select, [contenteditable]') || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'ArrowRight' || event.key === 'PageDown') show(step + 1);
    else if (event.key === 'ArrowLeft' || event.key === 'PageUp') show(step - 1);
  });

  show(stepOfSlide(store.get().slide), { focus: false });
  root.dataset.ready = 'true';
}
