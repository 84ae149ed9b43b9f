import type { Page } from '@playwright/test';

/** The workspace record as the studio saves it in IndexedDB (see `src/app/workspace`). */
export interface SavedWorkspace {
  version: number;
  text: string;
  pinned: Record<string, { lane: string; x: number; y: number }>;
}

/**
 * Reads the saved workspace straight from the browser's IndexedDB (database `fz-studio`, object
 * store `workspace`, key `current`), without the studio's code: null when nothing is saved yet.
 */
export async function readSavedWorkspace(page: Page): Promise<SavedWorkspace | null> {
  return page.evaluate(
    () =>
      new Promise<SavedWorkspace | null>((resolve, reject) => {
        const open = indexedDB.open('fz-studio');
        open.onerror = () => reject(open.error);
        // The database does not exist yet: nothing was saved (and do not create it half-way).
        open.onupgradeneeded = () => {
          open.transaction?.abort();
          resolve(null);
        };
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('workspace')) {
            db.close();
            resolve(null);
            return;
          }
          const request = db.transaction('workspace').objectStore('workspace').get('current');
          request.onsuccess = () => {
            db.close();
            resolve((request.result as SavedWorkspace | undefined) ?? null);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}
