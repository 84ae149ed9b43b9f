import { describe, expect, it } from 'vitest';
import { CLEAN } from '../testDocs';
import { applyFirstFix } from './testFix';

describe('FZ101 numbering gaps', () => {
  it('renumbers every node and reference n1…nN as one batch', () => {
    const broken = CLEAN.replace(/\bn4\b/g, 'n9').replace(/\bn2\b/g, 'n6');
    const run = applyFirstFix(broken, 'FZ101');
    expect(run.fixes).toHaveLength(1);
    expect(run.fixes[0]).toMatchObject({
      title: 'Renumber nodes n1…n4 without gaps',
      preferred: true,
    });
    expect(run.fixes[0]!.edits.length).toBeGreaterThan(1);
    expect(run.fixed).toBe(CLEAN);
    expect(run.codesAfter).toEqual([]);
  });

  it('follows declaration order, not the old numbers', () => {
    const broken = 'A {\n  n7: circle\n  n3: circle\n  n7.handle(right) -> n3.handle(left)\n}\n';
    const run = applyFirstFix(broken, 'FZ101');
    expect(run.fixed).toBe(
      'A {\n  n1: circle\n  n2: circle\n  n1.handle(right) -> n2.handle(left)\n}\n',
    );
  });
});

describe('FZ005 badly formed node id', () => {
  it('takes the lowest free id everywhere it is written', () => {
    const broken = CLEAN.replace(/\bn1\b/g, 'start');
    const run = applyFirstFix(broken, 'FZ005');
    expect(run.fixes[0]!.title).toBe("Rename 'start' to 'n1' everywhere");
    expect(run.fixed).toBe(CLEAN);
    expect(run.codesAfter).toEqual([]);
  });
});
