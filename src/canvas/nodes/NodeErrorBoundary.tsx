import { Component, memo } from 'react';
import type { ComponentType, ErrorInfo, ReactNode } from 'react';
import type { Node, NodeProps } from '@xyflow/react';
import { NodeHandles } from './NodeHandles';

interface BoundaryProps {
  nodeId: string;
  shape: string;
  /** When this changes (new node data), a failed node tries to draw again. */
  resetKey?: unknown;
  children: ReactNode;
}

/**
 * Contains a render crash to the one node that crashed: it draws a plain placeholder box (same
 * test id and shape attribute, handles kept so its edges still show) instead, and the rest of the
 * canvas keeps working. New data for the node (`resetKey`) gives it another try.
 */
export class NodeErrorBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidUpdate(previous: BoundaryProps): void {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) {
      this.setState({ failed: false });
    }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.warn(`Node ${this.props.nodeId} could not be drawn`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div
        className="fz-node fz-node--broken"
        data-testid={`fz-node-${this.props.nodeId}`}
        data-shape={this.props.shape}
        title="This node could not be drawn"
      >
        <span className="fz-node__label">⚠ {this.props.nodeId}</span>
        {/* Handles stay, so the node's edges are still drawn. */}
        <NodeHandles />
      </div>
    );
  }
}

/**
 * Wraps a node component in a `NodeErrorBoundary` and memoizes it, so that one broken node never
 * takes down the canvas and unchanged nodes skip re-rendering. `kindOf` names what the fallback
 * reports as its `data-shape` (the FlowZap shape, or `lane` / `loop`).
 */
export function withNodeBoundary<N extends Node>(
  Inner: ComponentType<NodeProps<N>>,
  kindOf: (props: NodeProps<N>) => string,
): ComponentType<NodeProps<N>> {
  function Bounded(props: NodeProps<N>) {
    return (
      <NodeErrorBoundary nodeId={props.id} shape={kindOf(props)} resetKey={props.data}>
        <Inner {...props} />
      </NodeErrorBoundary>
    );
  }
  Bounded.displayName = `Bounded(${Inner.displayName ?? Inner.name})`;
  return memo(Bounded);
}
