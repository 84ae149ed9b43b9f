import { useStudio } from '../store/useStudio';
import { selectCanvasDiagram, selectSim } from '../store/selectors';
import { MockWorkerStatus } from './MockWorkerStatus';
import { PresetPicker } from './PresetPicker';
import { LatencyTable, NodeCounters, StatusCounts } from './ResultTables';
import { RunControls } from './RunControls';

/**
 * The Simulate panel: preset picker, Run, progress, then the last run's status counts, latency
 * summary and per-node counters. Runs happen in a Web Worker (see `workerRunner.ts`).
 */
export function SimulatePanel() {
  const sim = useStudio(selectSim);
  const diagram = useStudio(selectCanvasDiagram);

  return (
    <section className="simulate-panel" data-testid="sim-panel" aria-label="Simulate">
      <div className="sim-controls">
        <div className="sim-title-row">
          <h2 className="panel-title">Simulate</h2>
          <MockWorkerStatus />
        </div>
        <PresetPicker />
        <RunControls />
      </div>
      {sim.status !== 'done' && (
        <p className="sim-placeholder" data-testid="sim-placeholder">
          Choose a traffic preset and run it: status codes, k6-style latencies and per-node counters
          appear here, and on the canvas as badges.
        </p>
      )}
      {sim.status === 'done' && (
        <div className="sim-result" data-testid="sim-result" data-preset={sim.presetId}>
          <div className="sim-summary">
            <StatusCounts result={sim.result} />
            <LatencyTable result={sim.result} />
          </div>
          <div className="sim-nodes-scroll">
            <NodeCounters result={sim.result} diagram={diagram} />
          </div>
        </div>
      )}
    </section>
  );
}
