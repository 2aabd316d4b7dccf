import { describe, expect, it } from 'vitest';
import { correctAnswerText, gradeQuiz, isMultipleChoice, lettersOf, toggleChoice } from './quiz-logic.ts';

describe('gradeQuiz', () => {
  const cases: [string, string | string[], string[], boolean][] = [
    ['single, right', 'B', ['B'], true],
    ['single, wrong', 'B', ['A'], false],
    ['single, nothing chosen', 'B', [], false],
    ['single, right plus a wrong one', 'B', ['A', 'B'], false],
    ['multiple, all right', ['A', 'C'], ['A', 'C'], true],
    ['multiple, all right in another order', ['A', 'C'], ['C', 'A'], true],
    ['multiple, one missing', ['A', 'C'], ['A'], false],
    ['multiple, one too many', ['A', 'C'], ['A', 'B', 'C'], false],
    ['multiple, swapped one', ['A', 'C'], ['A', 'B'], false],
  ];
  it.each(cases)('%s', (_name, correct, chosen, right) => {
    expect(gradeQuiz({ correct }, chosen)).toBe(right);
  });
});

describe('isMultipleChoice', () => {
  it.each([
    [{ correct: 'A' }, false],
    [{ correct: ['A'] }, false],
    [{ correct: ['A', 'C'] }, true],
    [{ correct: 'A', multiple: true }, true],
    [{ correct: 'A', multiple: false }, false],
  ])('%j -> %s', (quiz, multiple) => {
    expect(isMultipleChoice(quiz)).toBe(multiple);
  });
});

describe('correctAnswerText', () => {
  it('names the letter and the option', () => {
    expect(correctAnswerText({ correct: 'B', options: ['het behouden van klanten', 'werven van nieuwe klanten'] })).toBe(
      'B – werven van nieuwe klanten',
    );
  });

  it('lists every correct option for multiple choice', () => {
    expect(correctAnswerText({ correct: ['A', 'C'], options: ['Enquêtes', 'Gokken', 'Interviews'] })).toBe('A – Enquêtes, C – Interviews');
  });
});

describe('toggleChoice', () => {
  it('replaces the choice for single choice', () => {
    expect(toggleChoice([], 'B', false)).toEqual(['B']);
    expect(toggleChoice(['A'], 'B', false)).toEqual(['B']);
    expect(toggleChoice(['B'], 'B', false)).toEqual(['B']);
  });

  it('adds and removes letters for multiple choice, kept in order', () => {
    expect(toggleChoice([], 'C', true)).toEqual(['C']);
    expect(toggleChoice(['C'], 'A', true)).toEqual(['A', 'C']);
    expect(toggleChoice(['A', 'C'], 'B', true)).toEqual(['A', 'B', 'C']);
    expect(toggleChoice(['A', 'B', 'C'], 'B', true)).toEqual(['A', 'C']);
  });

  it('does not change the array it is given', () => {
    const chosen = ['C'];
    toggleChoice(chosen, 'A', true);
    expect(chosen).toEqual(['C']);
  });
});

describe('lettersOf', () => {
  it('gives A.. for each option', () => {
    expect(lettersOf(['Ja', 'Nee'])).toEqual(['A', 'B']);
    expect(lettersOf(['1', '2', '3', '4', '5', '6', '7', '8'])).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
    expect(lettersOf([])).toEqual([]);
  });
});
