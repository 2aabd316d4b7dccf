import type { GuideEntry } from '../definition.ts';

/** The authoring guide's section on the class's questions, with the example a teacher copies and a live demo. */
export const guide: readonly GuideEntry[] = [
  {
    id: 'vragen-uit-de-klas',
    title: { nl: 'Vragen uit de klas (Questions)', en: 'Questions from the class (Questions)' },
    text: {
      nl: 'Leerlingen stellen op hun telefoon vragen, anoniem voor de klas, en stemmen op elkaars vragen ("Ik ook"). Jij ziet ze op je scherm met de meeste stemmen bovenaan, markeert ze als beantwoord of verbergt ze; het bord toont ze zonder namen. prompt is de uitnodiging erboven, standaard "Welke vraag heb jij nog?"; perStudent is hoeveel vragen één leerling tegelijk mag hebben (1 tot en met 5, standaard 3). Thuis schrijven leerlingen hun vragen op voor de volgende les.',
      en: 'Students ask questions on their phones, anonymous to the class, and vote for each other\'s ("Me too"). You see them on your screen with the most votes on top, mark them answered or hide them; the board shows them without names. prompt is the invitation above, "What would you like to ask?" by default; perStudent is how many questions one student may have at once (1 to 5, 3 by default). At home students write their questions down for the next lesson.',
    },
    code: `<Questions id="vragen-klantcontact" prompt="Wat wil je nog weten over klantcontact?" />`,
    demo: 0,
  },
];
