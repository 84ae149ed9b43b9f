import { describe, expect, it } from 'vitest';
import { analyzeFz } from '../fz/index';
import { generateFzText } from '../testing/generateFz';
import { toGraphJson } from './graphJson';
import { graphJsonText } from './graphJsonText';
import type { FzDiagram } from './types';

const range = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 };

function same(diagram: FzDiagram): void {
  expect(graphJsonText(diagram)).toBe(JSON.stringify(toGraphJson(diagram), null, 2));
}

describe('graphJsonText', () => {
  it('prints exactly what JSON.stringify prints for a generated diagram', () => {
    same(analyzeFz(generateFzText({ nodes: 400, lanes: 3, seed: 7 })).diagram);
  });

  it('prints empty lists and escapes like JSON.stringify', () => {
    same({ lanes: [], nodes: [], edges: [], loops: [] });
    const odd = 'q"b\\s\t\u0001 é 😀 \ud800 \u007f \u2028';
    same({
      lanes: [{ id: 'A', label: odd, range }],
      nodes: [
        { id: 'n1', lane: 'A', shape: 'taskbox', label: odd, owner: 'o', system: '', range },
        { id: 'n2', lane: 'A', shape: 'circle', label: 'x', description: odd, range },
      ],
      edges: [
        {
          id: 'e1',
          from: 'n1',
          to: 'n2',
          fromLane: 'A',
          toLane: 'A',
          fromHandle: 'right',
          toHandle: 'left',
          label: odd,
          range,
        },
      ],
      loops: [
        { condition: odd, nodes: ['n1', 'n2'], lane: 'A', range },
        { condition: '', nodes: [], lane: null, range },
      ],
    });
  });
});
