import { widgets } from '../widgets/index.ts';
import Slide from './Slide.astro';
import { widgetComponentsFrom } from './widget-files.ts';
import ZoomImage from './ZoomImage.astro';

// Each widget folder holds its MDX component as `<Component>.astro` (src/widgets/quiz/Quiz.astro):
// the registry says which components there are, and the files are found by their names.
const files = import.meta.glob<{ default: unknown }>('../widgets/*/*.astro', { eager: true });

/** What lesson MDX may use without imports: every component of the widget registry, the slide and zoomable images. */
export const lessonComponents = { Slide, ...widgetComponentsFrom([...widgets.components.keys()], files), img: ZoomImage };
