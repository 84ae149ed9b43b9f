import { useEffect, useState } from 'react';
import { CodePane } from '../editor/CodePane';
import { SimulatePanel } from '../simulate/SimulatePanel';
import { useStudio } from '../store/useStudio';
import { selectTheme } from '../store/selectors';
import { CanvasPane } from './CanvasPane';
import { Header } from './Header';
import { PaneErrorBoundary } from './PaneErrorBoundary';
import { SplitPane } from './SplitPane';
import { useUndoShortcuts } from './useUndoShortcuts';

/**
 * The studio shell: toolbar, code | canvas split, and the Simulate drawer below them. Undo and
 * redo keys work from every pane (`useUndoShortcuts`).
 */
export function App() {
  const theme = useStudio(selectTheme);
  const [simulateOpen, setSimulateOpen] = useState(true);
  useUndoShortcuts();

  useEffect(() => {
    // The page's own CSS variables follow the theme too, not only Monaco and React Flow.
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
  }, [theme]);

  return (
    <div className="app" data-testid="app">
      <Header simulateOpen={simulateOpen} onToggleSimulate={() => setSimulateOpen((o) => !o)} />
      <main className={simulateOpen ? 'workspace workspace-with-drawer' : 'workspace'}>
        <SplitPane
          initialFraction={0.34}
          label="Resize code and canvas"
          left={
            <PaneErrorBoundary pane="code pane">
              <CodePane />
            </PaneErrorBoundary>
          }
          right={
            <PaneErrorBoundary pane="canvas">
              <CanvasPane />
            </PaneErrorBoundary>
          }
        />
        {simulateOpen && (
          <aside className="drawer" data-testid="sim-drawer">
            <PaneErrorBoundary pane="simulate panel">
              <SimulatePanel />
            </PaneErrorBoundary>
          </aside>
        )}
      </main>
    </div>
  );
}
