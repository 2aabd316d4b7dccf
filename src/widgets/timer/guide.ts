import type { GuideEntry } from '../definition.ts';

/** The authoring guide's section(s) on this kind, with the example a teacher copies and a live demo. */
export const guide: readonly GuideEntry[] = [
  {
    id: 'timer',
    title: { nl: 'Timer', en: 'Timer' },
    text: {
      nl: 'Een aftelklok met start, pauze, +1 minuut en opnieuw. duration is m:ss, van 0:05 tot 90:00. Aan het eind knippert de klok en klinkt een signaal.',
      en: 'A countdown with start, pause, +1 minute and reset. duration is m:ss, from 0:05 to 90:00. At the end the clock flashes and a signal sounds.',
    },
    code: `<Timer id="timer-zelfstandig" duration="4:00" label="Zelfstandig werken" />`,
    demo: 0,
  },
];
