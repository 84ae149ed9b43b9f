/**
 * Fixed geometry of the swimlane picture, shared by the layout (which reserves the room) and the
 * canvas (which draws into it). All values are pixels.
 */
export const LANE_METRICS = {
  /** Width of the column at the left of each lane that holds the lane's label. */
  headerWidth: 150,
  /** Room above the first row and below the last row of nodes inside a lane. */
  padTop: 44,
  padBottom: 36,
  /** Room between the label column and the first node, and after the last node. */
  padLeft: 28,
  padRight: 36,
  /** Vertical gap between two rows of nodes inside one lane. */
  rowGap: 44,
  /** A lane is never thinner than this, even when empty. */
  minHeight: 120,
  /** Padding of a loop frame around its nodes; `loopLabel` is the extra room for its text. */
  loopPad: 14,
  loopLabel: 18,
} as const;
