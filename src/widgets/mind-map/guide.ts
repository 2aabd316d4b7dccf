import type { GuideEntry } from '../definition.ts';

/** The authoring guide's section(s) on this kind, with the example a teacher copies and a live demo. */
export const guide: readonly GuideEntry[] = [
  {
    id: 'mindmap',
    title: { nl: 'Mindmap', en: 'Mind map' },
    text: {
      nl: 'Leerlingen zetten woorden rond een centraal begrip (term). model zijn jouw voorbeeldantwoorden, die je kunt tonen; maxEntries is het aantal ideeën per leerling (standaard 5).',
      en: 'Students put words around a central term. model holds your model answers, which you can show; maxEntries is the number of ideas per student (default 5).',
    },
    code: `<MindMap
  id="mindmap-relatiebeheer"
  term="Relatiebeheer?"
  model={["Klantretentie", "Klanttevredenheid", "Hogere omzet"]}
  maxEntries={3}
/>`,
    demo: 0,
  },
];
