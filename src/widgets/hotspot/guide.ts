import type { GuideEntry } from '../definition.ts';

/** The authoring guide's section on hotspots, with the example a teacher copies and a live demo. */
export const guide: readonly GuideEntry[] = [
  {
    id: 'wijs-aan',
    title: { nl: 'Wijs aan (Hotspot)', en: 'Point at it (Hotspot)' },
    text: {
      nl: 'Leerlingen tikken op een plek in een afbeelding uit public/ (met de schuiven kan het ook met het toetsenbord). alt zegt wat er op de afbeelding staat. areas zijn de goede plekken (hoogstens 5): rechthoeken met x en y (de linkerbovenhoek) en width en height, in procenten van de breedte en hoogte van de afbeelding. Zonder areas telt elke tik, bijvoorbeeld voor "waar kijk je het eerst?". Het bord toont de tikken als warmtekaart en na "goede antwoord tonen" de goede plekken. explanation mag erbij.',
      en: 'Students tap a place on an image from public/ (the sliders do it with the keyboard too). alt says what the image shows. areas are the right places (at most 5): rectangles with x and y (the top left corner) and width and height, in percent of the image\'s width and height. Without areas every tap counts, for example for "where do you look first?". The board shows the taps as a heat map and, after "show the right answer", the right places. explanation is optional.',
    },
    code: `<Hotspot
  id="wijs-gatekeeper"
  question="Wie beheert de informatie die de andere DMU-leden krijgen? Tik op die rol."
  image="/images/dmu-rollen.svg"
  alt="Zes rollen rond één inkoopbeslissing"
  areas={[{ x: 66, y: 60, width: 27, height: 13 }]}
  explanation="De gatekeeper bepaalt welke informatie de andere leden van de DMU bereikt."
/>`,
    demo: 0,
  },
];
