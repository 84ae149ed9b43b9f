// Monaco first: `loader.config({ monaco })` must run before the first <Editor> mounts.
import './editor/monacoSetup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { DEFAULT_DOCUMENT } from './app/defaultDocument';
import { installWindowApi } from './app/windowApi';
import { createWorkerRunner } from './simulate/workerRunner';
import { createStudioStore } from './store/studioStore';
import { StudioStoreContext } from './store/useStudio';
import './app/app.css';

const store = createStudioStore({
  initialText: DEFAULT_DOCUMENT,
  runner: createWorkerRunner(),
  storage: window.localStorage,
  fallbackTheme: window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
});
installWindowApi(store);

// MSW's service worker (live mode) starts in the background; its state is shown in the Simulate
// panel, and a failed start is reported there instead of stalling silently.
void store
  .getState()
  .startMockWorker(() => import('./mocks/browser').then((m) => m.startMockServiceWorker()));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <StudioStoreContext.Provider value={store}>
      <App />
    </StudioStoreContext.Provider>
  </StrictMode>,
);
