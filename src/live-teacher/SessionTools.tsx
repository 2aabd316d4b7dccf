import { useId } from 'react';
import type { Translate } from '../i18n/index.ts';
import type { SessionState } from '../shared/session/state.ts';
import { EndLesson } from './EndLesson.tsx';
import { Switch } from './Switch.tsx';
import { useRunCommand } from './use-commands.ts';

interface Props {
  state: Pick<SessionState, 'locked' | 'anonymous'>;
  t: Translate;
}

/**
 * Settings of the whole session (joining, names on the board) and the row where session-wide
 * tools live, with ending the lesson set apart at the end.
 */
export function SessionTools({ state, t }: Props) {
  const run = useRunCommand();
  const headingId = useId();
  return (
    <section className="tl-panel tl-tools" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('liveTeacher.settings')}</h2>
      <div className="tl-tools-row">
        <Switch checked={state.locked} onToggle={(locked) => run('session:lock', { locked })}>
          {t('liveTeacher.lock')}
        </Switch>
        <Switch checked={state.anonymous} onToggle={(anonymous) => run('session:anonymous', { anonymous })}>
          {t('liveTeacher.anonymous')}
        </Switch>
      </div>
      <EndLesson t={t} />
    </section>
  );
}
