import { useMemo, useState } from 'react';
import type { Language } from '../../i18n/index.ts';
import { moodboardRefusalText } from '../../moodboard/ui/refusal-text.ts';
import { deviceStorage } from '../../study/device-storage.ts';
import { useHydrated, useTranslate } from '../../widgets/common.ts';
import { deviceIdentities, logInStudent, type DeviceIdentity } from './login.ts';

interface Props {
  lang: Language;
  /** Where to go once logged in. */
  next: string;
}

/**
 * "Verder als Sanne": logs in as a student this device was in a live lesson, with the resume
 * token the phone kept. Shows nothing on devices that were never in a lesson.
 */
export default function DeviceLogin({ lang, next }: Props) {
  const t = useTranslate(lang);
  const hydrated = useHydrated();
  // The server has no device storage: read it only after hydration, so both renders match.
  const identities = useMemo(() => (hydrated ? deviceIdentities(deviceStorage()) : []), [hydrated]);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState('');
  // An element, not null: null makes the server render unsure which framework the island is.
  if (identities.length === 0) return <></>;

  const names = identities.map((identity) => identity.name);
  const label = (identity: DeviceIdentity) =>
    names.filter((name) => name === identity.name).length > 1
      ? t('handout.work.continueAsIn', { name: identity.name, code: identity.code })
      : t('handout.work.continueAs', { name: identity.name });

  async function continueAs(identity: DeviceIdentity) {
    setBusy(identity.participantId);
    setError('');
    const outcome = await logInStudent({ resumeToken: identity.resumeToken });
    if (outcome.ok) {
      window.location.assign(next);
      return;
    }
    setBusy(null);
    setError(outcome.code ? moodboardRefusalText(t, outcome.code) : t('handout.work.error.network'));
  }

  return (
    <section className="device-login" aria-labelledby="device-login-title">
      <h2 id="device-login-title">{t('handout.work.deviceTitle')}</h2>
      <p>{t('handout.work.deviceHelp')}</p>
      <ul className="device-identities">
        {identities.map((identity) => (
          <li key={identity.participantId}>
            <button
              type="button"
              className="button"
              aria-disabled={busy !== null}
              aria-busy={busy === identity.participantId}
              onClick={() => void (busy === null && continueAs(identity))}
            >
              {label(identity)}
            </button>
          </li>
        ))}
      </ul>
      <p className="field-error" role="alert">
        {error}
      </p>
    </section>
  );
}
