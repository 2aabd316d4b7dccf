import { useStore } from '@nanostores/react';
import { useEffect, useRef } from 'react';
import type { Language } from '../i18n/index.ts';
import { connectLive, type LiveConnection } from '../live/connection.ts';
import { refusalText } from '../live/refusal-text.ts';
import { $connection, $participants, $results, $session } from '../live/stores.ts';
import { useTranslate } from '../widgets/common.ts';
import { ConnectionStatus } from './ConnectionStatus.tsx';
import { LessonEnded } from './EndLesson.tsx';
import type { TeacherLesson } from './lesson-view.ts';
import { Lobby } from './Lobby.tsx';
import { PanelHeader, type JoinInfo } from './PanelHeader.tsx';
import { ResultsPanel } from './ResultsPanel.tsx';
import { resultsItemId } from './results-view.ts';
import { SessionTools } from './SessionTools.tsx';
import { SlideControl } from './SlideControl.tsx';
import { SlideItems } from './SlideItems.tsx';
import { CommandContext, useCommandRunner } from './use-commands.ts';

interface Props {
  sessionId: string;
  lang: Language;
  lesson: TeacherLesson;
  title: string;
  join: JoinInfo;
  boardUrl: string;
  /** Id of the page's `<template>` with the lesson's rendered slides, for the previews. */
  slidesSourceId: string;
  /** Where the results of the whole lesson can be read afterwards. */
  reportUrl: string;
}

/**
 * The teacher's control panel of a live lesson, on a laptop and as a phone remote: connects as
 * the session's teacher, shows the state the server sends and changes it only through commands
 * (their refusals go to the alert).
 */
export default function TeacherLive({ sessionId, lang, lesson, title, join, boardUrl, slidesSourceId, reportUrl }: Props) {
  const t = useTranslate(lang);
  const connection = useStore($connection);
  const session = useStore($session);
  const participants = useStore($participants);
  const results = useStore($results);
  const commands = useCommandRunner();
  const live = useRef<LiveConnection | null>(null);

  useEffect(() => {
    const opened = connectLive({ auth: { role: 'teacher', sessionId } });
    live.current = opened;
    return () => opened.disconnect();
  }, [sessionId]);

  const resultsItem = session ? resultsItemId(session, lesson) : null;
  const answeredBy = resultsItem ? (results[resultsItem]?.answeredBy ?? []) : null;

  return (
    <div className="teacher-live">
      <PanelHeader
        title={title}
        join={join}
        boardUrl={boardUrl}
        status={<ConnectionStatus status={connection} wasOnline={session !== null} onRetry={() => live.current?.reconnect()} t={t} />}
        t={t}
      />
      <p className="tl-error" role="alert">
        {commands.error && t('liveTeacher.failed', { message: refusalText(t, commands.error) })}
      </p>
      {session === null ? (
        <p className="hint">{t('liveTeacher.waiting')}</p>
      ) : session.ended ? (
        <LessonEnded reportUrl={reportUrl} t={t} />
      ) : (
        <CommandContext.Provider value={commands.run}>
          <div className="tl-layout">
            <div className="tl-col-slide">
              <SlideControl lesson={lesson} slide={session.slide} slidesSourceId={slidesSourceId} t={t} />
            </div>
            <div className="tl-col-items">
              <SlideItems lesson={lesson} state={session} t={t} />
              <SessionTools state={session} t={t} />
            </div>
            <div className="tl-col-class">
              <ResultsPanel lesson={lesson} state={session} participants={participants} results={results} lang={lang} t={t} />
              <Lobby participants={participants} answeredBy={answeredBy} anonymous={session.anonymous} t={t} />
            </div>
          </div>
        </CommandContext.Provider>
      )}
    </div>
  );
}
