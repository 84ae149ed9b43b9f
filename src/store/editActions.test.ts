import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCUMENT } from '../app/defaultDocument';
import { FakeEditor, TestStore } from './testStore';

const RELABELLED = DEFAULT_DOCUMENT.replace('label:"Edge Load Balancer"', 'label:"LB"');
const RECONNECTED = DEFAULT_DOCUMENT.replace(
  'n1.handle(right) -> n2.handle(left)',
  'n1.handle(right) -> n2.handle(top)',
);

describe("applyChange with the store's own history (no editor mounted)", () => {
  it('does, undoes and redoes a label change, byte for byte', () => {
    const t = new TestStore();
    t.apply({ kind: 'setNodeLabel', node: 'n2', label: 'LB' });
    expect(t.text).toBe(RELABELLED);
    expect(t.state.lastGoodDiagram.nodes.find((n) => n.id === 'n2')?.label).toBe('LB');
    expect(t.state.canUndo()).toBe(true);
    t.undo();
    expect(t.text).toBe(DEFAULT_DOCUMENT);
    expect(t.state.canUndo()).toBe(false);
    expect(t.state.canRedo()).toBe(true);
    t.redo();
    expect(t.text).toBe(RELABELLED);
    expect(t.state.canRedo()).toBe(false);
  });

  it('undoes two changes in reverse order and redoes them in order', () => {
    const t = new TestStore();
    t.apply({ kind: 'setNodeLabel', node: 'n2', label: 'LB' });
    t.apply({ kind: 'reconnect', edge: 'e1', end: 'target', node: 'n2', handle: 'top' });
    const both = RELABELLED.replace(
      'n1.handle(right) -> n2.handle(left)',
      'n1.handle(right) -> n2.handle(top)',
    );
    expect(t.text).toBe(both);
    t.undo();
    expect(t.text).toBe(RELABELLED);
    t.undo();
    expect(t.text).toBe(DEFAULT_DOCUMENT);
    t.redo();
    expect(t.text).toBe(RELABELLED);
    t.redo();
    expect(t.text).toBe(both);
  });

  it('drops what was undone when a new change is made', () => {
    const t = new TestStore();
    t.apply({ kind: 'setNodeLabel', node: 'n2', label: 'LB' }).undo();
    t.apply({ kind: 'reconnect', edge: 'e1', end: 'target', node: 'n2', handle: 'top' });
    expect(t.text).toBe(RECONNECTED);
    expect(t.state.canRedo()).toBe(false);
    t.redo();
    expect(t.text).toBe(RECONNECTED);
  });

  it('refuses a change on an unknown node with a message and changes nothing', () => {
    const t = new TestStore();
    const before = t.notifications;
    const result = t.state.applyChange({ kind: 'setNodeLabel', node: 'n99', label: 'X' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/n99/);
    expect(t.text).toBe(DEFAULT_DOCUMENT);
    expect(t.state.canUndo()).toBe(false);
    expect(t.notifications).toBe(before);
  });

  it('does nothing on undo or redo with an empty history', () => {
    const t = new TestStore();
    const before = t.state;
    t.undo().redo();
    expect(t.state).toBe(before);
  });

  it('forgets its history when the text is replaced by a load (setText)', () => {
    const t = new TestStore();
    t.apply({ kind: 'setNodeLabel', node: 'n2', label: 'LB' });
    t.type(DEFAULT_DOCUMENT.replace('"Done"', '"Finished"'));
    expect(t.state.canUndo()).toBe(false);
    t.undo();
    expect(t.text).toBe(DEFAULT_DOCUMENT.replace('"Done"', '"Finished"'));
  });

  it('edits a text with errors elsewhere only where the change points', () => {
    const broken = DEFAULT_DOCUMENT.replace('n3: rectangle', 'n3: hexagon');
    const t = new TestStore(broken);
    t.apply({ kind: 'setNodeLabel', node: 'n2', label: 'LB' });
    expect(t.text).toBe(broken.replace('label:"Edge Load Balancer"', 'label:"LB"'));
    t.undo();
    expect(t.text).toBe(broken);
  });
});

describe('replaceText ("Open example", known pitfall BR-05)', () => {
  const handTyped = 'Mine { # Mine\n  n1: circle label:"Typed by hand"\r\n}\r\n';

  it('replaces the text as one step; one undo brings back the exact previous text', () => {
    const t = new TestStore(handTyped);
    t.state.replaceText(DEFAULT_DOCUMENT);
    expect(t.text).toBe(DEFAULT_DOCUMENT);
    t.undo();
    expect(t.text).toBe(handTyped);
    t.redo();
    expect(t.text).toBe(DEFAULT_DOCUMENT);
  });

  it('records no step when the text is the same', () => {
    const t = new TestStore();
    t.state.replaceText(DEFAULT_DOCUMENT);
    expect(t.state.canUndo()).toBe(false);
  });
});

describe('applyChange through a mounted editor (the editor port)', () => {
  it('sends the edits to the editor as one step, and takes the text back from it', () => {
    const t = new TestStore();
    const editor = new FakeEditor(t.store);
    t.state.attachEditor(editor);
    t.apply({ kind: 'setNodeLabel', node: 'n2', label: 'LB' });
    expect(editor.log).toEqual(['edits:1']);
    expect(editor.text()).toBe(RELABELLED);
    expect(t.text).toBe(RELABELLED);
    expect(t.state.canUndo()).toBe(true);
    t.undo();
    expect(editor.log.at(-1)).toBe('undo');
    expect(t.text).toBe(DEFAULT_DOCUMENT);
    t.redo();
    expect(editor.log.at(-1)).toBe('redo');
    expect(t.text).toBe(RELABELLED);
  });

  it("computes the edits against the editor's text, which may differ (a BOM Monaco dropped)", () => {
    const t = new TestStore('\uFEFF' + DEFAULT_DOCUMENT);
    const editor = new FakeEditor(t.store);
    // Monaco keeps no BOM in its model: the editor's text is the one edits must address.
    (editor as unknown as { value: string }).value = DEFAULT_DOCUMENT;
    t.state.attachEditor(editor);
    t.apply({ kind: 'setNodeLabel', node: 'n2', label: 'LB' });
    expect(t.text).toBe(RELABELLED);
  });

  it("keeps one history at a time: attaching drops the store's own, detaching starts it empty", () => {
    const t = new TestStore();
    t.apply({ kind: 'setNodeLabel', node: 'n2', label: 'LB' });
    const editor = new FakeEditor(t.store);
    const detach = t.state.attachEditor(editor);
    expect(t.state.canUndo()).toBe(false);
    t.apply({ kind: 'reconnect', edge: 'e1', end: 'target', node: 'n2', handle: 'top' });
    detach();
    expect(t.state.canUndo()).toBe(false);
    t.undo();
    expect(editor.log).toEqual(['edits:1']);
    t.apply({ kind: 'setNodeLabel', node: 'n2', label: 'Balancer' });
    expect(editor.log).toEqual(['edits:1']);
    t.undo();
    expect(t.text).toContain('label:"LB"');
  });

  it('replaceText goes through the editor too', () => {
    const t = new TestStore('Only { # Only\n  n1: circle label:"A"\n}\n');
    const editor = new FakeEditor(t.store);
    t.state.attachEditor(editor);
    t.state.replaceText(DEFAULT_DOCUMENT);
    expect(editor.log).toEqual(['edits:1']);
    expect(t.text).toBe(DEFAULT_DOCUMENT);
  });
});
