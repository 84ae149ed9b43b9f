import { describe, expect, it } from 'vitest';
import { computeEdits } from './computeEdits';
import { EDIT_DOC_MEMO_MAX_LENGTH, editDocFor, prepareEditDoc, readEditDoc } from './editDoc';

const TEXT =
  'A { # A\n  n1: circle label:"Start"\n  n2: rectangle label:"Work"\n  n1.handle(right) -> n2.handle(left)\n}\n';

describe('editDocFor', () => {
  it('gives the doc read ahead by prepareEditDoc for the same text, equal to a fresh read', () => {
    prepareEditDoc(TEXT);
    const prepared = editDocFor(TEXT);
    // A different string object with the same characters still finds it.
    expect(editDocFor(`${TEXT.slice(0, 5)}${TEXT.slice(5)}`)).toBe(prepared);
    expect(prepared).toEqual(readEditDoc(TEXT));
  });

  it('reads a changed text afresh', () => {
    const before = editDocFor(TEXT);
    const changed = TEXT.replace('Work', 'Rest');
    const after = editDocFor(changed);
    expect(after).not.toBe(before);
    expect(after.text).toBe(changed);
  });

  it('keeps no doc for a text over the limit (its index would be too big to hold)', () => {
    const big = `${TEXT}${'#'.repeat(EDIT_DOC_MEMO_MAX_LENGTH)}\n`;
    expect(editDocFor(big)).not.toBe(editDocFor(big));
  });

  it('leaves a shared doc as it was: the same change twice gives the same edits', () => {
    prepareEditDoc(TEXT);
    const change = { kind: 'deleteElements', nodes: ['n2'], edges: [] } as const;
    const first = computeEdits(TEXT, change);
    const second = computeEdits(TEXT, change);
    expect(first.ok).toBe(true);
    expect(second).toEqual(first);
    expect(editDocFor(TEXT)).toEqual(readEditDoc(TEXT));
  });
});
