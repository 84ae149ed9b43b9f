import { useEffect, useMemo, useRef, useState } from 'react';
import { layoutDiagram } from '../core/layout/layoutDiagram';
import { layoutGeometryKey } from '../core/layout/layoutKey';
import type { FzLayout } from '../core/layout/types';
import type { FzDiagram } from '../core/model/types';
import { createLayoutClient } from './layoutClient';
import type { FzLayoutClient, FzLayoutWorker } from './layoutClient';

/**
 * ELK on the main thread, for when the worker cannot run. Loaded lazily: it is a large module.
 * (Importing it here also lets Vite's dev server pre-bundle elkjs at start-up, instead of
 * discovering it inside the worker and reloading the page.)
 */
async function layoutOnMainThread(diagram: FzDiagram): Promise<FzLayout> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  return layoutDiagram(diagram, new ELK());
}

function startWorker(): FzLayoutWorker {
  return new Worker(new URL('./layout.worker.ts', import.meta.url), {
    type: 'module',
    name: 'fz-layout',
  }) as unknown as FzLayoutWorker;
}

/**
 * The ELK layout of `diagram`, computed in the layout worker. Returns `null` until the first
 * answer, then always the newest answer received: while a new layout is on its way the previous
 * one stays (the canvas fills gaps with `reconcileLayout`). A new request goes out only when
 * `layoutGeometryKey(diagram)` changes (structure or a node's size), not on every re-parse or
 * every keystroke inside a label.
 */
export function useDiagramLayout(diagram: FzDiagram): FzLayout | null {
  const [layout, setLayout] = useState<FzLayout | null>(null);
  const clientRef = useRef<FzLayoutClient | null>(null);
  const diagramRef = useRef(diagram);
  const key = useMemo(() => layoutGeometryKey(diagram), [diagram]);

  useEffect(() => {
    diagramRef.current = diagram;
  }, [diagram]);

  useEffect(() => {
    const client = createLayoutClient(startWorker, (next) => setLayout(next), layoutOnMainThread);
    clientRef.current = client;
    return () => {
      client.destroy();
      clientRef.current = null;
    };
  }, []);

  useEffect(() => {
    clientRef.current?.request(diagramRef.current);
  }, [key]);

  return layout;
}
