import type { Language } from '../i18n/index.ts';
import type { SlideLayout } from '../shared/lesson/slides.ts';

type Localised = Record<Language, string>;

/** Which live example the guide renders under a section's code. */
export type GuideDemo = 'themes' | 'layouts' | 'quiz' | 'quiz-multiple' | 'poll' | 'mind-map' | 'open-question' | 'timer' | 'video-pending';

export interface GuideSection {
  id: string;
  title: Localised;
  text: Localised;
  code: string;
  demo?: GuideDemo;
}

/** Small previews of every slide layout, rendered with the real slide component. */
export const LAYOUT_EXAMPLES = [
  { layout: 'text', label: { nl: 'text (standaard)', en: 'text (default)' } },
  { layout: 'title', label: { nl: 'title', en: 'title' } },
  { layout: 'section', label: { nl: 'section', en: 'section' } },
  { layout: 'two-columns', label: { nl: 'two-columns', en: 'two-columns' } },
  { layout: 'image-left', label: { nl: 'image-left', en: 'image-left' } },
  { layout: 'image-right', label: { nl: 'image-right', en: 'image-right' } },
  { layout: 'full-image', label: { nl: 'full-image', en: 'full-image' } },
] as const satisfies readonly { layout: SlideLayout; label: Localised }[];

/** The authoring guide: every part of the lesson format, with an example to copy. */
export const GUIDE_SECTIONS: GuideSection[] = [
  {
    id: 'bestand',
    title: { nl: 'Een les is één bestand', en: 'A lesson is one file' },
    text: {
      nl: 'Zet de les in lessons/<module>/<les>.mdx. De namen van map en bestand worden het adres van de les, dus alleen kleine letters, cijfers en streepjes: les-9-voorraad.mdx, niet Les 9 Voorraad.mdx. Bovenaan staat de frontmatter: titel, module, vak, niveau, duur in minuten, leerdoelen en taal. order (plaats in de module), description en cover mogen erbij. Zet elk leerdoel op een eigen regel die begint met twee spaties en "- ", allemaal even ver ingesprongen; een waarde met een dubbele punt erin zet je tussen aanhalingstekens.',
      en: 'Put the lesson in lessons/<module>/<lesson>.mdx. The folder and file names become the address of the lesson, so only lowercase letters, digits and dashes: les-9-voorraad.mdx, not Les 9 Voorraad.mdx. It starts with frontmatter: title, module, subject, level, duration in minutes, learning goals and language. order (position in the module), description and cover are optional. Put each goal on its own line starting with two spaces and "- ", all indented just as far; put a value with a colon in it between quotes.',
    },
    code: `---
title: "Les 2: Wat is Relatiebeheer?"
module: Relatiebeheer
subject: Handel
level: MBO Handel, studiejaar 3
durationMinutes: 100
language: nl
order: 2
description: Wat relatiebeheer is en hoe je klanten bindt.
goals:
  - Je weet wat relatiebeheer is
  - Je weet de niveaus van klantenbinding
---`,
  },
  {
    id: 'thema',
    title: { nl: 'Thema: de vormgeving van je dia\'s', en: 'Theme: the look of your slides' },
    text: {
      nl: 'Kies in de frontmatter een thema met theme: klassiek (rustig: schreefletter, warm papier, donkerblauw) of helder (uitgesproken: grote ronde letters, paars en geel). Zonder theme krijgt de les klassiek. Het thema bepaalt lettertypes, kleuren, titel- en sectiedia\'s en afbeeldingen; de lettertypes zitten in de app zelf, er komt niets van een andere site. Een onbekend thema stopt het bouwen met bestand en regel.',
      en: 'Choose a theme in the frontmatter with theme: klassiek (calm: serif headings, warm paper, navy) or helder (bold: big rounded type, violet and yellow). Without theme a lesson gets klassiek. The theme sets fonts, colours, title and section slides and images; the fonts ship with the app, nothing comes from another site. An unknown theme stops the build with file and line.',
    },
    code: `---
title: "Les 2: Wat is Relatiebeheer?"
# ... de andere velden
theme: helder
---`,
    demo: 'themes',
  },
  {
    id: 'dias',
    title: { nl: "Dia's scheiden met ---", en: 'Separate slides with ---' },
    text: {
      nl: "Een regel met alleen --- begint een nieuwe dia. Zet er altijd een lege regel boven en onder: tekst direct boven --- wordt anders een kop (de controle meldt dat). De eerste kop van een dia is de titel in de dialijst.",
      en: 'A line with only --- starts a new slide. Always put an empty line above and below it: text right above --- becomes a heading otherwise (the check reports it). The first heading of a slide is its title in the slide list.',
    },
    code: `# Welkom!

Relatiebeheer

---

## Doel van deze les

- Je weet wat relatiebeheer is
- Je weet hoe je relatiebeheer toepast`,
  },
  {
    id: 'instellingen',
    title: { nl: 'Dia-instellingen en layouts', en: 'Slide options and layouts' },
    text: {
      nl: 'Direct na de --- van een dia kun je instellingen zetten, tussen twee ---regels. layout: title (titeldia, gecentreerd), section (begin van een nieuw deel), text (standaard), two-columns (met <Column>), image-left, image-right of full-image (met image en imageAlt; de afbeelding vult haar helft of de hele dia). Een gewone afbeelding in de tekst krimpt op het bord mee met de ruimte, zodat ze altijd helemaal te zien is. title vervangt de titel in de dialijst; background is een kleur of afbeelding.',
      en: 'Right after a slide\'s --- you can set options, between two --- lines. layout: title (title slide, centred), section (start of a new part), text (default), two-columns (with <Column>), image-left, image-right or full-image (with image and imageAlt; the image fills its half or the whole slide). An ordinary image in the text shrinks on the board with the room left, so it is always seen whole. title replaces the title in the slide list; background is a colour or an image.',
    },
    code: `---
layout: image-left
image: /images/winkel.jpg
imageAlt: Een verkoper helpt een klant in de winkel
title: Klantcontact
---

## Persoonlijk contact

Klanten komen terug bij mensen die ze kennen.

---
layout: two-columns
---

## Twee kolommen

<Column>

- Financieel
- Sociaal

</Column>
<Column>

- Structureel

</Column>`,
    demo: 'layouts',
  },
  {
    id: 'afbeeldingen',
    title: { nl: 'Afbeeldingen en tabellen', en: 'Images and tables' },
    text: {
      nl: 'Zet afbeeldingen in public/ en gebruik ![beschrijving](/images/naam.jpg); de beschrijving is verplicht, voor wie de afbeelding niet ziet. Leerlingen en docent kunnen erop klikken om te vergroten. Tabellen schrijf je als markdowntabel. Een les bevat alleen inhoud: geen code, en niets van andere sites (afbeeldingen en video-bestanden komen uit public/).',
      en: 'Put images in public/ and write ![description](/images/name.jpg); the description is required, for those who cannot see the image. Students and teachers can click to enlarge them. Write tables as markdown tables. A lesson holds content only: no code, and nothing from other sites (images and video files come from public/).',
    },
    code: `![Het logo van de Bijenkorf](/images/bijenkorf.png)

| Niveau | Voorbeeld |
| --- | --- |
| Financieel | Korting voor vaste klanten |
| Sociaal | Persoonlijke accountmanager |`,
  },
  {
    id: 'notities',
    title: { nl: 'Notities voor de docent', en: "Teacher's notes" },
    text: {
      nl: 'Alles tussen <Notes> en </Notes> ziet alleen de docent, in het presentatorscherm (toets P tijdens het presenteren).',
      en: 'Everything between <Notes> and </Notes> is for the teacher only, in the presenter view (press P while presenting).',
    },
    code: `<Notes>

Vraag eerst wat de klas al weet. Noem daarna klantretentie en klanttevredenheid.

</Notes>`,
  },
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
    demo: 'quiz',
  },
  {
    id: 'quiz-meer',
    title: { nl: 'Quiz met meer goede antwoorden', en: 'Quiz with several right answers' },
    text: { nl: 'Een lijst letters bij correct maakt er een meerkeuzevraag met vinkjes van.', en: 'A list of letters in correct makes it a tick-all-that-apply question.' },
    code: `<Quiz
  id="quiz-binding"
  question="Welke zijn niveaus van klantenbinding?"
  options={["Financieel", "Digitaal", "Sociaal", "Structureel"]}
  correct={["A", "C", "D"]}
/>`,
    demo: 'quiz-multiple',
  },
  {
    id: 'poll',
    title: { nl: 'Peiling (Poll)', en: 'Poll' },
    text: { nl: 'Een vraag zonder goed antwoord. multiple laat meer keuzes toe.', en: 'A question without a right answer. multiple allows several choices.' },
    code: `<Poll id="poll-praktisch" question="Weet je hoe je deze module afrondt?" options={["Ja", "Nee"]} />`,
    demo: 'poll',
  },
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
    demo: 'mind-map',
  },
  {
    id: 'open',
    title: { nl: 'Open vraag', en: 'Open question' },
    text: { nl: 'Leerlingen typen een antwoord; maxLength is het maximum aantal tekens (standaard 500).', en: 'Students type an answer; maxLength is the maximum number of characters (default 500).' },
    code: `<OpenQuestion id="open-klantwaarde" question="Wanneer is een klant van waarde voor een bedrijf?" maxLength={300} />`,
    demo: 'open-question',
  },
  {
    id: 'timer',
    title: { nl: 'Timer', en: 'Timer' },
    text: {
      nl: 'Een aftelklok met start, pauze, +1 minuut en opnieuw. duration is m:ss, van 0:05 tot 90:00. Aan het eind knippert de klok en klinkt een signaal.',
      en: 'A countdown with start, pause, +1 minute and reset. duration is m:ss, from 0:05 to 90:00. At the end the clock flashes and a signal sounds.',
    },
    code: `<Timer id="timer-zelfstandig" duration="4:00" label="Zelfstandig werken" />`,
    demo: 'timer',
  },
  {
    id: 'video',
    title: { nl: 'Video', en: 'Video' },
    text: {
      nl: 'youtube="<id>" (via youtube-nocookie), vimeo="<nummer>" of src="/videos/les.mp4" (in public/), met start en end als m:ss. De video laadt pas als iemand op afspelen klikt. Weet je de video nog niet? Gebruik pending: het bord toont de klas een rustige kaart "Video volgt", de herinnering om een video te kiezen staat alleen bij de notities in het presentatorscherm, en leerlingen slaan de dia over.',
      en: 'youtube="<id>" (through youtube-nocookie), vimeo="<number>" or src="/videos/lesson.mp4" (in public/), with start and end as m:ss. The video loads only when someone presses play. Not chosen yet? Use pending: the board shows the class a calm "Video coming" card, the reminder to choose a video is only in the presenter window notes, and students skip the slide.',
    },
    code: `<Video title="Waarom klanten behouden?" youtube="dQw4w9WgXcQ" start="0:30" end="2:15" />

<Video id="video-13" title="Klantbehoud in de praktijk" pending />`,
    demo: 'video-pending',
  },
  {
    id: 'opdracht',
    title: { nl: 'Opdracht (moodboard)', en: 'Assignment (moodboard)' },
    text: {
      nl: 'Een opdracht die leerlingen thuis als moodboard maken en inleveren. Tussen de tags staat de uitleg (alinea\'s en lijstjes blijven staan). parts zijn de verplichte onderdelen van de checklist, in volgorde; met explanationRequired moet de leerling ook een toelichting schrijven. De docent deelt de opdracht uit aan een klas of een live les, met een deadline.',
      en: 'An assignment students make at home as a moodboard and hand in. The brief goes between the tags (paragraphs and lists are kept). parts are the required parts of its checklist, in order; with explanationRequired the student also writes an explanation. The teacher hands the assignment out to a class or a live lesson, with a deadline.',
    },
    code: `<Assignment id="moodboard-gstar" title="Moodboard G-Star en de Bijenkorf" parts={["Logo", "Doelgroep", "Sfeer"]} explanationRequired>

Maak een moodboard dat laat zien hoe G-Star zich presenteert bij de Bijenkorf.

- Gebruik eigen foto's of foto's van de website
- Schrijf bij elk onderdeel waarom je het koos

</Assignment>`,
  },
  {
    id: 'tekens',
    title: { nl: 'Tekens die iets betekenen: < en { }', en: 'Characters with a meaning: < and { }' },
    text: {
      nl: 'In een les begint < een onderdeel (zoals <Quiz>) en staat tussen { } code. Bedoel je het teken zelf, schrijf dan \\< of &lt; voor "kleiner dan" (\\<10 en &lt;10 tonen allebei <10) en \\{ en \\} voor accolades. Een opmerking die niet op de dia komt schrijf je als {/* opmerking */}.',
      en: 'In a lesson, < starts a component (such as <Quiz>) and { } holds code. When you mean the character itself, write \\< or &lt; for "less than" (\\<10 and &lt;10 both show <10) and \\{ and \\} for braces. A comment that does not appear on the slide is written as {/* comment */}.',
    },
    code: `Een bestelling van &lt;10 stuks gaat met de post; vanaf \\<20 stuks komt de vrachtwagen.

Schrijf \\{naam\\} op de plek van je naam.

{/* Deze opmerking komt niet op de dia. */}`,
  },
  {
    id: 'controle',
    title: { nl: 'Controleren', en: 'Checking' },
    text: {
      nl: 'npm run lessons:check controleert alle lessen in een paar tellen en noemt per fout bestand:regel:kolom en wat je moet veranderen: frontmatter, een ontbrekend of dubbel id, een quiz zonder geldig goed antwoord, een timer met een foute duur, een video zonder bron, een onbekend onderdeel of een onbekende eigenschap, een < of { } in de tekst, een tag die niet gesloten wordt, een verkeerde bestandsnaam. Een les met een fout houdt de andere lessen niet tegen: npm start laat haar weg (leerlingen zien haar niet) en docenten zien de fouten op hun overzicht (Docent). Verbeter het bestand en start opnieuw. npm run lessons:check en npm run build (bijvoorbeeld in CI) weigeren een les met een fout.',
      en: 'npm run lessons:check checks every lesson in seconds and names for each mistake file:line:column and what to change: frontmatter, a missing or duplicate id, a quiz without a valid right answer, a timer with a bad duration, a video without a source, an unknown component or property, a < or { } in the text, a tag that is not closed, a wrong file name. A lesson with a mistake does not hold the other lessons back: npm start leaves it out (students do not see it) and teachers see its mistakes on their overview (Teacher). Correct the file and start again. npm run lessons:check and npm run build (in CI, say) refuse a lesson with a mistake.',
    },
    code: `$ npm run lessons:check
FOUT lessons/relatiebeheer/les-2.mdx (31 dia's, 9 onderdelen)

lessons/relatiebeheer/les-2.mdx:140:1 <Quiz> eigenschap "correct": "C" is geen optie van deze quiz (kies uit A-B)
lessons/relatiebeheer/les-2.mdx:152:16 een < in de tekst wordt gelezen als het begin van een onderdeel; schrijf \\< of &lt; als je het teken "kleiner dan" bedoelt (zoals \\<10 of &lt;10)`,
  },
];
