import { useEffect, useRef } from 'react';
import type { Translate } from '../i18n/index.ts';
import { ConfirmButton } from './ConfirmButton.tsx';
import { useRunCommand } from './use-commands.ts';

/** Ends the lesson for everyone, after asking. */
export function EndLesson({ t }: { t: Translate }) {
  const run = useRunCommand();
  return (
    <div className="tl-end">
      <ConfirmButton
        question={t('liveTeacher.endConfirm')}
        confirmLabel={t('liveTeacher.endYes')}
        cancelLabel={t('liveTeacher.cancel')}
        onConfirm={() => run('session:end', {})}
        className="button secondary tl-danger-outline"
      >
        {t('liveTeacher.end')}
      </ConfirmButton>
    </div>
  );
}

/** What the panel shows once the lesson has ended. */
export function LessonEnded({ reportUrl, t }: { reportUrl: string; t: Translate }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // The controls (and the focused confirm button) just vanished: catch keyboard focus here.
    if (document.activeElement === document.body) heading.current?.focus();
  }, []);
  return (
    <section className="tl-panel tl-ended" aria-labelledby="tl-ended-heading">
      <h2 id="tl-ended-heading" ref={heading} tabIndex={-1}>
        {t('liveTeacher.ended')}
      </h2>
      <p className="tl-row">
        <a className="button" href={reportUrl}>
          {t('liveTeacher.report')}
        </a>
        <a className="button secondary" href="/docent">
          {t('liveTeacher.back')}
        </a>
      </p>
    </section>
  );
}
