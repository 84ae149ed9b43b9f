import { useStudio } from '../store/useStudio';
import { selectMockWorker } from '../store/selectors';

const CAPTIONS = { starting: 'Mock services: starting…', ready: 'Mock services: ready' } as const;

/** Shows whether MSW's service worker started; a failed start is shown with its reason. */
export function MockWorkerStatus() {
  const state = useStudio(selectMockWorker);
  return (
    <p
      className={`msw-status msw-${state.status}`}
      data-testid="msw-status"
      data-status={state.status}
      role={state.status === 'failed' ? 'alert' : 'status'}
    >
      {state.status === 'failed'
        ? `Mock services failed to start: ${state.message}`
        : CAPTIONS[state.status]}
    </p>
  );
}
