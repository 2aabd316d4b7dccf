import type { GuideEntry } from '../definition.ts';

/** The authoring guide's section on ordering, with the example a teacher copies and a live demo. */
export const guide: readonly GuideEntry[] = [
  {
    id: 'volgorde',
    title: { nl: 'Volgorde (Ordering)', en: 'Ordering' },
    text: {
      nl: 'Leerlingen zetten onderdelen in de goede volgorde, door te slepen (met vinger of muis) of met de knoppen omhoog en omlaag. Zet items in de goede volgorde in het bestand: leerlingen krijgen ze door elkaar. 2 tot 8 items, elk één keer. explanation verschijnt als de docent het antwoord toont, of na het controleren. Het bord toont hoeveel leerlingen alles goed hadden en waar elk item terechtkwam.',
      en: 'Students put parts in the right order, by dragging (finger or mouse) or with the up and down buttons. Write items in the right order in the file: students get them shuffled. 2 to 8 items, each once. explanation shows when the teacher reveals the answer, or after checking. The board shows how many students had everything right and where each item ended up.',
    },
    code: `<Ordering
  id="volgorde-stappen"
  question="Zet de vier stappen van het relatiemanagementplan in de goede volgorde."
  items={["Verdeel je plan in fasen.", "Bedenk bij elke fase activiteiten.", "Zet fasen en activiteiten in een schema.", "Spits de activiteiten toe op A-, B- en C-relaties."]}
  explanation="Eerst de fasen, dan per fase de activiteiten, dan alles in een schema, en pas dan toespitsen."
/>`,
    demo: 0,
  },
];
