import { describe, expect, it } from 'vitest';
import { CLEAN, withLine } from '../testDocs';
import { applyFirstFix } from './testFix';

function insertLine(before: number, content: string, text = CLEAN): string {
  const lines = text.split('\n');
  lines.splice(before - 1, 0, content);
  return lines.join('\n');
}

describe('FZ001 empty file', () => {
  it('adds a first lane', () => {
    const run = applyFirstFix('', 'FZ001');
    expect(run.fixed).toBe('Main { # Main\n  n1: circle label:"Start"\n}\n');
    expect(run.codesAfter).toEqual(['FZ104']); // a lone start node has no edge yet
  });

  it('keeps comment lines that were there', () => {
    const run = applyFirstFix('// ideas', 'FZ001');
    expect(run.fixed).toBe('// ideas\nMain { # Main\n  n1: circle label:"Start"\n}\n');
    expect(run.codesAfter).not.toContain('FZ001');
  });
});

describe('lane braces', () => {
  it('FZ016: closes an unclosed lane after its last line', () => {
    const run = applyFirstFix(withLine(12, null), 'FZ016');
    expect(run.fixed).toBe(CLEAN);
    expect(run.codesAfter).toEqual([]);
  });

  it('FZ017: removes a stray `}` line', () => {
    const run = applyFirstFix(insertLine(13, '}'), 'FZ017');
    expect(run.fixed).toBe(CLEAN);
    expect(run.codesAfter).toEqual([]);
  });

  it('FZ018: closes the outer lane before a nested header', () => {
    const run = applyFirstFix(withLine(6, null), 'FZ018');
    expect(run.fixes[0]!.title).toBe("Close lane 'Client' before this one");
    expect(run.fixed).toBe(CLEAN);
    expect(run.codesAfter).toEqual([]);
  });
});

describe('statements outside their lane', () => {
  it('FZ019: moves a node into the nearest lane above', () => {
    const broken = `${withLine(9, null)}n4: diamond label:"Valid?"\n`;
    const run = applyFirstFix(broken, 'FZ019');
    expect(run.fixes[0]!.title).toBe("Move 'n4' into lane 'Api'");
    expect(run.fixed).toBe(
      withLine(9, null).replace(
        '[label="Reply"]\n}',
        '[label="Reply"]\n  n4: diamond label:"Valid?"\n}',
      ),
    );
    expect(run.codesAfter).toEqual([]);
  });

  it('FZ105: moves an edge into its source node’s lane', () => {
    const edge = '  n2.handle(bottom) -> Api.n3.handle(top) [label="POST"]';
    const broken = `${withLine(5, null)}${edge.trim()}\n`;
    const run = applyFirstFix(broken, 'FZ105');
    expect(run.fixes[0]!.title).toBe("Move the edge into lane 'Client'");
    expect(run.fixed).toBe(CLEAN);
    expect(run.codesAfter).toEqual([]);
  });

  it('FZ106: moves a loop into the lane of its first node', () => {
    const run = applyFirstFix(`${CLEAN}loop [again] n3 n4\n`, 'FZ106');
    expect(run.fixed).toBe(insertLine(12, '  loop [again] n3 n4'));
    expect(run.codesAfter).toEqual([]);
  });
});

describe('comment lines', () => {
  it('FZ108: puts a legacy lane label on the header', () => {
    const broken = insertLine(8, '  # Public API', withLine(7, 'Api {'));
    const run = applyFirstFix(broken, 'FZ108');
    expect(run.fixed).toBe(CLEAN);
    expect(run.codesAfter).toEqual([]);
  });

  it('FZ109: removes a comment line', () => {
    const run = applyFirstFix(insertLine(4, '  // wire the nodes'), 'FZ109');
    expect(run.fixes[0]!.preferred).toBe(false);
    expect(run.fixed).toBe(CLEAN);
    expect(run.codesAfter).toEqual([]);
  });

  it('FZ109: removes a comment on the last line without a line break after it', () => {
    const run = applyFirstFix(`${CLEAN}// end`, 'FZ109');
    expect(run.fixed).toBe(CLEAN);
  });
});

describe('CRLF text', () => {
  it('new lines take the file’s CRLF', () => {
    const crlf = CLEAN.replace(/\n/g, '\r\n');
    const run = applyFirstFix(`${crlf}loop [again] n3 n4\r\n`, 'FZ106');
    expect(run.fixed).toBe(
      crlf.replace('[label="Reply"]\r\n}', '[label="Reply"]\r\n  loop [again] n3 n4\r\n}'),
    );
  });
});
