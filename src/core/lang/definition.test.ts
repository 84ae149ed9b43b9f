import { describe, expect, it } from 'vitest';
import { definitionFz } from './definition';
import { createLangDocument } from './document';
import { CLEAN, offsetAfter, withLine } from './testDocs';

const doc = createLangDocument(CLEAN);

describe('definitionFz', () => {
  it('leads from an edge end to the node declaration', () => {
    const def = definitionFz(doc, offsetAfter(CLEAN, 'Client.n'))!;
    expect(def).toMatchObject({ kind: 'node', id: 'n2' });
    expect(def.start).toBe(CLEAN.indexOf('n2: rectangle'));
    expect(def.end - def.start).toBe(2);
  });

  it('leads from a lane prefix to the lane header', () => {
    const def = definitionFz(doc, offsetAfter(CLEAN, '-> Cli'))!;
    expect(def).toEqual({ kind: 'lane', id: 'Client', start: 0, end: 'Client'.length });
  });

  it('leads from a loop member to its declaration', () => {
    const text = withLine(10, '  loop [again] n3 n1');
    const def = definitionFz(createLangDocument(text), offsetAfter(text, 'n3 n'))!;
    expect(def.start).toBe(text.indexOf('n1: circle'));
  });

  it('goes to the first declaration of a duplicated id', () => {
    const text = withLine(9, '  n3: diamond label:"Again"');
    const def = definitionFz(createLangDocument(text), text.lastIndexOf('n3:'))!;
    expect(def.start).toBe(text.indexOf('n3: rectangle'));
  });

  it('gives null for an undeclared node or a place that is no name', () => {
    const text = withLine(10, '  n3.handle(right) -> n9.handle(left)');
    expect(definitionFz(createLangDocument(text), offsetAfter(text, '-> n9', -1))).toBeNull();
    expect(definitionFz(doc, offsetAfter(CLEAN, 'n1.hand'))).toBeNull();
  });
});
