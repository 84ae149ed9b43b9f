/**
 * The layout against real FlowZap files: the reference gateway diagram and every valid file of
 * the shared corpus (read at run time from ../shared; skipped with a reason when it is absent),
 * plus a generated 1,000-node diagram.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFz } from '../fz/index';
import type { FzDiagram } from '../model/types';
import { generateFzText } from '../testing/generateFz';
import { layoutDiagram } from './layoutDiagram';
import { loopFrames } from './loopFrames';
import type { FzLayout } from './types';

const shared = resolve(__dirname, '../../../../shared');
const seedPath = join(shared, 'seed/api-gateway.fz');
const corpusDir = join(shared, 'fz-corpus');
const haveShared = existsSync(seedPath) && existsSync(corpusDir);
if (!haveShared) console.log(`Skipping corpus layout tests: ${shared} is absent.`);

const elk = new ELK();

function checkSwimlanes(diagram: FzDiagram, layout: FzLayout) {
  let bottom = 0;
  for (const lane of diagram.lanes) {
    const band = layout.lanes[lane.id]!;
    expect(band.y, `lane ${lane.id} starts where the previous ends`).toBe(bottom);
    bottom += band.height;
  }
  for (const node of diagram.nodes) {
    const box = layout.nodes[node.id]!;
    const band = layout.lanes[node.lane]!;
    expect(box.y, `${node.id} below its lane top`).toBeGreaterThanOrEqual(band.y);
    expect(box.y + box.height, `${node.id} above its lane bottom`).toBeLessThanOrEqual(
      band.y + band.height,
    );
  }
}

describe.skipIf(!haveShared)('layout of real FlowZap files', () => {
  it('lays out the gateway reference diagram as three ordered, non-overlapping lanes', async () => {
    const { diagram } = analyzeFz(readFileSync(seedPath, 'utf8'));
    const layout = await layoutDiagram(diagram, elk);
    expect(Object.keys(layout.lanes)).toEqual(diagram.lanes.map((lane) => lane.id));
    checkSwimlanes(diagram, layout);
    const x = (id: string) => layout.nodes[id]!.x;
    // The request path reads left to right across all three lanes, and the answer comes last.
    const path = [
      'n1',
      'n2',
      'n5',
      'n6',
      'n7',
      'n9',
      'n10',
      'n13',
      'n14',
      'n17',
      'n12',
      'n3',
      'n4',
    ];
    for (let i = 1; i < path.length; i++) expect(x(path[i - 1]!)).toBeLessThan(x(path[i]!));
    // "No" branches leave downwards and sit below the main row.
    expect(layout.nodes['n8']!.y).toBeGreaterThan(layout.nodes['n6']!.y);
    expect(layout.nodes['n11']!.y).toBeGreaterThan(layout.nodes['n9']!.y);
  });

  it('gives the same layout for the same text twice', async () => {
    const text = readFileSync(seedPath, 'utf8');
    const first = await layoutDiagram(analyzeFz(text).diagram, elk);
    const second = await layoutDiagram(analyzeFz(text).diagram, new ELK());
    expect(second).toEqual(first);
  });

  it('keeps every corpus file in its lanes, with a frame around each loop', async () => {
    const files = readdirSync(corpusDir).filter((name) => name.endsWith('.fz'));
    expect(files.length).toBeGreaterThan(10);
    for (const name of files) {
      const analysis = analyzeFz(readFileSync(join(corpusDir, name), 'utf8'));
      const layout = await layoutDiagram(analysis.diagram, elk);
      checkSwimlanes(analysis.diagram, layout);
      const frames = loopFrames(analysis.diagram, layout);
      const placedLoops = analysis.diagram.loops.filter((loop) =>
        loop.nodes.some((id) => layout.nodes[id]),
      );
      expect(frames, name).toHaveLength(placedLoops.length);
    }
  });
});

describe('layout of a big diagram', () => {
  it('lays out 1,000 nodes in 10 lanes with every node inside its lane', async () => {
    const { diagram } = analyzeFz(generateFzText({ nodes: 1000, lanes: 10, seed: 7 }));
    expect(diagram.nodes).toHaveLength(1000);
    const layout = await layoutDiagram(diagram, elk);
    expect(Object.keys(layout.nodes)).toHaveLength(1000);
    checkSwimlanes(diagram, layout);
  });
});
