import { describe, expect, it } from 'vitest';
import { checkoutDiagram } from '../core/layout/testDiagrams';
import { keepUnchanged, sameFlowEdge, sameFlowNode } from './keepUnchanged';
import { toFlowElements } from './toFlowElements';

describe('keepUnchanged', () => {
  it('returns the previous array when a re-parse changed nothing visible', () => {
    const first = toFlowElements(checkoutDiagram(), null);
    const reparsed = checkoutDiagram();
    for (const node of reparsed.nodes) node.range = { ...node.range, startLine: 40 };
    const second = toFlowElements(reparsed, null);
    expect(second.nodes[0]).not.toBe(first.nodes[0]);
    expect(keepUnchanged(first.nodes, second.nodes, sameFlowNode)).toBe(first.nodes);
    expect(keepUnchanged(first.edges, second.edges, sameFlowEdge)).toBe(first.edges);
  });

  it('replaces only the nodes whose label or badge changed', () => {
    const first = toFlowElements(checkoutDiagram(), null);
    const renamed = checkoutDiagram();
    renamed.nodes[4]!.label = 'Session still ok?';
    const second = toFlowElements(renamed, null, { n2: { arrivals: 1, passed: 1, rejected: 0 } });
    const kept = keepUnchanged(first.nodes, second.nodes, sameFlowNode);
    const changed = kept.filter((node, index) => node !== first.nodes[index]).map((n) => n.id);
    expect(changed.sort()).toEqual(['n2', 'n5']);
  });

  it('takes new objects for added nodes and drops removed ones', () => {
    const first = toFlowElements(checkoutDiagram(), null);
    const smaller = checkoutDiagram();
    smaller.nodes.pop();
    smaller.edges = smaller.edges.filter((edge) => edge.from !== 'n12' && edge.to !== 'n12');
    const second = toFlowElements(smaller, null);
    const kept = keepUnchanged(first.nodes, second.nodes, sameFlowNode);
    expect(kept.map((node) => node.id)).toEqual(second.nodes.map((node) => node.id));
    expect(kept.find((node) => node.id === 'n12')).toBeUndefined();
  });
});
