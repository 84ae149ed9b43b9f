import { describe, expect, it } from 'vitest';
import { applyTextEdits } from '../edit';
import { analyzeFz } from '../fz';
import { createLangDocument } from './document';
import { prepareRename, renameAt } from './rename';
import { CLEAN, offsetAfter, withLine } from './testDocs';

const doc = createLangDocument(CLEAN);

function rename(text: string, offset: number, to: string): string {
  const result = renameAt(createLangDocument(text), offset, to);
  if (!result.ok) throw new Error(result.message);
  return applyTextEdits(text, result.edits);
}

describe('prepareRename', () => {
  it('takes the node id under the caret', () => {
    const target = prepareRename(doc, offsetAfter(CLEAN, 'Api.n'));
    expect(target).toMatchObject({ ok: true, kind: 'node', id: 'n3' });
  });

  it('refuses an undeclared node and a place without a name', () => {
    const text = withLine(10, '  n3.handle(right) -> n9.handle(left)');
    const undeclared = prepareRename(createLangDocument(text), offsetAfter(text, '-> n9', -1));
    expect(undeclared).toEqual({
      ok: false,
      message: expect.stringContaining('n9 is not declared'),
    });
    expect(prepareRename(doc, offsetAfter(CLEAN, 'label:"St')).ok).toBe(false);
  });
});

describe('renameAt', () => {
  it('renames a node in its declaration, every edge and every loop, and nothing else', () => {
    const text = withLine(10, '  n3.handle(right) -> n4.handle(left)\n  loop [again] n3 n4');
    const out = rename(text, text.indexOf('n3: rectangle'), 'n7');
    expect(out).toBe(
      text
        .replace('n3: rectangle', 'n7: rectangle')
        .replace('Api.n3.handle', 'Api.n7.handle')
        .replace('  n3.handle(right) -> n4', '  n7.handle(right) -> n4')
        .replace('loop [again] n3 n4', 'loop [again] n7 n4'),
    );
    expect(analyzeFz(out).errorCount).toBe(0);
  });

  it('refuses an id that is not n<number>, with the rule', () => {
    const result = renameAt(doc, CLEAN.indexOf('n3:'), 'check');
    expect(result).toEqual({
      ok: false,
      message: expect.stringContaining('n followed by a number'),
    });
    expect(renameAt(doc, CLEAN.indexOf('n3:'), 'n03').ok).toBe(false);
  });

  it('refuses an id in use, naming its node', () => {
    const result = renameAt(doc, CLEAN.indexOf('n3:'), 'n1');
    expect(result).toEqual({
      ok: false,
      message: 'n1 is already the id of "Start" in lane Client. Choose a free id.',
    });
  });

  it('refuses an id that a dangling reference uses', () => {
    const text = withLine(10, '  n3.handle(right) -> n9.handle(left)');
    const result = renameAt(createLangDocument(text), text.indexOf('n4:'), 'n9');
    expect(result).toEqual({
      ok: false,
      message: expect.stringContaining('already referenced on line 10'),
    });
  });

  it('renames a lane id in its header and every prefix', () => {
    const out = rename(CLEAN, offsetAfter(CLEAN, '-> Ap'), 'Backend');
    expect(out).toBe(CLEAN.replace('Api {', 'Backend {').replace('-> Api.n3', '-> Backend.n3'));
  });

  it('refuses a lane id that exists', () => {
    expect(renameAt(doc, 0, 'Api')).toEqual({
      ok: false,
      message: expect.stringContaining('Api already exists'),
    });
  });
});
