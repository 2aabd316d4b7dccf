import type { MoodboardErrorCode } from '../../src/shared/moodboard/api.ts';
import { UPLOAD_REFUSALS, type UploadRefusalCode } from '../uploads/index.ts';

/** Every refusal of the moodboard API: its HTTP status and a Dutch sentence for scripts (the editor words the code itself). */
export const API_ERRORS = {
  bad_origin: { status: 403, message: 'Dit verzoek kwam niet van deze website en is geweigerd.' },
  unsupported_type: { status: 415, message: 'Stuur de gegevens als JSON.' },
  too_large: { status: 413, message: 'Dit verzoek is te groot.' },
  bad_json: { status: 400, message: 'De gegevens konden niet worden gelezen. Probeer het opnieuw.' },
  invalid: { status: 400, message: 'De gegevens kloppen niet.' },
  not_logged_in: { status: 401, message: 'Log eerst in met je werkcode.' },
  unknown_code: { status: 401, message: 'Deze code kennen we niet. Kijk goed of je hem goed hebt overgetypt.' },
  removed: { status: 403, message: 'Je docent heeft je uit deze les of klas gehaald. Vraag je docent om hulp.' },
  too_many_attempts: { status: 429, message: 'Te veel pogingen. Wacht een minuut en probeer het dan opnieuw.' },
  uploads_busy: { status: 429, message: 'Er worden nog afbeeldingen van je verwerkt. Wacht even en probeer het dan opnieuw.' },
  not_found: { status: 404, message: 'Dit moodboard bestaat niet, of je hebt er geen toegang toe.' },
  image_not_found: { status: 404, message: 'Deze afbeelding bestaat niet, of je hebt er geen toegang toe.' },
  read_only: { status: 403, message: 'Alleen de leerling zelf kan dit moodboard veranderen.' },
  unknown_image: { status: 400, message: 'Een afbeelding op je moodboard is niet van jou of bestaat niet meer. Voeg haar opnieuw toe.' },
  unknown_answer: { status: 400, message: 'Een antwoordkaart hoort niet bij een antwoord dat jij in de les gaf.' },
  conflict: {
    status: 409,
    message: 'Je moodboard is ondertussen ergens anders opgeslagen (in een ander tabblad of op een ander apparaat).',
  },
  empty_board: { status: 409, message: 'Je moodboard is nog leeg. Zet er eerst iets op en lever het dan in.' },
  not_an_image: { status: 415, message: UPLOAD_REFUSALS.not_an_image },
  too_many_pixels: { status: 422, message: UPLOAD_REFUSALS.too_many_pixels },
  unreadable: { status: 422, message: UPLOAD_REFUSALS.unreadable },
  quota_full: { status: 413, message: UPLOAD_REFUSALS.quota_full },
} as const satisfies Record<MoodboardErrorCode, { status: number; message: string }> & Record<UploadRefusalCode, unknown>;

export type ApiErrorCode = keyof typeof API_ERRORS;
