import { useId, useState } from 'react';
import type { Translate } from '../i18n/index.ts';
import type { TeacherLesson } from './lesson-view.ts';
import { liveLabelsOnSlide, slideTitle, stepSlide } from './slide-nav.ts';
import { SlidePreviews } from './SlidePreviews.tsx';
import { useRunCommand } from './use-commands.ts';

interface Props {
  lesson: TeacherLesson;
  slide: number;
  /** Id of the page's `<template>` with the rendered slides, for the previews. */
  slidesSourceId: string;
  t: Translate;
}

/**
 * Which slide the class sees, the next one, big previous/next and a jump list. Buttons at either
 * end stay focusable (aria-disabled) so that keyboard focus is not lost on the first or last slide.
 */
export function SlideControl({ lesson, slide, slidesSourceId, t }: Props) {
  const run = useRunCommand();
  const headingId = useId();
  const selectId = useId();
  const [picked, setPicked] = useState<number | null>(null);
  const total = lesson.slides.length;
  const previous = stepSlide(slide, -1, total);
  const next = stepSlide(slide, 1, total);
  const go = (index: number | null) => {
    if (index !== null) void run('slide:goto', { index });
  };
  const kindsText = (index: number) => {
    const kinds = liveLabelsOnSlide(lesson, index).map((key) => t(key));
    return kinds.length > 0 ? ` (${kinds.join(', ')})` : '';
  };

  return (
    <section className="tl-panel tl-slides" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {t('liveTeacher.slides')}
      </h2>
      <p className="tl-slide-position" aria-live="polite">
        {t('liveTeacher.slidePosition', { n: slide, total })} <strong>{slideTitle(lesson, slide)}</strong>
      </p>
      <SlidePreviews sourceId={slidesSourceId} slide={slide} total={total} t={t} />
      <div className="tl-nav">
        <button type="button" className="button secondary tl-wide" aria-disabled={previous === null} onClick={() => go(previous)}>
          <span aria-hidden="true">←</span> {t('liveTeacher.previous')}
        </button>
        <button type="button" className="button tl-wide" aria-disabled={next === null} onClick={() => go(next)}>
          {t('liveTeacher.next')} <span aria-hidden="true">→</span>
        </button>
      </div>
      <form
        className="tl-jump"
        onSubmit={(event) => {
          event.preventDefault();
          go(picked ?? slide);
          setPicked(null);
        }}
      >
        <label htmlFor={selectId}>{t('liveTeacher.jumpTo')}</label>
        <select id={selectId} value={picked ?? slide} onChange={(event) => setPicked(Number(event.target.value))}>
          {lesson.slides.map((option) => (
            <option key={option.index} value={option.index}>
              {`${option.index}. ${option.title}${kindsText(option.index)}`}
            </option>
          ))}
        </select>
        <button type="submit" className="button secondary">
          {t('liveTeacher.go')}
        </button>
      </form>
    </section>
  );
}
