import type { GuideEntry } from '../definition.ts';

/** The authoring guide's section(s) on this kind, with the example a teacher copies and a live demo. */
export const guide: readonly GuideEntry[] = [
  {
    id: 'open',
    title: { nl: 'Open vraag', en: 'Open question' },
    text: {
      nl: 'Leerlingen typen een antwoord; maxLength is het maximum aantal tekens (standaard 500).',
      en: 'Students type an answer; maxLength is the maximum number of characters (default 500).',
    },
    code: `<OpenQuestion id="open-klantwaarde" question="Wanneer is een klant van waarde voor een bedrijf?" maxLength={300} />`,
    demo: 0,
  },
];
