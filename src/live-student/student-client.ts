import { isLanguage, translator } from '../i18n/index.ts';
import { connectLive } from '../live/connection.ts';
import { resumeAuth } from '../live/identity.ts';
import { refusalText } from '../live/refusal-text.ts';
import { computed } from 'nanostores';
import { $connection, $me, $myScore, $session } from '../live/stores.ts';

/**
 * Runs a student's phone in a live lesson: join with a name (or come back with the token this
 * device keeps), then follow the teacher's slide; the widgets on it answer through the live client.
 */
export function startStudentLive(root: HTMLElement): void {
  const code = root.dataset.code ?? '';
  const text = (key: string) => root.dataset[key] ?? '';
  const lang = document.documentElement.lang;
  const t = translator(isLanguage(lang) ? lang : 'nl');
  const joinSection = root.querySelector<HTMLElement>('[data-join-form]');
  const form = joinSection?.querySelector('form');
  const nameInput = form?.querySelector<HTMLInputElement>('input[name="name"]');
  const submit = form?.querySelector<HTMLButtonElement>('button[type="submit"]');
  const error = root.querySelector<HTMLElement>('#join-error');
  const status = root.querySelector<HTMLElement>('[data-connection]');
  const me = root.querySelector<HTMLElement>('[data-me]');
  const ended = root.querySelector<HTMLElement>('[data-ended]');
  const removed = root.querySelector<HTMLElement>('[data-removed]');
  const slides = root.querySelector<HTMLElement>('[data-live-slides]');
  const frames = [...root.querySelectorAll<HTMLElement>('[data-slide-frame]')];
  let joining = false;

  const showJoinForm = (message = '') => {
    if (joinSection) joinSection.hidden = false;
    if (removed) removed.hidden = true;
    if (slides) slides.hidden = true;
    if (error) error.textContent = message;
    if (submit) submit.disabled = false;
    joining = false;
    nameInput?.focus();
  };

  // The device keeps its token after a removal, so a join under another name is refused too:
  // instead of a name form that cannot work, say so, and let the student try again once the
  // teacher has let them back in.
  const showRemoved = () => {
    if (joinSection) joinSection.hidden = true;
    if (slides) slides.hidden = true;
    if (me) me.textContent = '';
    if (removed) removed.hidden = false;
    joining = false;
    removed?.querySelector<HTMLElement>('h2')?.focus();
  };
  removed?.querySelector('[data-retry]')?.addEventListener('click', () => {
    const resume = resumeAuth(code);
    if (resume) connectLive({ auth: resume });
    else showJoinForm();
  });

  form?.addEventListener('submit', (event) => {
    event.preventDefault();
    const name = nameInput?.value.trim() ?? '';
    if (!name || joining) return;
    joining = true;
    if (submit) submit.disabled = true;
    connectLive({ auth: { role: 'student', code, name } });
  });

  $connection.subscribe((connection) => {
    if (!status) return;
    if (typeof connection === 'object') {
      const reason = refusalText(t, connection);
      status.textContent = reason;
      if (connection.code === 'removed') return showRemoved();
      // A refused join (name taken, locked, unknown token) goes back to the name form with the reason.
      if ($me.get() === null || connection.code === 'resume_unknown') showJoinForm(reason);
      return;
    }
    status.textContent = text(connection === 'online' ? 'textOnline' : connection === 'offline' ? 'textOffline' : 'textConnecting');
    root.dataset.link = connection;
  });

  // During a competition the student sees their own place, never the others'.
  const score = root.querySelector<HTMLElement>('[data-score]');
  computed([$myScore, $session], (mine, state) => (state?.competition && mine ? mine : null)).subscribe((mine) => {
    if (!score) return;
    score.hidden = mine === null;
    score.textContent = mine ? t('join.score', { rank: mine.rank, of: mine.of, points: mine.points }) : '';
  });

  $me.subscribe((who) => {
    if (me) me.textContent = who ? text('textAs').replace('{name}', who.name) : '';
    if (who && joinSection) joinSection.hidden = true;
  });

  $session.subscribe((state) => {
    if (!state) return;
    if (removed) removed.hidden = true;
    if (slides) slides.hidden = state.ended;
    if (ended) ended.hidden = !state.ended;
    frames.forEach((frame) => frame.classList.toggle('is-current', Number(frame.dataset.slideFrame) === state.slide));
    root.dataset.slide = String(state.slide);
  });

  const resume = resumeAuth(code);
  if (resume) connectLive({ auth: resume });
  else showJoinForm();
  root.dataset.ready = 'true';
}
