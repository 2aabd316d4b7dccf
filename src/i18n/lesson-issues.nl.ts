/**
 * Dutch words for the problems the lesson check finds: one entry per issue code, `{name}` filled
 * from the issue's params. Each says what is wrong and what to write instead. The check itself
 * (src/shared/lesson) only produces codes; the CLI and the build word them in Dutch, the teacher's
 * pages in the reader's language (lesson-issues.en.ts has the same keys).
 */
export const lessonIssuesNl = {
  // File and folder
  'lessonIssue.place':
    'de les staat niet op de goede plek: zet haar in {where}/<module>/<les>.mdx (één map diep), anders heeft ze geen pagina',
  'lessonIssue.fileName':
    'de naam "{name}" mag alleen kleine letters, cijfers en streepjes hebben (geen spaties of hoofdletters); noem het bestand of de map "{suggestion}"',
  'lessonIssue.nameClash': 'deze les krijgt hetzelfde adres /lessons/{slug} als {other}; geef een van beide een andere naam',
  'lessonIssue.missingFile': 'het bestand {where}{path} bestaat niet; zet het daar neer of verbeter het pad (let op hoofdletters)',

  // Frontmatter
  'lessonIssue.noFrontmatter': 'de les begint niet met frontmatter (--- titel, module, ... ---)',
  'lessonIssue.field': 'frontmatter {key}: {detail}',
  'lessonIssue.unknownField': 'frontmatter: onbekend veld {keys}; haal het weg of verbeter de naam (bekend: {known})',
  'lessonIssue.notFields':
    'de frontmatter is geen lijst van velden: schrijf elk veld op een eigen regel als naam: waarde, met een spatie na de dubbele punt',
  'lessonIssue.goalRunsOn':
    'dit leerdoel loopt door op de volgende regel en wordt één doel met het vorige; zet elke "- " recht onder de vorige (even ver ingesprongen)',
  'lessonIssue.fm.titleMissing': 'titel ontbreekt; schrijf title: en de titel van de les',
  'lessonIssue.fm.titleEmpty': 'titel is leeg; schrijf de titel achter title:',
  'lessonIssue.fm.moduleMissing': 'module ontbreekt; schrijf module: en de naam van de module',
  'lessonIssue.fm.moduleEmpty': 'module is leeg; schrijf de naam van de module achter module:',
  'lessonIssue.fm.subjectMissing': 'vak (subject) ontbreekt; schrijf subject: en het vak',
  'lessonIssue.fm.subjectEmpty': 'vak is leeg; schrijf het vak achter subject:',
  'lessonIssue.fm.levelMissing': 'niveau (level) ontbreekt; schrijf level: en het niveau, zoals MBO 4',
  'lessonIssue.fm.levelEmpty': 'niveau is leeg; schrijf het niveau achter level:',
  'lessonIssue.fm.durationMissing': 'durationMinutes ontbreekt; schrijf hoeveel minuten de les duurt, zoals durationMinutes: 50',
  'lessonIssue.fm.durationNotNumber':
    'durationMinutes moet een getal (minuten) zijn, zonder aanhalingstekens of woorden, zoals durationMinutes: 50',
  'lessonIssue.fm.durationWhole': 'durationMinutes moet een heel getal zijn, zoals 50',
  'lessonIssue.fm.durationMin': 'durationMinutes is minstens 5',
  'lessonIssue.fm.durationMax': 'durationMinutes is hoogstens 600',
  'lessonIssue.fm.goalEmpty': 'een leerdoel is leeg; schrijf het doel achter de "- " of haal de regel weg',
  'lessonIssue.fm.goalsNotList': 'goals moet een lijst met leerdoelen zijn: elk doel op een eigen regel die begint met "  - "',
  'lessonIssue.fm.goalsNone': 'geef minstens één leerdoel (goals)',
  'lessonIssue.fm.language': 'language moet "nl" of "en" zijn',
  'lessonIssue.fm.order': 'order moet een heel getal vanaf 0 zijn, zoals order: 2',
  'lessonIssue.fm.description': 'description moet tekst zijn',
  'lessonIssue.fm.theme': 'theme moet een van {themes} zijn',
  'lessonIssue.fm.cover': 'cover moet een afbeelding in public/ zijn, zoals /images/cover.jpg',

  // YAML of the frontmatter
  'lessonIssue.yaml.colon':
    'frontmatter is geen geldige YAML: er staat een tweede dubbele punt in deze waarde; zet de hele waarde tussen aanhalingstekens, zoals title: "Les 2: Wat is relatiebeheer?"',
  'lessonIssue.yaml.indent':
    'frontmatter is geen geldige YAML: deze regel is anders ingesprongen dan de regels erboven; begin elk veld helemaal links en elk leerdoel met "  - "',
  'lessonIssue.yaml.tab': 'frontmatter is geen geldige YAML: er staat een tab vooraan de regel; gebruik spaties',
  'lessonIssue.yaml.duplicate': 'frontmatter is geen geldige YAML: dit veld staat er twee keer; haal een van beide weg',
  'lessonIssue.yaml.quote':
    'frontmatter is geen geldige YAML: een aanhalingsteken wordt niet gesloten; zet aan het eind van de waarde hetzelfde teken (" of \')',
  'lessonIssue.yaml.bracket':
    'frontmatter is geen geldige YAML: een [ wordt niet gesloten met ]; sluit de lijst of zet de waarde tussen aanhalingstekens',
  'lessonIssue.yaml.other':
    'frontmatter is geen geldige YAML: kijk deze regel na; schrijf naam: waarde met een spatie na de dubbele punt en zet tekst met : # [ of { tussen aanhalingstekens',

  // MDX syntax
  'lessonIssue.mdx.lessThan':
    'een < in de tekst wordt gelezen als het begin van een onderdeel; schrijf \\< of &lt; als je het teken "kleiner dan" bedoelt (zoals \\<10 of &lt;10)',
  'lessonIssue.mdx.htmlComment': 'een opmerking schrijf je in een les als {/* opmerking */}, niet als <!-- -->',
  'lessonIssue.mdx.unclosed':
    '<{tag}> wordt niet gesloten; schrijf </{tag}> na de inhoud, of sluit de tag zelf af met /> (zoals <{tag} … />)',
  'lessonIssue.mdx.wrongClose': '</{closing}> sluit <{open}> niet; sluit eerst <{open}> met </{open}>, of verbeter de naam',
  'lessonIssue.mdx.strayClose': '</{closing}> sluit niets; haal hem weg of zet <{closing}> ervoor',
  'lessonIssue.mdx.closingSlash':
    'deze sluittag </…> sluit niets, want er staat geen open tag voor; haal hem weg of zet de open tag ervoor',
  'lessonIssue.mdx.endOfFile': 'het bestand houdt op midden in een tag; sluit de tag af met /> (of > en later </Naam>)',
  'lessonIssue.mdx.openQuote':
    'een waarde tussen aanhalingstekens wordt niet gesloten; zet het sluitende " erachter (gebruik rechte aanhalingstekens)',
  'lessonIssue.mdx.badTag': 'deze tag is niet goed geschreven; schrijf hem als <Naam eigenschap="waarde" /> met rechte aanhalingstekens',
  'lessonIssue.mdx.expression': 'tekst tussen { } is geen geldige code; schrijf \\{ en \\} als je accolades bedoelt',
  'lessonIssue.mdx.other': 'MDX-fout ({reason}); kijk na of elke < een onderdeel opent dat gesloten wordt en elke { een } heeft',

  // Slides
  'lessonIssue.slides.none': "de les heeft nog geen dia's",
  'lessonIssue.slides.notOption': '"{text}" is geen dia-instelling (gebruik sleutel: waarde)',
  'lessonIssue.slides.unknownOption': 'onbekende dia-instelling "{key}" (bekend: layout, title, image, imageAlt, background)',
  'lessonIssue.slides.option': 'dia-instelling {key}: {detail}',
  'lessonIssue.slides.layout': 'layout moet een van {layouts} zijn',
  'lessonIssue.slides.title': 'title is leeg; schrijf de titel van de dia of haal de regel weg',
  'lessonIssue.slides.image': 'image moet een afbeelding in public/ zijn, zoals /images/foto.jpg',
  'lessonIssue.slides.background': 'background is een kleur (#1e3a5f) of een afbeelding (/images/x.jpg)',
  'lessonIssue.slides.needsImage': 'layout {layout} heeft een image nodig',
  'lessonIssue.slides.imageAlt': 'geef imageAlt: een korte beschrijving van de afbeelding (leeg "" als ze alleen versiert)',
  'lessonIssue.slides.optionsNoBlank': 'dia-instellingen staan direct tussen twee ---regels, zonder lege regel ertussen',
  'lessonIssue.slides.textAboveSeparator':
    'tekst staat direct boven een "---"-regel en wordt zo een kop; zet een lege regel vóór de scheiding tussen dia\'s',
  'lessonIssue.slides.esm': '{word} mag niet in een les: een les bevat alleen inhoud; de onderdelen (Quiz, Video, …) werken zonder import',
  'lessonIssue.braces': 'tekst tussen { } wordt als code gelezen; schrijf \\{ en \\} als je accolades bedoelt',

  // Content: HTML, links, images
  'lessonIssue.element': '<{name}> mag niet in een les; {instead}',
  'lessonIssue.instead.image': 'gebruik ![beschrijving](/images/naam.jpg) voor een afbeelding',
  'lessonIssue.instead.link': 'gebruik [tekst](https://…) voor een link',
  'lessonIssue.instead.video': "gebruik <Video> voor video's",
  'lessonIssue.instead.code': 'een les bevat alleen inhoud, geen code of opmaak',
  'lessonIssue.instead.form': 'gebruik <Quiz>, <Poll> of <OpenQuestion> voor vragen',
  'lessonIssue.instead.drawing': 'zet een tekening als bestand in public/ en gebruik ![beschrijving](/images/naam.svg)',
  'lessonIssue.instead.heading': 'gebruik # of ## voor een kop',
  'lessonIssue.instead.rule': 'een regel met --- begint een nieuwe dia',
  'lessonIssue.instead.allowed': 'toegestaan zijn {elements}',
  'lessonIssue.attr.spread': 'gebruik geen {...} in <{element}>',
  'lessonIssue.attr.event': '{name} mag niet in <{element}>: een les voert geen code uit',
  'lessonIssue.attr.style': '{name} mag niet in <{element}>; de opmaak komt van de site',
  'lessonIssue.attr.notText': '{name} van <{element}> moet vaste tekst tussen "" zijn, geen { }',
  'lessonIssue.attr.src': 'src van <{element}>: {detail}',
  'lessonIssue.attr.notAllowed': '{name} mag niet in <{element}> (wel: {allowed})',
  'lessonIssue.image': 'een afbeelding moet een bestand in public/ zijn, zoals ![beschrijving](/images/foto.jpg); {detail}',
  'lessonIssue.imageAlt': 'afbeelding zonder beschrijving: beschrijf tussen ![ ] wat erop staat, voor wie de afbeelding niet ziet',
  'lessonIssue.link': 'een link met "{scheme}:" mag niet; gebruik https://, mailto:, een pad of een #anker',
  'lessonIssue.asset': '{base}; {detail}',
  'lessonIssue.path.data': 'geen data:-adres, maar een bestand',
  'lessonIssue.path.external': 'geen adres van een andere site',
  'lessonIssue.path.slash': 'het pad begint met /',
  'lessonIssue.path.characters': 'alleen letters, cijfers en - _ . / % in het pad (geen spaties, quotes of haakjes)',
  'lessonIssue.path.percent': 'ongeldige %-code in het pad',
  'lessonIssue.path.dots': 'geen .. in het pad',
  'lessonIssue.path.doubleSlash': 'geen // in het pad',
  'lessonIssue.path.extension': 'het bestand eindigt op {extensions}',

  // Widgets
  'lessonIssue.widget.unknown': 'onbekend onderdeel <{name}> (bekend: {known}); verbeter de naam (let op hoofdletters)',
  'lessonIssue.widget.unknownProp': '<{name}> kent de eigenschap {props} niet',
  'lessonIssue.widget.prop': '<{name}> eigenschap "{prop}": {detail}',
  'lessonIssue.widget.props': '<{name}>: {detail}',
  'lessonIssue.widget.spread': 'gebruik geen {...} zonder naam in <{name}>',
  'lessonIssue.widget.twice': 'eigenschap "{prop}" staat twee keer in <{name}>',
  'lessonIssue.widget.notLiteral': 'eigenschap "{prop}" van <{name}> moet een vaste waarde zijn, zoals "tekst", {3} of {["A", "B"]}',
  'lessonIssue.widget.duplicateId': 'id "{id}" bestaat al (regel {line}); elk onderdeel heeft een eigen id',
  'lessonIssue.widget.idMissing': 'id ontbreekt',
  'lessonIssue.widget.idFormat': 'id mag alleen kleine letters, cijfers en streepjes bevatten',
  'lessonIssue.widget.textMissing': '{prop} ontbreekt',
  'lessonIssue.widget.textEmpty': '{prop} is leeg',
  'lessonIssue.widget.optionEmpty': 'een optie is leeg',
  'lessonIssue.widget.modelEmpty': 'een modelantwoord is leeg',
  'lessonIssue.widget.partEmpty': 'een onderdeel is leeg',
  'lessonIssue.widget.optionsList': 'options moet een lijst zijn, zoals {["Ja", "Nee"]}',
  'lessonIssue.widget.optionsMin': 'geef minstens 2 opties',
  'lessonIssue.widget.optionsMax': 'hoogstens 8 opties',
  'lessonIssue.widget.letter': 'gebruik een hoofdletter A-H',
  'lessonIssue.widget.clock': 'gebruik m:ss, zoals 1:30',
  'lessonIssue.widget.correct': 'correct moet een letter zijn ("B") of een lijst letters ({["A", "C"]})',
  'lessonIssue.widget.correctUnknown': '"{chosen}" is geen optie van deze quiz (kies uit A-{last})',
  'lessonIssue.widget.correctTwice': 'een letter staat dubbel in correct',
  'lessonIssue.widget.multipleFalse': 'multiple={false} maar correct heeft meer letters; geef één letter of haal multiple={false} weg',
  'lessonIssue.widget.maxEntries': 'maxEntries is een heel getal van 1 tot en met 10',
  'lessonIssue.widget.scaleMin': 'min is 0 of 1',
  'lessonIssue.widget.scaleMax': 'max is een heel getal van 2 tot en met 10',
  'lessonIssue.widget.questionsPerStudent': 'perStudent is een heel getal van 1 tot en met 5',
  'lessonIssue.widget.drawingImage': 'image is de afbeelding om op te tekenen (een bestand in public/)',
  'lessonIssue.widget.drawingAlt': 'geef bij image ook alt: wat de afbeelding laat zien',
  'lessonIssue.widget.scaleLabel': 'een label aan het eind van de schaal is hoogstens 40 tekens',
  'lessonIssue.widget.itemsList': 'items is een lijst teksten in de goede volgorde: items={["Eerste", "Tweede"]}',
  'lessonIssue.widget.itemEmpty': 'een item mag niet leeg zijn',
  'lessonIssue.widget.itemsMin': 'geef minstens 2 items',
  'lessonIssue.widget.itemsMax': 'geef hoogstens 8 items',
  'lessonIssue.widget.itemsTwice': 'elk item mag maar één keer voorkomen',
  'lessonIssue.widget.pairsList': 'pairs is een lijst paren: pairs={[["links", "rechts"], ["links", "rechts"]]}',
  'lessonIssue.widget.pair': 'elk paar is twee teksten tussen haken: ["links", "rechts"]',
  'lessonIssue.widget.goalsList': 'goals is een lijst lesdoelen: goals={["Je weet …", "Je kunt …"]}; laat goals weg voor de doelen uit de kop van de les',
  'lessonIssue.widget.goalsMax': 'hoogstens 10 doelen',
  'lessonIssue.widget.goalText': 'een doel is een tekst van 1 tot 200 tekens',
  'lessonIssue.widget.hotspotImage': 'image is de afbeelding om op te tikken',
  'lessonIssue.widget.areasList': 'areas is een lijst rechthoeken: areas={[{ x: 10, y: 20, width: 30, height: 15 }]}',
  'lessonIssue.widget.areasMax': 'hoogstens 5 goede plekken',
  'lessonIssue.widget.area': 'een plek is { x: 10, y: 20, width: 30, height: 15 }: x, y, width en height, niets anders',
  'lessonIssue.widget.areaNumbers': 'x, y, width en height zijn procenten van 0 tot 100 (width en height minstens 1)',
  'lessonIssue.widget.areaOutside': 'de plek valt buiten de afbeelding: x + width en y + height zijn hoogstens 100',
  'lessonIssue.widget.pairText': 'een kant van een paar mag niet leeg zijn',
  'lessonIssue.widget.pairsMin': 'geef minstens 2 paren',
  'lessonIssue.widget.pairsMax': 'geef hoogstens 8 paren',
  'lessonIssue.widget.pairsTwice': 'elke tekst mag links en rechts maar één keer voorkomen',
  'lessonIssue.widget.maxLengthMin': 'maxLength is minstens 20',
  'lessonIssue.widget.maxLengthMax': 'maxLength is hoogstens 2000',
  'lessonIssue.widget.durationMissing': 'duration ontbreekt (zoals "4:00")',
  'lessonIssue.widget.durationInvalid': '"{duration}" is geen geldige duur; gebruik m:ss, zoals 4:00',
  'lessonIssue.widget.durationRange': 'een timer duurt tussen 0:05 en 90:00',
  'lessonIssue.widget.youtube': 'youtube is de video-id van 11 tekens (uit de link)',
  'lessonIssue.widget.vimeo': 'vimeo is het nummer van de video',
  'lessonIssue.widget.videoSrc': 'src is een .mp4- of .webm-bestand in public/, zoals /videos/les.mp4',
  'lessonIssue.widget.videoNoSource': 'video zonder bron: geef youtube, vimeo of src (of pending als de docent die nog kiest)',
  'lessonIssue.widget.videoSources': 'geef precies één bron: youtube, vimeo of src',
  'lessonIssue.widget.videoEnd': 'end moet na start liggen',

  // Values of the wrong type, when no more precise message applies
  'lessonIssue.type.string': 'moet tekst zijn, zoals "tekst"',
  'lessonIssue.type.number': 'moet een getal zijn, zoals {3}',
  'lessonIssue.type.boolean': 'moet waar of onwaar zijn: {true} of {false}',
  'lessonIssue.type.array': 'moet een lijst zijn, zoals {["A", "B"]}',
  'lessonIssue.invalid': 'deze waarde klopt niet; kijk in "Lessen schrijven" hoe ze eruitziet',
} as const;

export type LessonIssueCode = keyof typeof lessonIssuesNl;
