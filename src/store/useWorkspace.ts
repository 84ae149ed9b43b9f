import { createContext, useContext } from 'react';
import { useStore, type StoreApi } from 'zustand';
import type { WorkspaceState } from './workspaceStore';

/** Provides the workspace store (pins, layout progress) to the component tree (made in `main.tsx`). */
export const WorkspaceStoreContext = createContext<StoreApi<WorkspaceState> | null>(null);

/**
 * The workspace store itself, for event handlers and effects that call actions or read the state
 * outside render. Components still write only through actions.
 */
export function useWorkspaceStore(): StoreApi<WorkspaceState> {
  const store = useContext(WorkspaceStoreContext);
  if (!store) throw new Error('useWorkspace needs a <WorkspaceStoreContext.Provider> above it');
  return store;
}

/**
 * Reads the workspace store through a selector; re-renders when the selected value changes
 * (`Object.is`). Actions are read the same way: `const relayout = useWorkspace((s) => s.relayout)`.
 *
 * @example
 * const pinned = useWorkspace((s) => s.pinned);
 */
export function useWorkspace<T>(selector: (state: WorkspaceState) => T): T {
  return useStore(useWorkspaceStore(), selector);
}
