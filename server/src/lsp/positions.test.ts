import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { clampPosition, updateClamped } from './positions';

const doc = (text = 'ab\ncd\nef\n') => TextDocument.create('file:///d.md', 'markdown', 1, text);
/** Whether every offset of the document goes to a position and back unchanged (the line table is sound). */
const sound = (d: TextDocument) =>
  [...Array(d.getText().length + 1).keys()].every(
    (o) => d.offsetAt(d.positionAt(o)) === o && Number.isInteger(d.positionAt(o).character),
  );

describe('clampPosition', () => {
  it.each([
    [
      { line: 1, character: 1 },
      { line: 1, character: 1 },
    ],
    [
      { line: 1, character: 99 },
      { line: 1, character: 2 },
    ],
    [
      { line: 99, character: 0 },
      { line: 3, character: 0 },
    ],
    [
      { line: 0.5, character: 1.5 },
      { line: 0, character: 1 },
    ],
    [
      { line: -1, character: -4 },
      { line: 0, character: 0 },
    ],
    [
      { line: 'x', character: null },
      { line: 0, character: 0 },
    ],
    [
      { line: Infinity, character: 0 },
      { line: 3, character: 0 },
    ],
    [null, { line: 0, character: 0 }],
  ])('%j is %j', (given, want) => expect(clampPosition(doc(), given)).toEqual(want));
});

describe('updateClamped', () => {
  const ranges = [
    { start: { line: 5, character: 0 }, end: { line: 7, character: 0 } },
    { start: { line: 0.5, character: 0 }, end: { line: 0.5, character: 0 } },
    { start: { line: 1, character: 1.5 }, end: { line: 1, character: 1.5 } },
    { start: { line: 2, character: 1 }, end: { line: 0, character: 1 } },
  ];
  it.each(ranges)('applies a change at %j where its clamped range says, the line table sound', (range) => {
    const said: string[] = [];
    const d = updateClamped(doc(), [{ range, text: 'X\nY\n' }], 2, (why) => said.push(why));
    expect(sound(d)).toBe(true);
    expect(d.getText().length).toBe('ab\ncd\nef\n'.length + 4 - (range.start.line === 2 ? 6 : 0));
    expect(said).toHaveLength(range.start.line === 2 ? 0 : 1);
  });
  it('applies changes in turn, each against the text the ones before left; leaves out one without text', () => {
    const said: string[] = [];
    const d = updateClamped(
      doc(),
      [
        { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: 'gh\n' },
        { text: 5 },
        { range: { start: { line: 3, character: 2 }, end: { line: 3, character: 2 } }, text: '!' },
      ],
      2,
      (why) => said.push(why),
    );
    expect(d.getText()).toBe('ab\ncd\nef\ngh!\n');
    expect(said).toEqual(['a change without text was left out']);
  });
});
