/**
 * Shapes of a computed diagram layout. Every coordinate is in canvas pixels (React Flow's flow
 * space, before zoom), with the origin at the top-left corner of the first lane.
 */

/** A node's box: top-left corner and size, in pixels. */
export interface FzNodeBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A lane's horizontal band: its top edge and height in pixels (every band spans the full width). */
export interface FzLaneBand {
  y: number;
  height: number;
}

/**
 * Where everything goes. `nodes` is keyed by node id, `lanes` by lane id; `width` and `height`
 * are the size of the whole diagram (the union of the lane bands).
 */
export interface FzLayout {
  nodes: Record<string, FzNodeBox>;
  lanes: Record<string, FzLaneBand>;
  width: number;
  height: number;
}

/** A loop's frame: a box around the loop's nodes, with the text to write on it (`loop [cond]`). */
export interface FzLoopFrame {
  /** Stable within one diagram: `loop-<index in diagram.loops>`. */
  id: string;
  text: string;
  box: FzNodeBox;
}
