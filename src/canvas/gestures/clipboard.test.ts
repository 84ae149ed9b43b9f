import { describe, expect, it } from 'vitest';
import { analyzeFz } from '../../core/fz';
import { copySelection, pasteChange } from './clipboard';

const TEXT = [
  'Web { # Web',
  '  n1: circle label:"Start"',
  '  n2: rectangle label:"Say \\"hi\\""',
  '  n3: taskbox owner:"Ops" description:"Weekly review" system:"Back office"',
  '  n4: rectangle',
  '  n1.handle(right) -> n2.handle(left) [label="Go"]',
  '  n2.handle(right) -> n3.handle(left)',
  '  n3.handle(right) -> n4.handle(left)',
  '}',
  '',
].join('\n');
const { diagram } = analyzeFz(TEXT);

describe('copySelection', () => {
  it('copies the selected nodes in declaration order with the edges between them', () => {
    const clip = copySelection(diagram, ['n3', 'n2', 'n9']);
    expect(clip).toEqual({
      nodes: [
        { id: 'n2', shape: 'rectangle', label: 'Say "hi"' },
        {
          id: 'n3',
          shape: 'taskbox',
          owner: 'Ops',
          description: 'Weekly review',
          system: 'Back office',
        },
      ],
      edges: [{ from: 'n2', to: 'n3', fromHandle: 'right', toHandle: 'left' }],
    });
  });

  it('keeps edge labels and leaves out edges that leave the selection', () => {
    const clip = copySelection(diagram, ['n1', 'n2'])!;
    expect(clip.edges).toEqual([
      { from: 'n1', to: 'n2', fromHandle: 'right', toHandle: 'left', label: 'Go' },
    ]);
  });

  it('never invents a label the text does not write (the id fallback)', () => {
    expect(copySelection(diagram, ['n4'])!.nodes).toEqual([{ id: 'n4', shape: 'rectangle' }]);
  });

  it('keeps a taskbox sub-items in its copied label (they are part of the written label)', () => {
    const text = 'Ops { # Ops\n  n1: taskbox label:"Review|Check docs|Sign off"\n}\n';
    const clip = copySelection(analyzeFz(text).diagram, ['n1'])!;
    expect(clip.nodes).toEqual([
      { id: 'n1', shape: 'taskbox', label: 'Review|Check docs|Sign off' },
    ]);
  });

  it('answers null when no selected node exists', () => {
    expect(copySelection(diagram, [])).toBeNull();
    expect(copySelection(diagram, ['n99'])).toBeNull();
  });
});

describe('pasteChange', () => {
  it('pastes the clipboard into the given lane', () => {
    const clip = copySelection(diagram, ['n1', 'n2'])!;
    expect(pasteChange(clip, 'Api')).toEqual({
      kind: 'paste',
      lane: 'Api',
      nodes: clip.nodes,
      edges: clip.edges,
    });
  });

  it('does nothing with an empty clipboard', () => {
    expect(pasteChange(null, 'Web')).toBeNull();
    expect(pasteChange({ nodes: [], edges: [] }, 'Web')).toBeNull();
  });
});
