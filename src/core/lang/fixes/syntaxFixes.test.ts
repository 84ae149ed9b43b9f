import { describe, expect, it } from 'vitest';
import { CLEAN, withLine } from '../testDocs';
import { applyFirstFix } from './testFix';

/** Breaks CLEAN at one line, applies the first fix of `code`, and expects CLEAN back, clean. */
function expectRepairs(line: number, broken: string, code: string, pick = 0) {
  const run = applyFirstFix(withLine(line, broken), code, pick);
  expect(run.fixed).toBe(CLEAN);
  expect(run.codesAfter).toEqual([]);
  return run;
}

describe('FZ008 `label=` on a node', () => {
  it('becomes `label:`', () => {
    const run = expectRepairs(2, '  n1: circle label="Start"', 'FZ008');
    expect(run.fixes[0]).toMatchObject({ title: "Write 'label:' with a colon", preferred: true });
  });

  it('keeps blanks around the separator', () => {
    const run = applyFirstFix(withLine(2, '  n1: circle owner = "Ops"'), 'FZ008');
    expect(run.fixed).toBe(withLine(2, '  n1: circle owner : "Ops"'));
    expect(run.codesAfter).not.toContain('FZ008');
  });
});

describe('FZ009 `[label:` on an edge', () => {
  it('becomes `[label=`', () => {
    expectRepairs(5, '  n2.handle(bottom) -> Api.n3.handle(top) [label:"POST"]', 'FZ009');
  });
});

describe('FZ002 unterminated string', () => {
  it('closes a node attribute at the end of the line', () => {
    expectRepairs(3, '  n2: rectangle label:"Send Order', 'FZ002');
  });

  it('closes it before trailing blanks, which stay', () => {
    const run = applyFirstFix(withLine(3, '  n2: rectangle label:"Send Order  '), 'FZ002');
    expect(run.fixed).toBe(withLine(3, '  n2: rectangle label:"Send Order"  '));
  });

  it('closes an edge label before its `]`', () => {
    expectRepairs(5, '  n2.handle(bottom) -> Api.n3.handle(top) [label="POST]', 'FZ002');
  });

  it('does not let a trailing backslash escape the new quote', () => {
    const run = applyFirstFix(withLine(3, '  n2: rectangle label:"Send\\'), 'FZ002');
    expect(run.fixed).toBe(withLine(3, '  n2: rectangle label:"Send\\\\"'));
    expect(run.codesAfter).not.toContain('FZ002');
  });
});

describe('FZ004 unknown shape', () => {
  it('takes the suggested shape when there is one', () => {
    const run = expectRepairs(3, '  n2: rect label:"Send Order"', 'FZ004');
    expect(run.fixes).toHaveLength(1);
  });

  it('offers each shape, none preferred, when nothing is close', () => {
    const run = applyFirstFix(withLine(3, '  n2: hexagon label:"Send Order"'), 'FZ004', 1);
    expect(run.fixes.map((f) => f.title)).toEqual([
      "Change the shape to 'circle'",
      "Change the shape to 'rectangle'",
      "Change the shape to 'diamond'",
      "Change the shape to 'taskbox'",
    ]);
    expect(run.fixes.some((f) => f.preferred)).toBe(false);
    expect(run.fixed).toBe(CLEAN);
  });
});

describe('FZ007 unknown attribute', () => {
  it('corrects a mistyped key', () => {
    const run = expectRepairs(2, '  n1: circle lable:"Start"', 'FZ007');
    expect(run.fixes[0]!.title).toBe("Change 'lable' to 'label'");
  });

  it('removes an unknown key', () => {
    const run = expectRepairs(2, '  n1: circle label:"Start" priority:"high"', 'FZ007');
    expect(run.fixes.map((f) => f.title)).toEqual(["Remove the attribute 'priority'"]);
  });

  it('turns an edge’s only bracket attribute into its label', () => {
    expectRepairs(5, '  n2.handle(bottom) -> Api.n3.handle(top) [text:"POST"]', 'FZ007');
  });

  it('can remove an edge’s unknown bracket attribute', () => {
    const run = applyFirstFix(
      withLine(5, '  n2.handle(bottom) -> Api.n3.handle(top) [color="red"]'),
      'FZ007',
      1,
    );
    expect(run.fixed).toBe(withLine(5, '  n2.handle(bottom) -> Api.n3.handle(top)'));
    expect(run.codesAfter).not.toContain('FZ007');
  });
});

describe('FZ010 missing handle', () => {
  it('adds `.handle(right)` to a source', () => {
    expectRepairs(4, '  n1 -> n2.handle(left)', 'FZ010');
  });

  it('adds `.handle(left)` to a target', () => {
    expectRepairs(4, '  n1.handle(right) -> n2', 'FZ010');
  });
});

describe('FZ011 bad direction', () => {
  it('lower-cases a direction', () => {
    expectRepairs(4, '  n1.handle(Right) -> n2.handle(left)', 'FZ011');
  });

  it('maps `up` to `top`', () => {
    expectRepairs(11, '  n4.handle(up) -> Client.n2.handle(bottom) [label="Reply"]', 'FZ011');
  });

  it('offers the four directions for anything else', () => {
    const run = applyFirstFix(withLine(4, '  n1.handle(east) -> n2.handle(left)'), 'FZ011');
    expect(run.fixes.map((f) => f.title)).toHaveLength(4);
    expect(run.fixed).toBe(CLEAN);
  });
});

describe('FZ022 duplicate attribute', () => {
  it('removes the repeated one', () => {
    expectRepairs(2, '  n1: circle label:"Start" label:"Go"', 'FZ022');
  });
});

describe('FZ103 emoji or control character', () => {
  it('removes the whole character (both UTF-16 halves)', () => {
    expectRepairs(2, '  n1: circle label:"Start😀"', 'FZ103');
  });
});

describe('FZ111 escapes', () => {
  it('replaces `\\"` by `\'`', () => {
    const run = applyFirstFix(withLine(3, '  n2: rectangle label:"Send \\"Order\\""'), 'FZ111');
    expect(run.fixed).toBe(withLine(3, '  n2: rectangle label:"Send \'Order\'"'));
    expect(run.codesAfter).toEqual([]);
  });

  it('offers nothing when the text holds a backslash', () => {
    expect(applyFirstFix(withLine(3, '  n2: rectangle label:"C:\\\\temp"'), 'FZ111').fixes).toEqual(
      [],
    );
  });
});
