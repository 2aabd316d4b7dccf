const MIN_FIT = 0.45;
const STEP = 0.05;

/**
 * Shrinks a slide's text until its body fits without scrolling (down to 45 %), so a teacher
 * never has to scroll on the board. Only measures a slide that is laid out.
 */
export function fitSlide(slide: HTMLElement): void {
  const body = slide.querySelector<HTMLElement>('.slide-body');
  if (!body) return;
  let fit = 1;
  slide.style.setProperty('--fit', '1');
  const overflows = () => body.scrollHeight > body.clientHeight + 1 || body.scrollWidth > body.clientWidth + 1;
  while (fit > MIN_FIT && body.clientHeight > 0 && overflows()) {
    fit = Math.round((fit - STEP) * 100) / 100;
    slide.style.setProperty('--fit', String(fit));
  }
}
