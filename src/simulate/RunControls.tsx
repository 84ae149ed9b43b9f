import { useStudio } from '../store/useStudio';
import { selectRunBlocker, selectSim } from '../store/selectors';

/**
 * The Run button with its progress bar. While the text has errors the button is disabled and its
 * caption says how many errors to fix; a failed run lists the simulator's messages.
 */
export function RunControls() {
  const blocker = useStudio(selectRunBlocker);
  const sim = useStudio(selectSim);
  const runSimulation = useStudio((s) => s.runSimulation);
  const progress = sim.status === 'running' ? sim.progress : sim.status === 'done' ? 1 : 0;

  return (
    <div className="run-controls">
      <button
        type="button"
        className="run-button"
        data-testid="sim-run"
        disabled={blocker !== null}
        aria-describedby="sim-run-reason"
        onClick={() => void runSimulation()}
      >
        {blocker ?? 'Run simulation'}
      </button>
      <progress
        className="run-progress"
        data-testid="sim-progress"
        data-status={sim.status}
        max={1}
        value={progress}
        aria-label="Simulation progress"
      />
      <span id="sim-run-reason" className="sr-only" data-testid="sim-run-reason">
        {blocker ?? ''}
      </span>
      {sim.status === 'failed' && (
        <ul className="sim-errors" data-testid="sim-errors" role="alert">
          {sim.errors.map((message, i) => (
            <li key={i}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
