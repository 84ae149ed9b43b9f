import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Name of the pane, shown in the fallback ("The canvas crashed"). */
  pane: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * Contains a render crash to one pane: the other panes (and the text) survive, and the fallback
 * offers to render the pane again. The error is logged so that it is not lost.
 */
export class PaneErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`[fz-studio] the ${this.props.pane} crashed`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="pane-error" role="alert" data-testid={`pane-error-${this.props.pane}`}>
        <p>
          The {this.props.pane} crashed: {this.state.error.message}
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
