import type { GuideEntry } from '../definition.ts';

/** The authoring guide's section(s) on this kind, with the example a teacher copies and a live demo. */
export const guide: readonly GuideEntry[] = [
  {
    id: 'quiz',
    title: { nl: 'Quiz', en: 'Quiz' },
    text: {
      nl: 'Eén goed antwoord: correct="B" (A is de eerste optie). Meer goede antwoorden: correct={["A", "C"]}; leerlingen kiezen dan alles wat klopt. explanation verschijnt na het antwoorden. 2 tot 8 opties.',
      en: 'One right answer: correct="B" (A is the first option). Several: correct={["A", "C"]}; students then pick everything that is right. explanation shows after answering. 2 to 8 options.',
    },
    code: `<Quiz
  id="quiz-kosten"
  question="Wat is duurder: klanten behouden of nieuwe klanten werven?"
  options={["Klanten behouden", "Nieuwe klanten werven"]}
  correct="B"
  explanation="Een bestaande klant houden kost meestal veel minder dan een nieuwe vinden."
/>`,
    demo: 0,
  },
  {
    id: 'quiz-meer',
    title: { nl: 'Quiz met meer goede antwoorden', en: 'Quiz with several right answers' },
    text: {
      nl: 'Een lijst letters bij correct maakt er een meerkeuzevraag met vinkjes van.',
      en: 'A list of letters in correct makes it a tick-all-that-apply question.',
    },
    code: `<Quiz
  id="quiz-binding"
  question="Welke zijn niveaus van klantenbinding?"
  options={["Financieel", "Digitaal", "Sociaal", "Structureel"]}
  correct={["A", "C", "D"]}
/>`,
    demo: 0,
  },
];
