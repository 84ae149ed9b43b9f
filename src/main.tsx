// Monaco first: `loader.config({ monaco })` must run before the first <Editor> mounts.
import './editor/monacoSetup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { DEFAULT_DOCUMENT } from './app/defaultDocument';
import { installWindowApi } from './app/windowApi';
import { connectWorkspace } from './app/workspace/connectWorkspace';
import { createWorkspacePersistence } from './app/workspace/workspacePersistence';
import { createWorkerRunner } from './simulate/workerRunner';
import { createStudioStore } from './store/studioStore';
import { StudioStoreContext } from './store/useStudio';
import { WorkspaceStoreContext } from './store/useWorkspace';
import { createWorkspaceStore } from './store/workspaceStore';
import './app/app.css';

async function start() {
  // The last session's text and dragged positions, from IndexedDB. Never rejects: a browser
  // without usable IndexedDB starts on the default document and says so quietly on the canvas.
  const persistence = createWorkspacePersistence();
  const restored = await persistence.load();
  const snapshot = restored.ok ? restored.snapshot : null;

  const store = createStudioStore({
    initialText: snapshot?.text ?? DEFAULT_DOCUMENT,
    runner: createWorkerRunner(),
    storage: window.localStorage,
    fallbackTheme: window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
  });
  const workspace = createWorkspaceStore(
    restored.ok ? { pinned: snapshot?.pinned } : { persistenceError: restored.message },
  );
  installWindowApi(store);
  connectWorkspace({
    studio: store,
    workspace,
    persistence,
    page: window,
    isHidden: () => document.visibilityState === 'hidden',
  });

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
        <WorkspaceStoreContext.Provider value={workspace}>
          <App />
        </WorkspaceStoreContext.Provider>
      </StudioStoreContext.Provider>
    </StrictMode>,
  );
}

void start();
