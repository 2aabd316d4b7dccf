const MIN_FIT = 0.45;
const STEP = 0.05;
/** An image is not made smaller than this share of the slide body's height before text shrinks. */
const MIN_IMAGE_SHARE = 0.3;
const MAX_ROUNDS = 60;

/**
 * Fits a slide to the board without scrolling, by measuring: images in the slide's body first
 * give up height (down to 30 % of the body), then the text shrinks (down to 45 %). A slide with a
 * list and an image thus shows the whole image. Only measures a slide that is laid out; sizes are
 * the slide's own (1280x720) pixels, whatever the board's scale.
 */
export function fitSlide(slide: HTMLElement): void {
  const body = slide.querySelector<HTMLElement>('.slide-body');
  if (!body) return;
  const images = [...body.querySelectorAll<HTMLImageElement>('img')];
  let fit = 1;
  slide.style.setProperty('--fit', '1');
  const room = body.clientHeight;
  for (const image of images) image.style.maxHeight = `${room}px`;
  const minImage = Math.round(room * MIN_IMAGE_SHARE);
  const overflowBy = () => body.scrollHeight - body.clientHeight;
  const overflows = () => overflowBy() > 1 || body.scrollWidth > body.clientWidth + 1;
  // Images whose height is not what overflows (one beside a long column) keep their size.
  const fixed = new Set<HTMLImageElement>();
  for (let round = 0; round < MAX_ROUNDS && room > 0 && overflows(); round++) {
    const over = overflowBy();
    const shrinkable = images.filter((image) => !fixed.has(image) && image.offsetHeight > minImage);
    if (over > 1 && shrinkable.length > 0) {
      const before = shrinkable.map((image) => image.style.maxHeight);
      for (const image of shrinkable) image.style.maxHeight = `${Math.max(minImage, image.offsetHeight - over)}px`;
      if (overflowBy() < over) continue;
      shrinkable.forEach((image, i) => {
        image.style.maxHeight = before[i] ?? '';
        fixed.add(image);
      });
      continue;
    }
    if (fit <= MIN_FIT) break;
    fit = Math.round((fit - STEP) * 100) / 100;
    slide.style.setProperty('--fit', String(fit));
  }
}
