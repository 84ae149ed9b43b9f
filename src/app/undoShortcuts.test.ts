import { describe, expect, it } from 'vitest';
import { undoCommandOf } from './undoShortcuts';

const press = (
  key: string,
  mods: Partial<Record<'ctrl' | 'meta' | 'shift' | 'alt', boolean>> = {},
) => ({
  key,
  ctrlKey: !!mods.ctrl,
  metaKey: !!mods.meta,
  shiftKey: !!mods.shift,
  altKey: !!mods.alt,
});

describe('undoCommandOf', () => {
  it('maps Ctrl/Cmd+Z to undo and Shift+Ctrl/Cmd+Z, Ctrl/Cmd+Y to redo', () => {
    expect(undoCommandOf(press('z', { ctrl: true }))).toBe('undo');
    expect(undoCommandOf(press('z', { meta: true }))).toBe('undo');
    expect(undoCommandOf(press('Z', { ctrl: true, shift: true }))).toBe('redo');
    expect(undoCommandOf(press('Z', { meta: true, shift: true }))).toBe('redo');
    expect(undoCommandOf(press('y', { ctrl: true }))).toBe('redo');
  });

  it('ignores other keys, a missing modifier and Alt', () => {
    expect(undoCommandOf(press('z'))).toBeNull();
    expect(undoCommandOf(press('z', { shift: true }))).toBeNull();
    expect(undoCommandOf(press('z', { ctrl: true, alt: true }))).toBeNull();
    expect(undoCommandOf(press('x', { ctrl: true }))).toBeNull();
    expect(undoCommandOf(press('Y', { ctrl: true, shift: true }))).toBeNull();
  });
});
