import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { layoutDiagram } from '../core/layout/layoutDiagram';
import { buildDiagram, checkoutDiagram } from '../core/layout/testDiagrams';
import type { FzLayout } from '../core/layout/types';
import type { FzDiagram } from '../core/model/types';
import type { FzLayoutProgress } from './layoutProtocol';
import { createPlacementController, type FzPlacementView } from './placementController';

const elk = new ELK();

/** A layout client the test answers by hand, with real ELK layouts. */
function heldClient() {
  const requests: FzDiagram[] = [];
  let answer: (layout: FzLayout) => void = () => undefined;
  let progress: (p: FzLayoutProgress) => void = () => undefined;
  let destroyed = false;
  const factory = (
    onLayout: (layout: FzLayout) => void,
    onProgress: (p: FzLayoutProgress) => void,
  ) => {
    answer = onLayout;
    progress = onProgress;
    return {
      request: (diagram: FzDiagram) => requests.push(diagram),
      destroy: () => void (destroyed = true),
    };
  };
  return {
    factory,
    requests,
    answerNewest: async () => answer(await layoutDiagram(requests.at(-1)!, elk)),
    progress: (p: FzLayoutProgress) => progress(p),
    isDestroyed: () => destroyed,
  };
}

function setup() {
  const client = heldClient();
  const views: FzPlacementView[] = [];
  const controller = createPlacementController(client.factory, (view) => views.push(view));
  return { client, views, controller, last: () => views.at(-1)! };
}

/** The checkout diagram plus `n13` in the Edge lane after n5 (a new node in a middle lane). */
function withEdgeNode(): FzDiagram {
  const diagram = checkoutDiagram();
  const range = diagram.nodes[0]!.range;
  diagram.nodes.push({ id: 'n13', lane: 'Edge', shape: 'rectangle', label: 'Log', range });
  return diagram;
}

describe('createPlacementController', () => {
  it('asks the worker for the first layout and draws nothing of its own meanwhile', async () => {
    const { client, controller, last } = setup();
    controller.setDiagram(checkoutDiagram());
    expect(client.requests).toHaveLength(1);
    expect(last()).toEqual({
      layout: null,
      run: { status: 'running', phase: 'waiting', nodes: 12 },
      documents: 0,
    });
    client.progress({ phase: 'flow', nodes: 12 });
    expect(last().run).toEqual({ status: 'running', phase: 'flow', nodes: 12 });
    await client.answerNewest();
    expect(last().run).toEqual({ status: 'idle' });
    expect(last().layout).toEqual(await layoutDiagram(checkoutDiagram(), elk));
  });

  it('keeps unchanged nodes in place when a node is added, without asking the worker', async () => {
    const { client, controller, last } = setup();
    controller.setDiagram(checkoutDiagram());
    await client.answerNewest();
    const before = last().layout!;
    controller.setDiagram(withEdgeNode());
    expect(client.requests).toHaveLength(1);
    const after = last().layout!;
    for (const [id, box] of Object.entries(before.nodes)) {
      // Lanes below Edge may move down if Edge grew; in-lane places stay.
      const lane = checkoutDiagram().nodes.find((n) => n.id === id)!.lane;
      const shift = after.lanes[lane]!.y - before.lanes[lane]!.y;
      expect(after.nodes[id], id).toEqual({ ...box, y: box.y + shift });
    }
    expect(after.nodes['n13']).toBeDefined();
  });

  it('lays out afresh when another document replaces the text', async () => {
    const { client, controller, last } = setup();
    controller.setDiagram(checkoutDiagram());
    await client.answerNewest();
    const other = buildDiagram({
      lanes: [['X', 'Other']],
      nodes: [
        ['x1', 'X', 'circle', 'Begin'],
        ['x2', 'X', 'rectangle', 'Work'],
      ],
      edges: [['x1', 'right', 'x2', 'left']],
    });
    controller.setDiagram(other);
    expect(client.requests).toHaveLength(2);
    expect(last().run.status).toBe('running');
    // Nothing of the old picture applies: the canvas shows file order until the answer.
    expect(last().layout).toBeNull();
    await client.answerNewest();
    expect(last().layout).toEqual(await layoutDiagram(other, elk));
  });

  it('applies pins over the base, and re-layout brings back the auto layout', async () => {
    const { client, controller, last } = setup();
    const diagram = checkoutDiagram();
    controller.setDiagram(diagram);
    await client.answerNewest();
    const auto = last().layout!;
    controller.setPinned({ n5: { lane: 'Edge', x: 1500, y: 60 } });
    expect(last().layout!.nodes['n5']).toMatchObject({ x: 1500, y: auto.lanes['Edge']!.y + 60 });
    // The pin survives a text edit that adds a node elsewhere.
    controller.setDiagram(withEdgeNode());
    expect(last().layout!.nodes['n5']!.x).toBe(1500);
    // Re-layout: the store clears the pins and the controller asks for a fresh layout.
    controller.setPinned({});
    controller.relayout();
    expect(client.requests).toHaveLength(2);
    expect(last().layout!.nodes['n5']!.x).toBe(1500); // until the answer arrives
    await client.answerNewest();
    expect(last().layout).toEqual(await layoutDiagram(withEdgeNode(), elk));
  });

  it('re-places an unconnected newcomer beside its predecessor once an edge joins them', async () => {
    const { client, controller, last } = setup();
    controller.setDiagram(checkoutDiagram());
    await client.answerNewest();
    controller.setDiagram(withEdgeNode());
    const alone = last().layout!.nodes['n13']!;
    const joined = withEdgeNode();
    joined.edges.push({
      ...joined.edges[0]!,
      id: 'e99',
      from: 'n4',
      to: 'n13',
      fromLane: 'Edge',
      toLane: 'Edge',
      fromHandle: 'right',
      toHandle: 'left',
    });
    controller.setDiagram(joined);
    const beside = last().layout!.nodes['n13']!;
    const n4 = last().layout!.nodes['n4']!;
    expect(beside.x).toBe(n4.x + n4.width + 44);
    expect(beside).not.toEqual(alone);
  });

  it('counts the layouts of new documents only: not an added node, nor a Re-layout', async () => {
    const { client, controller, last } = setup();
    controller.setDiagram(checkoutDiagram());
    await client.answerNewest();
    expect(last().documents).toBe(1);
    controller.setDiagram(withEdgeNode());
    controller.setDiagram(checkoutDiagram());
    expect(last().documents).toBe(1);
    controller.relayout();
    await client.answerNewest();
    expect(last().documents).toBe(1);
    controller.setDiagram(
      buildDiagram({ lanes: [['X', 'Other']], nodes: [['x1', 'X', 'circle', 'Begin']], edges: [] }),
    );
    await client.answerNewest();
    expect(last().documents).toBe(2);
  });

  it('ignores answers after destroy', async () => {
    const { client, controller, views } = setup();
    controller.setDiagram(checkoutDiagram());
    controller.destroy();
    expect(client.isDestroyed()).toBe(true);
    const count = views.length;
    await client.answerNewest();
    expect(views).toHaveLength(count);
  });
});
