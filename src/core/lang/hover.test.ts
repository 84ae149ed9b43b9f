import { describe, expect, it } from 'vitest';
import { createLangDocument } from './document';
import { hoverFz } from './hover';
import { CLEAN, offsetAfter, withLine } from './testDocs';

const doc = createLangDocument(CLEAN);

describe('hoverFz', () => {
  it('shows a node’s label, shape and lane on an edge end', () => {
    const at = offsetAfter(CLEAN, '-> Api.n', 0);
    const hover = hoverFz(doc, at)!;
    expect(hover.contents).toEqual([
      '**Check Order**',
      '`n3` · `rectangle` · lane `Api` (Public API)',
    ]);
    expect(CLEAN.slice(hover.start, hover.end)).toBe('n3');
  });

  it('works on the declaration and on a loop member', () => {
    expect(hoverFz(doc, CLEAN.indexOf('n4: diamond'))!.contents[0]).toBe('**Valid?**');
    const text = withLine(10, '  loop [retry] n3 n4');
    expect(hoverFz(createLangDocument(text), offsetAfter(text, 'n3 n'))!.contents[0]).toBe(
      '**Valid?**',
    );
  });

  it('says when a node is not declared', () => {
    const text = withLine(10, '  n3.handle(right) -> n9.handle(left)');
    const hover = hoverFz(createLangDocument(text), offsetAfter(text, '-> n9', -1))!;
    expect(hover.contents).toEqual(['`n9`: node not declared']);
  });

  it('shows a lane prefix’s label and size', () => {
    const hover = hoverFz(doc, offsetAfter(CLEAN, '-> Ap'))!;
    expect(hover.contents).toEqual(['**Public API**', 'lane `Api` · 2 nodes']);
    expect(CLEAN.slice(hover.start, hover.end)).toBe('Api');
  });

  it('escapes markdown in labels', () => {
    const text = withLine(2, '  n1: circle label:"*Start* [now]"');
    expect(hoverFz(createLangDocument(text), text.indexOf('n1:'))!.contents[0]).toBe(
      '**\\*Start\\* \\[now\\]**',
    );
  });

  it('counts a caret right after the id, and gives null elsewhere', () => {
    expect(hoverFz(doc, offsetAfter(CLEAN, '  n2'))).not.toBeNull();
    expect(hoverFz(doc, offsetAfter(CLEAN, 'label:"Sta'))).toBeNull();
  });
});
