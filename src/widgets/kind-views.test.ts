import { describe, expect, it } from 'vitest';
import { ANSWERABLE_KINDS } from './index.ts';
import { KIND_VIEWS } from './kind-views.ts';

describe('the kinds’ results views', () => {
  it('exist for every answerable kind of the registry, and only for those', () => {
    expect([...KIND_VIEWS.keys()].sort()).toEqual([...ANSWERABLE_KINDS].sort());
    for (const views of KIND_VIEWS.values()) {
      expect(typeof views.Board).toBe('function');
      expect(typeof views.Teacher).toBe('function');
    }
  });
});
