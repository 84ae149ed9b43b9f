import { createContext, useContext } from 'react';
import { useStore, type StoreApi } from 'zustand';
import type { StudioState } from './types';

/** Provides the studio store to the component tree (created once in `main.tsx`). */
export const StudioStoreContext = createContext<StoreApi<StudioState> | null>(null);

/**
 * The store itself, for event handlers that must read the state right after an action (without
 * waiting for a re-render). Components still write only through actions.
 */
export function useStudioStore(): StoreApi<StudioState> {
  const store = useContext(StudioStoreContext);
  if (!store) throw new Error('useStudio needs a <StudioStoreContext.Provider> above it');
  return store;
}

/**
 * Reads the studio store through a selector; re-renders when the selected value changes (`Object.is`).
 * Actions are read the same way: `const setText = useStudio((s) => s.setText)`.
 *
 * @example
 * const errors = useStudio(selectErrorCount);
 */
export function useStudio<T>(selector: (state: StudioState) => T): T {
  return useStore(useStudioStore(), selector);
}
