import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { layoutDiagram } from '../core/layout/layoutDiagram';
import { buildDiagram, checkoutDiagram } from '../core/layout/testDiagrams';
import type { FzLayout } from '../core/layout/types';
import { createLayoutClient } from './layoutClient';
import type { FzLayoutWorker } from './layoutClient';
import type { FzLayoutRequest, FzLayoutResponse } from './layoutProtocol';

/**
 * An in-process stand-in for the browser's Worker: it computes real layouts with ELK, but holds
 * the answers until the test releases them, in any order.
 */
class HeldWorker implements FzLayoutWorker {
  onmessage: ((event: MessageEvent<FzLayoutResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  readonly pending: Promise<FzLayoutResponse>[] = [];
  private readonly elk = new ELK();

  postMessage(message: FzLayoutRequest): void {
    const { seq, diagram } = message;
    this.pending.push(layoutDiagram(diagram, this.elk).then((layout) => ({ seq, layout })));
  }

  async release(index: number): Promise<void> {
    const data = await this.pending[index]!;
    this.onmessage?.({ data } as MessageEvent<FzLayoutResponse>);
  }

  fail(): void {
    this.onerror?.({ message: 'worker script failed to load' } as ErrorEvent);
  }

  terminate(): void {
    this.terminated = true;
  }
}

const small = buildDiagram({
  lanes: [['A', 'Alpha']],
  nodes: [['n1', 'A', 'rectangle', 'Only one']],
});

describe('createLayoutClient', () => {
  it('delivers the answer to the newest request', async () => {
    const worker = new HeldWorker();
    const got: FzLayout[] = [];
    const client = createLayoutClient(
      () => worker,
      (layout) => got.push(layout),
    );
    client.request(checkoutDiagram());
    await worker.release(0);
    expect(got).toHaveLength(1);
    expect(Object.keys(got[0]!.nodes)).toHaveLength(12);
  });

  it('coalesces requests made while busy: only the newest waiting diagram is laid out', async () => {
    const worker = new HeldWorker();
    const got: number[] = [];
    const client = createLayoutClient(
      () => worker,
      (layout) => got.push(Object.keys(layout.nodes).length),
    );
    expect(client.request(checkoutDiagram())).toBe(1);
    client.request(checkoutDiagram());
    expect(client.request(small)).toBe(3);
    expect(worker.pending).toHaveLength(1);
    // The answer to request 1 is outdated: dropped, and the newest waiting request goes out.
    await worker.release(0);
    expect(got).toEqual([]);
    expect(worker.pending).toHaveLength(2);
    await worker.release(1);
    expect(got).toEqual([1]);
  });

  it('drops an answer whose sequence number is not the newest', async () => {
    const worker = new HeldWorker();
    const got: number[] = [];
    createLayoutClient(
      () => worker,
      (layout) => got.push(Object.keys(layout.nodes).length),
    ).request(small);
    const answer = await worker.pending[0]!;
    worker.onmessage?.({ data: { ...answer, seq: 0 } } as MessageEvent<FzLayoutResponse>);
    expect(got).toEqual([]);
    worker.onmessage?.({ data: answer } as MessageEvent<FzLayoutResponse>);
    expect(got).toEqual([1]);
  });

  it('answers on the main thread with the file-order placement when the worker fails', () => {
    const worker = new HeldWorker();
    const got: FzLayout[] = [];
    const client = createLayoutClient(
      () => worker,
      (layout) => got.push(layout),
    );
    client.request(checkoutDiagram());
    worker.fail();
    expect(worker.terminated).toBe(true);
    expect(got).toHaveLength(1);
    expect(got[0]!.nodes['n1']!.x).toBeLessThan(got[0]!.nodes['n2']!.x);
    client.request(small);
    expect(got).toHaveLength(2);
  });

  it('lays out on the main thread with `layoutHere` when the worker fails, newest request only', async () => {
    const worker = new HeldWorker();
    const got: number[] = [];
    const elk = new ELK();
    const running: Promise<unknown>[] = [];
    const client = createLayoutClient(
      () => worker,
      (layout) => got.push(Object.keys(layout.nodes).length),
      (diagram) => {
        const layout = layoutDiagram(diagram, elk);
        running.push(layout);
        return layout;
      },
    );
    client.request(checkoutDiagram());
    worker.fail();
    client.request(small);
    await Promise.all(running);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(running).toHaveLength(2);
    expect(got).toEqual([1]);
  });

  it('falls back to file order when `layoutHere` fails too', async () => {
    const got: FzLayout[] = [];
    const client = createLayoutClient(
      () => {
        throw new Error('Worker is not defined');
      },
      (layout) => got.push(layout),
      () => Promise.reject(new Error('chunk failed to load')),
    );
    client.request(small);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(Object.keys(got[0]!.nodes)).toEqual(['n1']);
  });

  it('answers locally when no worker can be created at all', () => {
    const got: FzLayout[] = [];
    const client = createLayoutClient(
      () => {
        throw new Error('Worker is not defined');
      },
      (layout) => got.push(layout),
    );
    client.request(small);
    expect(Object.keys(got[0]!.nodes)).toEqual(['n1']);
  });

  it('ignores answers after destroy and terminates the worker', async () => {
    const worker = new HeldWorker();
    const got: FzLayout[] = [];
    const client = createLayoutClient(
      () => worker,
      (layout) => got.push(layout),
    );
    client.request(small);
    client.destroy();
    await worker.release(0);
    expect(worker.terminated).toBe(true);
    expect(got).toEqual([]);
  });

  it('passes on progress of the newest request only, and keeps waiting for its layout', async () => {
    const worker = new HeldWorker();
    const got: FzLayout[] = [];
    const progress: string[] = [];
    const client = createLayoutClient(
      () => worker,
      (layout) => got.push(layout),
      undefined,
      (p, seq) => progress.push(`${seq}:${p.phase}:${p.nodes}`),
    );
    client.request(small);
    const say = (data: FzLayoutResponse) =>
      worker.onmessage?.({ data } as MessageEvent<FzLayoutResponse>);
    say({ seq: 1, progress: { phase: 'flow', nodes: 1 } });
    say({ seq: 0, progress: { phase: 'lanes', nodes: 9 } });
    client.request(checkoutDiagram()); // queued behind request 1
    say({ seq: 1, progress: { phase: 'lanes', nodes: 1 } });
    expect(progress).toEqual(['1:flow:1']);
    expect(worker.pending).toHaveLength(1);
    await worker.release(0);
    // Request 1 answered (outdated, dropped); request 2 went out.
    expect(worker.pending).toHaveLength(2);
    say({ seq: 2, progress: { phase: 'flow', nodes: 12 } });
    expect(progress).toEqual(['1:flow:1', '2:flow:12']);
    await worker.release(1);
    expect(got.map((layout) => Object.keys(layout.nodes).length)).toEqual([12]);
  });
});
