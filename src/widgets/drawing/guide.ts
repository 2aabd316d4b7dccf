import type { GuideEntry } from '../definition.ts';

/** The authoring guide's section on drawings, with the example a teacher copies and a live demo. */
export const guide: readonly GuideEntry[] = [
  {
    id: 'teken',
    title: { nl: 'Teken (Drawing)', en: 'Draw (Drawing)' },
    text: {
      nl: 'Leerlingen tekenen op hun telefoon met de vinger of de muis: vijf kleuren, drie diktes, een gum, ongedaan maken en wis alles. Met image="/images/….svg" en alt tekenen ze over een afbeelding uit public/ (alt zegt wat erop staat); zonder image op een leeg vlak. Jij ziet alle tekeningen op je scherm en kiest welke het bord toont, nooit met namen. Thuis blijft een tekening op het apparaat bewaard.',
      en: 'Students draw on their phones with a finger or the mouse: five colours, three widths, an eraser, undo and clear all. With image="/images/….svg" and alt they draw over an image from public/ (alt says what is on it); without image on a blank canvas. You see every drawing on your screen and choose which ones the board shows, never with names. At home a drawing is kept on the device.',
    },
    code: `<Drawing
  id="teken-binding"
  prompt="Teken hoe jouw favoriete winkel je aan zich bindt: waar merk je dat?"
  image="/images/voorbeeld-winkel.svg"
  alt="Een winkelpui met een verkoper en een klant"
/>`,
    demo: 0,
  },
];
