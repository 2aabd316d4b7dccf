import { useEffect, useRef, type RefObject } from 'react';
import type { Translate } from '../i18n/index.ts';
import { showSlideIn } from './slide-preview.ts';
import { stepSlide } from './slide-nav.ts';

interface Props {
  /** Id of the page's `<template>` with the lesson's rendered slides. */
  sourceId: string;
  slide: number;
  total: number;
  t: Translate;
}

const SLIDE_WIDTH = 1280;

/** Keeps `--preview-scale` of a frame at its width over a 1280 px slide. */
function useScaleToWidth(frame: RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) element.style.setProperty('--preview-scale', String(entry.contentRect.width / SLIDE_WIDTH));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [frame]);
}

/**
 * The slide the class sees and the next one, as small still pictures of the real slides: not
 * interactive (inert, hidden from screen readers, which read the captions instead).
 */
export function SlidePreviews({ sourceId, slide, total, t }: Props) {
  const current = useRef<HTMLDivElement>(null);
  const next = useRef<HTMLDivElement>(null);
  const nextIndex = stepSlide(slide, 1, total);
  useScaleToWidth(current);
  useScaleToWidth(next);

  useEffect(() => {
    const source = document.getElementById(sourceId);
    const template = source instanceof HTMLTemplateElement ? source : null;
    if (current.current) showSlideIn(current.current, template, slide);
    if (next.current) showSlideIn(next.current, template, nextIndex);
  }, [sourceId, slide, nextIndex]);

  return (
    <div className="tl-previews">
      <figure className="tl-preview" data-preview="current">
        <div className="tl-preview-frame layout-thumb" ref={current} inert aria-hidden="true" />
        <figcaption>{t('liveTeacher.previewCurrent', { n: slide })}</figcaption>
      </figure>
      <figure className="tl-preview" data-preview="next">
        <div className="tl-preview-frame layout-thumb" ref={next} inert aria-hidden="true" />
        <figcaption>{nextIndex === null ? t('liveTeacher.previewEnd') : t('liveTeacher.previewNext', { n: nextIndex })}</figcaption>
      </figure>
    </div>
  );
}
