import type { GuideEntry } from '../definition.ts';

/** The authoring guide's section on self-assessments, with the example a teacher copies and a live demo. */
export const guide: readonly GuideEntry[] = [
  {
    id: 'kan-ik-dit',
    title: { nl: 'Kan ik dit? (SelfAssessment)', en: 'Can I do this? (SelfAssessment)' },
    text: {
      nl: 'Leerlingen geven per lesdoel aan of ze het kunnen: ja, een beetje of nee. Zonder goals neemt het de doelen uit de kop van de les (goals); met goals={["…", "…"]} geef je zelf een lijst (hoogstens 10). question is de vraag erboven, standaard "Kan ik dit?". Het bord en het rapport tonen per doel hoeveel leerlingen ja, een beetje en nee kozen.',
      en: 'Students say for each learning goal whether they can do it: yes, a bit or no. Without goals it takes the goals from the lesson\'s header (goals); with goals={["…", "…"]} you give a list of your own (at most 10). question is the question above them, "Can I do this?" by default. The board and the report show per goal how many students chose yes, a bit and no.',
    },
    code: `<SelfAssessment id="kan-ik-dit" />`,
    demo: 0,
  },
];
