import { useStore } from '@nanostores/react';
import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import type { Language } from '../i18n/index.ts';
import { connectLive } from '../live/connection.ts';
import { refusalText } from '../live/refusal-text.ts';
import { $connection, $participants, $session } from '../live/stores.ts';
import type { TeacherLesson } from '../live-teacher/lesson-view.ts';
import { useHydrated, useTranslate } from '../widgets/common.ts';
import { BoardLeaderboard } from './BoardLeaderboard.tsx';
import { BoardLobby } from './BoardLobby.tsx';
import { BoardPicker } from './BoardPicker.tsx';
import { BoardResults } from './BoardResults.tsx';
import { BoardTools } from './BoardTools.tsx';
import { boardResultsItem, showsJoinBanner } from './board-view.ts';
import { JoinBanner } from './JoinBanner.tsx';
import { useBoardKeys } from './use-board-keys.ts';

export interface JoinInfo {
  code: string;
  /** The join address without the scheme, e.g. `school.nl/join`. */
  address: string;
  /** The QR code as SVG markup, made on the server from the join link. */
  qrSvg: string;
}

interface Props {
  sessionId: string;
  lang: Language;
  lesson: TeacherLesson;
  join: JoinInfo;
}

/** The two places on the deck page the board draws into: over the slide (scales with it) and the deck bar; after hydration only. */
function useDeckTargets(): { stage: Element | null; bar: Element | null } {
  const hydrated = useHydrated();
  return hydrated
    ? { stage: document.querySelector('.deck-slides'), bar: document.querySelector('.deck-bar') }
    : { stage: null, bar: null };
}

/**
 * The board in a live lesson: follows the session (the deck script moves the slides) and lays the
 * lobby, the join banner, the results and the picker over the slide, at slide scale, so they grow
 * with the screen like the slide does. Everything it shows is the session's: the board never
 * reveals or shows results on its own. Never names students, except the one the picker drew.
 */
export default function BoardLive({ sessionId, lang, lesson, join }: Props) {
  const t = useTranslate(lang);
  const session = useStore($session);
  const connection = useStore($connection);
  const participants = useStore($participants);
  const { stage, bar } = useDeckTargets();

  useEffect(() => {
    const opened = connectLive({ auth: { role: 'teacher', sessionId } });
    return () => opened.disconnect();
  }, [sessionId]);
  useBoardKeys(session, lesson);

  const resultsItem = session ? boardResultsItem(session, lesson) : null;
  const overlays = session && !session.ended && (
    <>
      {session.lobby === true && <BoardLobby join={join} participants={participants} t={t} />}
      {showsJoinBanner(session) && <JoinBanner join={join} t={t} />}
      {resultsItem && session.lobby !== true && <BoardResults item={resultsItem} state={session} participants={participants} lang={lang} t={t} />}
      {session.leaderboardShown && session.competition && session.lobby !== true && <BoardLeaderboard t={t} />}
      {session.picked && session.lobby !== true && (
        <BoardPicker key={session.picked.at} picked={session.picked} participants={participants} t={t} />
      )}
    </>
  );
  return (
    <div className="board-live" data-connection={typeof connection === 'string' ? connection : 'error'}>
      {typeof connection === 'object' && (
        <p className="board-live-error" role="alert">
          {refusalText(t, connection)}
        </p>
      )}
      {stage && overlays && createPortal(overlays, stage)}
      {bar && session && !session.ended && createPortal(<BoardTools state={session} lesson={lesson} t={t} />, bar)}
    </div>
  );
}
