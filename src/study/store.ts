import { map, type MapStore } from 'nanostores';
import { readItem, writeItem } from './device-storage.ts';

/** What a student did in one lesson on this device: where they are and their answers by widget id. */
export interface StudyRecord {
  slide: number;
  answers: Record<string, unknown>;
}

const STORAGE_PREFIX = 'study:';
const stores = new Map<string, MapStore<StudyRecord>>();
const fresh = (): StudyRecord => ({ slide: 1, answers: {} });

function read(lesson: string): StudyRecord {
  try {
    const raw = readItem(STORAGE_PREFIX + lesson);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    if (parsed && typeof parsed === 'object' && 'answers' in parsed && 'slide' in parsed) {
      const record = parsed as StudyRecord;
      if (typeof record.slide === 'number' && record.answers && typeof record.answers === 'object') return record;
    }
  } catch {
    // Garbage in storage: study starts fresh rather than failing.
  }
  return fresh();
}

/** The study record of a lesson, shared by every island on the page and kept on the device. */
export function studyStore(lesson: string): MapStore<StudyRecord> {
  let store = stores.get(lesson);
  if (!store) {
    const created = map<StudyRecord>(read(lesson));
    let applyingRemote = false;
    created.listen((record) => {
      if (!applyingRemote) writeItem(STORAGE_PREFIX + lesson, JSON.stringify(record));
    });
    // Another tab of the same lesson saved: take its record, so neither tab overwrites the other.
    if (typeof window !== 'undefined') {
      window.addEventListener('storage', (event) => {
        if (event.key !== STORAGE_PREFIX + lesson) return;
        applyingRemote = true;
        created.set(read(lesson));
        applyingRemote = false;
      });
    }
    stores.set(lesson, created);
    store = created;
  }
  return store;
}

export function saveAnswer(lesson: string, id: string, value: unknown): void {
  const store = studyStore(lesson);
  store.setKey('answers', { ...store.get().answers, [id]: value });
}

export function clearStudy(lesson: string): void {
  studyStore(lesson).set(fresh());
}
