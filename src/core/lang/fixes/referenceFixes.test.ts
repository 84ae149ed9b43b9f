import { describe, expect, it } from 'vitest';
import { CLEAN, withLine } from '../testDocs';
import { applyFirstFix } from './testFix';

const TARGET_LINE = 5; // '  n2.handle(bottom) -> Api.n3.handle(top) [label="POST"]'

describe('FZ014 missing lane prefix', () => {
  it('adds the target’s lane', () => {
    const run = applyFirstFix(
      withLine(TARGET_LINE, '  n2.handle(bottom) -> n3.handle(top) [label="POST"]'),
      'FZ014',
    );
    expect(run.fixes[0]!.title).toBe("Add the lane prefix 'Api.'");
    expect(run.fixed).toBe(CLEAN);
    expect(run.codesAfter).toEqual([]);
  });
});

describe('FZ015 wrong lane prefix', () => {
  it('names the lane that declares the node', () => {
    const run = applyFirstFix(
      withLine(TARGET_LINE, '  n2.handle(bottom) -> Client.n3.handle(top) [label="POST"]'),
      'FZ015',
    );
    expect(run.fixed).toBe(CLEAN);
    expect(run.codesAfter).toEqual([]);
  });
});

describe('FZ013 undeclared lane prefix', () => {
  it('names the lane that declares the node', () => {
    const run = applyFirstFix(
      withLine(TARGET_LINE, '  n2.handle(bottom) -> API.n3.handle(top) [label="POST"]'),
      'FZ013',
    );
    expect(run.fixes[0]!.title).toBe("Change the prefix to 'Api'");
    expect(run.fixed).toBe(CLEAN);
    expect(run.codesAfter).toEqual([]);
  });

  it('drops a prefix on a target in the source’s own lane', () => {
    const run = applyFirstFix(withLine(4, '  n1.handle(right) -> Web.n2.handle(left)'), 'FZ013');
    expect(run.fixed).toBe(CLEAN);
  });

  it('offers nothing when the node is not in a lane (FZ019 says what is wrong)', () => {
    const text = `${withLine(TARGET_LINE, '  n2.handle(bottom) -> Nowhere.n5.handle(top)')}n5: circle\n`;
    expect(applyFirstFix(text, 'FZ013').fixes).toEqual([]);
  });
});

describe('FZ012 undeclared node', () => {
  it('declares the node at the end of the lane the reference is written in', () => {
    const broken = withLine(9, null); // drops `n4: diamond`; n4 is still used by two edges
    const run = applyFirstFix(broken, 'FZ012');
    expect(run.fixes[0]).toMatchObject({ title: "Declare 'n4' in lane 'Api'", preferred: false });
    expect(run.fixed).toBe(
      broken.replace('  n4.handle(top) -> Client.n2.handle(bottom) [label="Reply"]\n}', (m) =>
        m.replace('\n}', '\n  n4: rectangle\n}'),
      ),
    );
    expect(run.codesAfter).toEqual([]);
  });

  it('declares a prefixed target in the lane its prefix names', () => {
    const broken = withLine(
      TARGET_LINE,
      '  n2.handle(bottom) -> Api.n5.handle(top) [label="POST"]',
    );
    const run = applyFirstFix(broken, 'FZ012');
    expect(run.fixes[0]!.title).toBe("Declare 'n5' in lane 'Api'");
    expect(run.codesAfter).not.toContain('FZ012');
    expect(run.fixed).toBe(
      broken.replace('[label="Reply"]\n}', '[label="Reply"]\n  n5: rectangle\n}'),
    );
  });

  it('offers nothing for an id that is not n<number>', () => {
    const broken = withLine(4, '  n1.handle(right) -> finish.handle(left)');
    expect(applyFirstFix(broken, 'FZ012').fixes).toEqual([]);
  });
});

describe('FZ006 duplicate node id', () => {
  it('gives the duplicate the lowest free id and leaves the references alone', () => {
    const broken = withLine(9, '  n4: diamond label:"Valid?"\n  n2: circle label:"Retry"');
    const run = applyFirstFix(broken, 'FZ006');
    expect(run.fixes[0]!.title).toBe("Renumber this duplicate to 'n5'");
    expect(run.fixed).toBe(broken.replace('n2: circle label:"Retry"', 'n5: circle label:"Retry"'));
    expect(run.codesAfter).toEqual(['FZ104']); // the renumbered node has no edges yet
  });
});
