import type { GuideEntry } from '../definition.ts';

/** The authoring guide's section on scales, with the example a teacher copies and a live demo. */
export const guide: readonly GuideEntry[] = [
  {
    id: 'schaal',
    title: { nl: 'Schaal (Scale)', en: 'Scale' },
    text: {
      nl: 'Leerlingen kiezen een punt op een schaal, bijvoorbeeld hoe tevreden ze zijn. max is het hoogste punt (2 tot 10, standaard 5), min is 1 (standaard) of 0. minLabel en maxLabel zeggen wat de uiteinden betekenen. Met slider krijgen leerlingen een schuif in plaats van een rij cijfers. Het bord toont hoe vaak elk punt gekozen is en het gemiddelde.',
      en: 'Students pick a point on a scale, for example how satisfied they are. max is the highest point (2 to 10, default 5), min is 1 (default) or 0. minLabel and maxLabel say what the ends mean. With slider students get a slider instead of a row of numbers. The board shows how often each point was chosen and the mean.',
    },
    code: `<Scale
  id="schaal-tevreden"
  question="Hoe tevreden ben jij over de service van je favoriete winkel?"
  max={5}
  minLabel="helemaal niet"
  maxLabel="heel erg"
/>`,
    demo: 0,
  },
];
