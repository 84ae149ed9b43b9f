import type { StoreApi } from 'zustand/vanilla';
import { DEFAULT_DOCUMENT } from '../app/defaultDocument';
import type { FzChange, FzTextEdit } from '../core/edit/types';
import { runInProcess } from '../simulate/runInProcess';
import { createStudioStore } from './studioStore';
import type { FzEditorPort, FzSelection, StudioState } from './types';

/**
 * A studio store for tests, with one method per thing a person does (like tldraw's `TestEditor`):
 * `apply` a canvas change, `undo`, `redo`, `type` (text arriving from the editor), `select`.
 * Reads go through `text`, `state` and `notifications` (how many times subscribers were called).
 *
 * @example
 * const t = new TestStore();
 * t.apply({ kind: 'setNodeLabel', node: 'n2', label: 'LB' });
 * t.undo();
 * expect(t.text).toBe(DEFAULT_DOCUMENT);
 */
export class TestStore {
  readonly store: StoreApi<StudioState>;
  notifications = 0;

  constructor(text: string = DEFAULT_DOCUMENT) {
    this.store = createStudioStore({ initialText: text, runner: runInProcess });
    this.store.subscribe(() => this.notifications++);
  }

  get state(): StudioState {
    return this.store.getState();
  }

  get text(): string {
    return this.state.text;
  }

  /** Applies a change and fails the test with its message when it is refused. */
  apply(change: FzChange): this {
    const result = this.state.applyChange(change);
    if (!result.ok) throw new Error(`${change.kind} refused: ${result.message}`);
    return this;
  }

  undo(): this {
    this.state.undo();
    return this;
  }

  redo(): this {
    this.state.redo();
    return this;
  }

  /** The text as the editor reports it after typing or a load (`setText`). */
  type(text: string): this {
    this.state.setText(text);
    return this;
  }

  select(selection: Partial<FzSelection>, source: 'canvas' | 'code' = 'canvas'): this {
    this.state.select({ nodes: selection.nodes ?? [], edges: selection.edges ?? [] }, source);
    return this;
  }
}

/**
 * A stand-in for Monaco behind the editor port: a text with an undo stack of edit batches, which
 * reports every change to the store through `setText`, as the code pane's change listener does.
 * Each `applyEdits` batch is its own undo step; `log` records what reached the "editor".
 */
export class FakeEditor implements FzEditorPort {
  readonly log: string[] = [];
  private value: string;
  private readonly past: string[] = [];
  private readonly future: string[] = [];

  constructor(private readonly store: StoreApi<StudioState>) {
    this.value = store.getState().text;
  }

  text(): string {
    return this.value;
  }

  applyEdits(edits: readonly FzTextEdit[]): boolean {
    this.log.push(`edits:${edits.length}`);
    let next = this.value;
    for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
      next = next.slice(0, edit.start) + edit.insert + next.slice(edit.end);
    }
    this.past.push(this.value);
    this.future.length = 0;
    this.show(next);
    return true;
  }

  undo(): void {
    this.log.push('undo');
    const previous = this.past.pop();
    if (previous === undefined) return;
    this.future.push(this.value);
    this.show(previous);
  }

  redo(): void {
    this.log.push('redo');
    const next = this.future.pop();
    if (next === undefined) return;
    this.past.push(this.value);
    this.show(next);
  }

  canUndo(): boolean {
    return this.past.length > 0;
  }

  canRedo(): boolean {
    return this.future.length > 0;
  }

  private show(text: string): void {
    this.value = text;
    this.store.getState().setText(text);
  }
}
