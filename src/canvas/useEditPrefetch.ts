import { useEffect, useRef } from 'react';
import { prepareEditDoc } from '../core/edit';
import { useStudio } from '../store/useStudio';
import { browserIdleScheduler, createEditPrefetch, type EditPrefetch } from './editPrefetch';

/**
 * Reads the studio's text ahead for canvas gestures whenever it changes, in idle time (see
 * `editPrefetch.ts`).
 */
export function useEditPrefetch(): void {
  const text = useStudio((s) => s.text);
  const prefetch = useRef<EditPrefetch | null>(null);
  useEffect(() => {
    const created = createEditPrefetch(browserIdleScheduler, prepareEditDoc);
    prefetch.current = created;
    return () => {
      created.destroy();
      prefetch.current = null;
    };
  }, []);
  useEffect(() => {
    prefetch.current?.offer(text);
  }, [text]);
}
