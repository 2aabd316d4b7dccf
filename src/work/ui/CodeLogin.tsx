import { useId, useState, type SubmitEvent } from 'react';
import type { Language } from '../../i18n/index.ts';
import { moodboardRefusalText } from '../../moodboard/ui/refusal-text.ts';
import { useTranslate } from '../../widgets/common.ts';
import { logInStudent } from './login.ts';

interface Props {
  lang: Language;
  /** Where to go once logged in. */
  next: string;
  /** A code from the student's personal link (`/werk?code=…`), filled in for them. */
  initialCode?: string;
}

/** The work-code form: the student types the code they wrote down and is logged in on this device. */
export default function CodeLogin({ lang, next, initialCode = '' }: Props) {
  const t = useTranslate(lang);
  const id = useId();
  const [code, setCode] = useState(initialCode);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (code.trim() === '') {
      setError(t('handout.work.error.code'));
      return;
    }
    setBusy(true);
    setError('');
    const outcome = await logInStudent({ code: code.trim() });
    if (outcome.ok) {
      window.location.assign(next);
      return;
    }
    setBusy(false);
    setError(outcome.code ? moodboardRefusalText(t, outcome.code) : t('handout.work.error.network'));
  }

  return (
    <form className="code-login" method="post" noValidate onSubmit={(event) => void submit(event)}>
      <div className="field" data-invalid={error ? 'true' : undefined}>
        <label htmlFor={`${id}-code`}>{t('handout.work.codeLabel')}</label>
        <p className="hint" id={`${id}-hint`}>
          {t('handout.work.codeHint')}
        </p>
        <input
          id={`${id}-code`}
          name="code"
          value={code}
          onChange={(event) => setCode(event.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
          required
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={`${id}-hint ${id}-error`}
        />
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      </div>
      <button type="submit" className="button" aria-disabled={busy}>
        {busy ? t('handout.work.loggingIn') : t('handout.work.login')}
      </button>
    </form>
  );
}
