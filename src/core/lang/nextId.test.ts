import { describe, expect, it } from 'vitest';
import { parseFz } from '../fz/parser';
import { highestNodeNumber, nextFreeNodeId } from './nextId';
import { CLEAN } from './testDocs';

const ast = (text: string) => parseFz(text).ast;

describe('nextFreeNodeId', () => {
  it('is one more than the highest id', () => {
    expect(nextFreeNodeId(ast(CLEAN))).toBe('n5');
  });

  it('does not reuse gaps and counts every lane', () => {
    const text = 'A {\n  n1: circle\n  n9: circle\n}\nB {\n  n3: circle\n}\n';
    expect(nextFreeNodeId(ast(text))).toBe('n10');
  });

  it('skips ids that an edge or loop names without declaring', () => {
    const text =
      'A {\n  n1: circle\n  n1.handle(right) -> n12.handle(left)\n  loop [x] n1 n15\n}\n';
    expect(highestNodeNumber(ast(text))).toBe(15);
  });

  it('ignores ids that are not n<number>', () => {
    expect(nextFreeNodeId(ast('A {\n  start: circle\n  n07: circle\n}\n'))).toBe('n1');
  });

  it('starts at n1 in an empty text', () => {
    expect(nextFreeNodeId(ast(''))).toBe('n1');
  });
});
