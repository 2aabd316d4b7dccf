import type { GuideEntry } from '../definition.ts';

/** The authoring guide's section(s) on this kind, with the example a teacher copies and a live demo. */
export const guide: readonly GuideEntry[] = [
  {
    id: 'opdracht',
    title: { nl: 'Opdracht (moodboard)', en: 'Assignment (moodboard)' },
    text: {
      nl: "Een opdracht die leerlingen thuis als moodboard maken en inleveren. Tussen de tags staat de uitleg (alinea's en lijstjes blijven staan). parts zijn de verplichte onderdelen van de checklist, in volgorde; met explanationRequired moet de leerling ook een toelichting schrijven. De docent deelt de opdracht uit aan een klas of een live les, met een deadline.",
      en: 'An assignment students make at home as a moodboard and hand in. The brief goes between the tags (paragraphs and lists are kept). parts are the required parts of its checklist, in order; with explanationRequired the student also writes an explanation. The teacher hands the assignment out to a class or a live lesson, with a deadline.',
    },
    code: `<Assignment id="moodboard-gstar" title="Moodboard G-Star en de Bijenkorf" parts={["Logo", "Doelgroep", "Sfeer"]} explanationRequired>

Maak een moodboard dat laat zien hoe G-Star zich presenteert bij de Bijenkorf.

- Gebruik eigen foto's of foto's van de website
- Schrijf bij elk onderdeel waarom je het koos

</Assignment>`,
  },
];
