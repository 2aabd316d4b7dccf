import { briefParagraphs } from '../../shared/moodboard/assignment.ts';

/** The assignment's brief, one paragraph per paragraph the author wrote. */
export function Brief({ brief }: { brief: string }) {
  return (
    <div className="mb-brief">
      {briefParagraphs(brief).map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}
