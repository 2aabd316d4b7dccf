import type { GuideEntry } from '../definition.ts';

/** The authoring guide's section(s) on this kind, with the example a teacher copies and a live demo. */
export const guide: readonly GuideEntry[] = [
  {
    id: 'poll',
    title: { nl: 'Peiling (Poll)', en: 'Poll' },
    text: {
      nl: 'Een vraag zonder goed antwoord. multiple laat meer keuzes toe.',
      en: 'A question without a right answer. multiple allows several choices.',
    },
    code: `<Poll id="poll-praktisch" question="Weet je hoe je deze module afrondt?" options={["Ja", "Nee"]} />`,
    demo: 0,
  },
];
