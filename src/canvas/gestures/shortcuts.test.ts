import { describe, expect, it } from 'vitest';
import { canvasShortcut, type FzKeyPress } from './shortcuts';

function press(key: string, mods: Partial<Omit<FzKeyPress, 'key'>> = {}): FzKeyPress {
  return { key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods };
}

describe('canvasShortcut', () => {
  it('deletes with Delete and Backspace', () => {
    expect(canvasShortcut(press('Delete'))).toBe('delete');
    expect(canvasShortcut(press('Backspace'))).toBe('delete');
  });

  it('treats Ctrl and Cmd alike for copy and paste, upper or lower case', () => {
    for (const mod of [{ ctrlKey: true }, { metaKey: true }]) {
      expect(canvasShortcut(press('c', mod))).toBe('copy');
      expect(canvasShortcut(press('V', mod))).toBe('paste');
    }
  });

  it('leaves undo and redo to the app-wide shortcut', () => {
    expect(canvasShortcut(press('z', { ctrlKey: true }))).toBeNull();
    expect(canvasShortcut(press('y', { metaKey: true }))).toBeNull();
  });

  it('opens the menu with the ContextMenu key and Shift+F10', () => {
    expect(canvasShortcut(press('ContextMenu'))).toBe('menu');
    expect(canvasShortcut(press('F10', { shiftKey: true }))).toBe('menu');
    expect(canvasShortcut(press('F10'))).toBeNull();
  });

  it('ignores plain letters, Alt combinations and unknown chords', () => {
    expect(canvasShortcut(press('c'))).toBeNull();
    expect(canvasShortcut(press('c', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(canvasShortcut(press('Delete', { ctrlKey: true }))).toBeNull();
    expect(canvasShortcut(press('x', { ctrlKey: true }))).toBeNull();
  });
});
