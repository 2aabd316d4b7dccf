import type { GuideEntry } from '../definition.ts';

/** The authoring guide's section(s) on this kind, with the example a teacher copies and a live demo. */
export const guide: readonly GuideEntry[] = [
  {
    id: 'video',
    title: { nl: 'Video', en: 'Video' },
    text: {
      nl: 'youtube="<id>" (via youtube-nocookie), vimeo="<nummer>" of src="/videos/les.mp4" (in public/), met start en end als m:ss. De video laadt pas als iemand op afspelen klikt. Weet je de video nog niet? Gebruik pending: het bord toont de klas een rustige kaart "Video volgt", de herinnering om een video te kiezen staat alleen bij de notities in het presentatorscherm, en leerlingen slaan de dia over.',
      en: 'youtube="<id>" (through youtube-nocookie), vimeo="<number>" or src="/videos/lesson.mp4" (in public/), with start and end as m:ss. The video loads only when someone presses play. Not chosen yet? Use pending: the board shows the class a calm "Video coming" card, the reminder to choose a video is only in the presenter window notes, and students skip the slide.',
    },
    code: `<Video title="Waarom klanten behouden?" youtube="dQw4w9WgXcQ" start="0:30" end="2:15" />

<Video id="video-13" title="Klantbehoud in de praktijk" pending />`,
    demo: 1,
  },
];
