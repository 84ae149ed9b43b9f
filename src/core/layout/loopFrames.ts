import type { FzDiagram } from '../model/types';
import { LANE_METRICS } from './metrics';
import type { FzLayout, FzLoopFrame } from './types';

/**
 * One frame per loop that has at least one placed node: the bounding box of its nodes, padded,
 * with room at the top for the `loop [condition]` text. Nodes the layout does not know are
 * ignored; a loop with none of its nodes placed gets no frame. Ids follow the loop's index.
 */
export function loopFrames(diagram: FzDiagram, layout: FzLayout): FzLoopFrame[] {
  const { loopPad, loopLabel } = LANE_METRICS;
  const frames: FzLoopFrame[] = [];
  diagram.loops.forEach((loop, index) => {
    let left = Infinity;
    let top = Infinity;
    let right = -Infinity;
    let bottom = -Infinity;
    for (const id of loop.nodes) {
      const box = layout.nodes[id];
      if (!box) continue;
      left = Math.min(left, box.x);
      top = Math.min(top, box.y);
      right = Math.max(right, box.x + box.width);
      bottom = Math.max(bottom, box.y + box.height);
    }
    if (!Number.isFinite(left)) return;
    frames.push({
      id: `loop-${index}`,
      text: `loop [${loop.condition}]`,
      box: {
        x: left - loopPad,
        y: top - loopPad - loopLabel,
        width: right - left + 2 * loopPad,
        height: bottom - top + 2 * loopPad + loopLabel,
      },
    });
  });
  return frames;
}
