import { describe, expect, it } from 'vitest';
import { completeFz } from './completion';
import { createLangDocument } from './document';
import { CLEAN, withLine } from './testDocs';

/** Completes at the end of line `line` after replacing it with `content`. */
function completeLine(line: number, content: string, trigger?: string) {
  const text = withLine(line, content);
  const offset = text.split('\n').slice(0, line).join('\n').length;
  return { text, offset, items: completeFz(createLangDocument(text), offset, trigger) };
}

/** Inserts `content` as a new line before line `line` of CLEAN and completes at its end. */
function completeNewLine(line: number, content: string, trigger?: string) {
  const lines = CLEAN.split('\n');
  lines.splice(line - 1, 0, content);
  const text = lines.join('\n');
  const offset = lines.slice(0, line).join('\n').length;
  return { text, offset, items: completeFz(createLangDocument(text), offset, trigger) };
}

const labels = (items: { label: string }[]) => items.map((i) => i.label);

describe('completion after `nX:`', () => {
  it('offers the four shapes in FlowZap order', () => {
    const { items } = completeNewLine(4, '  n5: ');
    expect(labels(items)).toEqual(['circle', 'rectangle', 'diamond', 'taskbox']);
    expect(items[0]!.insertText).toBe('circle');
  });

  it('adds the blank after the colon when it is missing', () => {
    const { items } = completeNewLine(4, '  n5:');
    expect(items[1]!.insertText).toBe(' rectangle');
  });

  it('replaces the partly typed shape', () => {
    const { items, offset } = completeNewLine(4, '  n5: rec');
    expect(items.find((i) => i.label === 'rectangle')).toMatchObject({
      start: offset - 3,
      end: offset,
    });
  });
});

describe('completion of attribute keys', () => {
  it('offers the keys not yet on the line, as snippets', () => {
    const { items } = completeNewLine(4, '  n5: taskbox label:"Ship" ');
    expect(labels(items)).toEqual(['owner:', 'description:', 'system:']);
    expect(items[0]).toMatchObject({ insertText: 'owner:"${1}"', snippet: true });
  });

  it('also leaves out keys written after the caret', () => {
    const text = withLine(3, '  n2: taskbox  owner:"Ops"');
    const offset = text.indexOf('taskbox ') + 'taskbox '.length;
    const items = completeFz(createLangDocument(text), offset);
    expect(labels(items)).toEqual(['label:', 'description:', 'system:']);
  });

  it('reads strings as whole tokens: `->` inside a label is not an edge', () => {
    const { items } = completeNewLine(4, '  n5: rectangle label:"a -> b.handle(x" ');
    expect(labels(items)).toEqual(['owner:', 'description:', 'system:']);
  });

  it('offers nothing inside a string', () => {
    expect(completeNewLine(4, '  n5: rectangle label:"Pending -> ').items).toEqual([]);
  });
});

describe('completion in edges', () => {
  it('offers directions inside `.handle(`, `right` first on a source', () => {
    expect(labels(completeNewLine(5, '  n2.handle(').items)).toEqual([
      'right',
      'bottom',
      'top',
      'left',
    ]);
  });

  it('puts `left` first on a target', () => {
    const { items } = completeNewLine(5, '  n2.handle(right) -> n1.handle(');
    expect(items[0]!.label).toBe('left');
  });

  it('offers `handle(…)` after a node and a dot', () => {
    const { items } = completeNewLine(5, '  n2.');
    expect(items).toHaveLength(1);
    expect(items[0]!.insertText).toBe('handle(${1|right,left,top,bottom|})');
  });

  it('offers every node at a target, prefixing those of other lanes, then the lanes', () => {
    const { items } = completeNewLine(5, '  n2.handle(right) -> ');
    expect(labels(items)).toEqual(['n1', 'n2', 'n3', 'n4', 'Client.', 'Api.']);
    const n3 = items.find((i) => i.label === 'n3')!;
    expect(n3.insertText).toBe('Api.n3');
    expect(n3.detail).toBe('Check Order · rectangle · lane Api');
    expect(items.find((i) => i.label === 'n1')!.insertText).toBe('n1');
    expect(items.find((i) => i.label === 'Api.')).toMatchObject({
      retrigger: true,
      insertText: 'Api.',
    });
  });

  it('offers only that lane’s nodes after `Lane.`', () => {
    const { items } = completeNewLine(5, '  n2.handle(right) -> Api.');
    expect(labels(items)).toEqual(['n3', 'n4']);
    expect(items[0]!.insertText).toBe('n3');
  });

  it('offers the nodes not yet in a loop', () => {
    expect(labels(completeNewLine(5, '  loop [retry] n1 ').items)).toEqual(['n2', 'n3', 'n4']);
  });

  it('offers nothing inside a loop condition', () => {
    expect(completeNewLine(5, '  loop [retry n').items).toEqual([]);
  });
});

describe('completion at the start of a line', () => {
  it('in a lane: a new node with the next free id, a loop, then this lane’s nodes', () => {
    const { items } = completeNewLine(4, '  ');
    expect(labels(items)).toEqual(['n5: …', 'loop', 'n1', 'n2']);
    expect(items[0]).toMatchObject({
      insertText: 'n5: ${1|rectangle,circle,diamond,taskbox|} label:"${2}"',
      snippet: true,
    });
  });

  it('filters on the partly typed word', () => {
    const { items, offset } = completeNewLine(4, '  n');
    expect(items[0]).toMatchObject({ label: 'n5: …', start: offset - 1, end: offset });
  });

  it('at the top level: a lane block with the next free id', () => {
    const { items } = completeLine(13, '');
    expect(labels(items)).toEqual(['lane']);
    expect(items[0]!.insertText).toContain('n5: ${3|rectangle,circle,diamond,taskbox|}');
    expect(items[0]!.insertText).toMatch(/^\$\{1:Lane3\} \{ # /);
  });

  it('not when a blank was typed (that is indentation)', () => {
    expect(completeNewLine(4, '  ', ' ').items).toEqual([]);
  });

  it('not before existing text on the line', () => {
    const text = CLEAN;
    const offset = text.indexOf('n1: circle');
    expect(completeFz(createLangDocument(text), offset)).toEqual([]);
  });

  it('not on comment lines nor in a lane header label', () => {
    expect(completeNewLine(4, '  // n').items).toEqual([]);
    expect(completeLine(1, 'Client { # Web n').items).toEqual([]);
  });
});

describe('completion lists', () => {
  it('never repeat a label', () => {
    for (const content of ['  ', '  n2.handle(right) -> ', '  n5: ']) {
      const got = labels(completeNewLine(4, content).items);
      expect(new Set(got).size).toBe(got.length);
    }
  });
});
