import type { Language } from '../i18n/index.ts';
import { analyseLesson } from '../shared/lesson/analyse.ts';
import { parseBody } from '../shared/lesson/parse.ts';
import type { PropValue } from '../shared/lesson/props.ts';
import type { SlideLayout } from '../shared/lesson/slides.ts';
import { WIDGET_KINDS } from '../widgets/index.ts';

type Localised = Record<Language, string>;

/** Which previews the guide renders under a general section's code. */
export type GuideDemo = 'themes' | 'layouts';

export interface GuideSection {
  id: string;
  title: Localised;
  text: Localised;
  code: string;
  demo?: GuideDemo;
  /** A widget section: which widget of its example the guide shows live (see `liveExample`). */
  live?: number;
}

/** The goals of the guide's example lesson: what its self-assessment demo asks about. */
export const GUIDE_EXAMPLE_GOALS = ['Je weet wat relatiebeheer is', 'Je weet de niveaus van klantenbinding'] as const;

/** The widget kinds' sections, in registry order, each from the kind's folder. */
const WIDGET_GUIDE: GuideSection[] = WIDGET_KINDS.flatMap((definition) =>
  definition.guide.map(({ demo, ...entry }) => (demo === undefined ? entry : { ...entry, live: demo })),
);

/** The widget a section shows live: its component name and props, as the lesson check reads its example. */
export function liveExample(section: GuideSection): { name: string; props: Record<string, PropValue> } | null {
  if (section.live === undefined) return null;
  const widget = analyseLesson(parseBody(section.code), section.code).widgets[section.live];
  return widget ? { name: widget.name, props: widget.props } : null;
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
${GUIDE_EXAMPLE_GOALS.map((goal) => `  - ${goal}`).join('\n')}
---`,
  },
  {
    id: 'thema',
    title: { nl: "Thema: de vormgeving van je dia's", en: 'Theme: the look of your slides' },
    text: {
      nl: "Kies in de frontmatter een thema met theme: klassiek (rustig: schreefletter, warm papier, donkerblauw) of helder (uitgesproken: grote ronde letters, paars en geel). Zonder theme krijgt de les klassiek. Het thema bepaalt lettertypes, kleuren, titel- en sectiedia's en afbeeldingen; de lettertypes zitten in de app zelf, er komt niets van een andere site. Een onbekend thema stopt het bouwen met bestand en regel.",
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
      nl: 'Een regel met alleen --- begint een nieuwe dia. Zet er altijd een lege regel boven en onder: tekst direct boven --- wordt anders een kop (de controle meldt dat). De eerste kop van een dia is de titel in de dialijst.',
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
      en: "Right after a slide's --- you can set options, between two --- lines. layout: title (title slide, centred), section (start of a new part), text (default), two-columns (with <Column>), image-left, image-right or full-image (with image and imageAlt; the image fills its half or the whole slide). An ordinary image in the text shrinks on the board with the room left, so it is always seen whole. title replaces the title in the slide list; background is a colour or an image.",
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
  ...WIDGET_GUIDE,
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
