import type { GuideEntry } from '../definition.ts';

/** The authoring guide's section on matching, with the example a teacher copies and a live demo. */
export const guide: readonly GuideEntry[] = [
  {
    id: 'koppel',
    title: { nl: 'Koppel (Matching)', en: 'Matching' },
    text: {
      nl: 'Leerlingen koppelen wat bij elkaar hoort: ze tikken een item links en dan het passende item rechts, of slepen een item van rechts naar links. Schrijf de paren zoals ze horen, links en rechts: pairs={[["links", "rechts"], ...]}; de rechterkolom komt door elkaar. 2 tot 8 paren, elke tekst één keer. explanation verschijnt als de docent het antwoord toont, of na het controleren.',
      en: 'Students match what belongs together: they tap an item on the left and then its match on the right, or drag an item from the right to the left. Write the pairs as they belong, left and right: pairs={[["left", "right"], ...]}; the right column comes shuffled. 2 to 8 pairs, each text once. explanation shows when the teacher reveals the answer, or after checking.',
    },
    code: `<Matching
  id="koppel-binding"
  question="Welk voorbeeld hoort bij welk niveau van klantenbinding?"
  pairs={[["Financieel", "Spaarpunten en korting voor vaste klanten"], ["Sociaal", "Een persoonlijke kaart van je vaste verkoper"], ["Structureel", "Een abonnement met een eigen klantportaal"]]}
/>`,
    demo: 0,
  },
];
