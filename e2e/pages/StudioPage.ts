import { expect, type Locator, type Page } from '@playwright/test';
import type { FzStudioEditorSelection, FzStudioMarker } from '../../src/app/windowApi';
import type { FzChange, FzEditResult } from '../../src/core/edit/types';
import type { FzSelection } from '../../src/store/types';

/** Test ids the suite relies on (the canvas ids come from the canvas component). */
export const TID = {
  codePane: 'code-pane',
  canvas: 'canvas',
  staleBanner: 'canvas-stale',
  run: 'sim-run',
  result: 'sim-result',
  progress: 'sim-progress',
  mswStatus: 'msw-status',
  themeToggle: 'theme-toggle',
  splitHandle: 'split-handle',
  problemCount: 'problem-count',
  openExample: 'open-example',
  relayout: 'relayout',
  layoutProgress: 'layout-progress',
  canvasControls: 'canvas-controls',
  workspaceStatus: 'workspace-status',
} as const;

/** Page object of the studio: one method per user gesture, locators by test id. */
export class StudioPage {
  readonly codePane: Locator;
  readonly canvas: Locator;
  /** Diagram nodes on the canvas (`fz-node-n…`; badges are `fz-node-badge-…` and excluded). */
  readonly nodes: Locator;
  readonly staleBanner: Locator;
  readonly runButton: Locator;
  readonly result: Locator;

  constructor(readonly page: Page) {
    this.codePane = page.getByTestId(TID.codePane);
    this.canvas = page.getByTestId(TID.canvas);
    this.nodes = page.locator('[data-testid^="fz-node-n"]');
    this.staleBanner = page.getByTestId(TID.staleBanner);
    this.runButton = page.getByTestId(TID.run);
    this.result = page.getByTestId(TID.result);
  }

  node(id: string): Locator {
    return this.page.getByTestId(`fz-node-${id}`);
  }

  badge(id: string): Locator {
    return this.page.getByTestId(`fz-node-badge-${id}`);
  }

  status(code: number | string): Locator {
    return this.page.getByTestId(`sim-status-${code}`);
  }

  /** Opens the studio and waits until Monaco shows text and the canvas has drawn nodes. */
  async open(): Promise<void> {
    // Relative, so that a test whose baseURL has a sub-path (BR-13) opens the studio there.
    await this.page.goto('./');
    await expect(this.codePane.locator('.view-lines')).toContainText('n1:');
    await expect(this.nodes.first()).toBeVisible({ timeout: 20_000 });
  }

  async getText(): Promise<string> {
    return this.page.evaluate(() => window.__fzStudio!.getText());
  }

  /** Replaces the whole text through the window API (as a paste would). */
  async setText(text: string): Promise<void> {
    await this.page.evaluate((t) => window.__fzStudio!.setText(t), text);
  }

  async markers(): Promise<FzStudioMarker[]> {
    return this.page.evaluate(() => window.__fzStudio!.getMarkers());
  }

  async lastResultJson(): Promise<string | null> {
    return this.page.evaluate(() => window.__fzStudio!.lastResultJson());
  }

  /**
   * Focuses Monaco by clicking its text area near the top left corner (right of the line numbers),
   * a point that stays on screen however the editor is scrolled.
   */
  async focusEditor(): Promise<void> {
    await this.codePane.click({ position: { x: 120, y: 8 } });
  }

  /** Puts the caret at the end of line `lineNumber` (1-based) of the editor. */
  async caretToEndOfLine(lineNumber: number): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press('ControlOrMeta+Home');
    for (let i = 1; i < lineNumber; i++) await this.page.keyboard.press('ArrowDown');
    await this.page.keyboard.press('End');
  }

  /**
   * Types a new line after line `lineNumber`. `insertText` is used because `keyboard.type` drops
   * spaces in Monaco (it edits through the EditContext API in Chromium).
   */
  async insertLineAfter(lineNumber: number, text: string): Promise<void> {
    await this.caretToEndOfLine(lineNumber);
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.insertText(text);
  }

  /** Presses Enter `count` times at the very start of the document. */
  async insertBlankLinesAtStart(count: number): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press('ControlOrMeta+Home');
    for (let i = 0; i < count; i++) await this.page.keyboard.press('Enter');
  }

  /** Deletes line `lineNumber` with Monaco's delete-line command. */
  async deleteLine(lineNumber: number): Promise<void> {
    await this.caretToEndOfLine(lineNumber);
    await this.page.keyboard.press('ControlOrMeta+Shift+K');
  }

  /** The canvas edge with edge id `id` (`e1`, `e2`, … in file order). */
  edge(id: string): Locator {
    return this.page.getByTestId(`fz-edge-${id}`);
  }

  /** The problem marker the canvas puts on node `id` while its line has errors or warnings. */
  nodeProblem(id: string): Locator {
    return this.page.getByTestId(`fz-node-problem-${id}`);
  }

  /** Applies a canvas change through the store, exactly as a canvas gesture does. */
  async applyChange(change: FzChange): Promise<FzEditResult> {
    return this.page.evaluate((c) => window.__fzStudio!.applyChange(c), change);
  }

  /** Whether the one undo history has a step to undo. */
  async canUndo(): Promise<boolean> {
    return this.page.evaluate(() => window.__fzStudio!.canUndo());
  }

  /** The selection both panes show. */
  async selection(): Promise<FzSelection> {
    return this.page.evaluate(() => window.__fzStudio!.getSelection());
  }

  /** The editor's selections, one per cursor. */
  async editorSelections(): Promise<FzStudioEditorSelection[]> {
    return this.page.evaluate(() => window.__fzStudio!.getEditorSelections());
  }

  /**
   * Gives the canvas the focus by clicking node `nodeId` (which selects it; palettes and menus on
   * the canvas are not touched), and checks that the editor no longer has the focus.
   */
  async focusCanvas(nodeId = 'n1'): Promise<void> {
    await this.node(nodeId).click();
    await expect
      .poll(() => this.page.evaluate(() => !!document.activeElement?.closest('.monaco-editor')))
      .toBe(false);
  }

  /** Ctrl/Cmd+Z in whatever has the focus. */
  async pressUndo(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+z');
  }

  /** Shift+Ctrl/Cmd+Z, or Ctrl+Y with `{ withY: true }`. */
  async pressRedo(options: { withY?: boolean } = {}): Promise<void> {
    await this.page.keyboard.press(options.withY ? 'Control+y' : 'ControlOrMeta+Shift+z');
  }

  /** Chooses an example in the header's "Open example" menu. */
  async openExample(id: string): Promise<void> {
    await this.page.getByTestId(TID.openExample).selectOption(id);
  }

  async choosePreset(id: string): Promise<void> {
    await this.page.getByTestId(`sim-preset-${id}`).check();
  }

  /** Clicks Run and waits for the result tables. */
  async run(): Promise<void> {
    await this.runButton.click();
    await expect(this.result).toBeVisible({ timeout: 30_000 });
  }

  /**
   * Where React Flow has node `id`, in flow (canvas) pixels: its top-left corner, read from the
   * node wrapper's transform, so zoom and pan do not matter.
   */
  async nodeFlowPosition(id: string): Promise<{ x: number; y: number }> {
    const transform = await this.page
      .locator(`.react-flow__node[data-id="${id}"]`)
      .evaluate((element) => (element as HTMLElement).style.transform);
    const match = /translate\(\s*(-?[\d.]+)px,\s*(-?[\d.]+)px\s*\)/.exec(transform);
    if (!match) throw new Error(`node ${id} has no translate() transform: "${transform}"`);
    return { x: Number(match[1]), y: Number(match[2]) };
  }

  /** Drags node `id` with the mouse by (`dx`, `dy`) screen pixels, in small steps. */
  async dragNodeBy(id: string, dx: number, dy: number): Promise<void> {
    const box = (await this.node(id).boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + dx / 2, y + dy / 2, { steps: 6 });
    await this.page.mouse.move(x + dx, y + dy, { steps: 6 });
    await this.page.mouse.up();
  }

  /** Clicks "Re-layout" on the canvas. */
  async relayout(): Promise<void> {
    await this.page.getByTestId(TID.relayout).click();
  }

  /** Waits until the canvas has a layout and no auto layout is running. */
  async waitForLayoutIdle(): Promise<void> {
    await expect(this.canvas).toHaveAttribute('data-layout', 'ready', { timeout: 20_000 });
    await expect(this.page.getByTestId(TID.canvasControls)).toHaveAttribute(
      'data-layout-run',
      'idle',
      { timeout: 30_000 },
    );
  }

  /** The header's problem count (`data-errors`, `data-warnings`). */
  get problemCount(): Locator {
    return this.page.getByTestId(TID.problemCount);
  }

  /** Puts `text` on the system clipboard (clipboard permissions granted to the page's origin). */
  async copyToClipboard(text: string): Promise<void> {
    const origin = new URL(this.page.url()).origin;
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text);
  }

  /** The system clipboard's text, compared in the page: whether it equals the store's text. */
  async textEqualsClipboard(): Promise<boolean> {
    return this.page.evaluate(
      async () => (await navigator.clipboard.readText()) === window.__fzStudio!.getText(),
    );
  }

  /**
   * Selects all of the editor's text and presses Ctrl/Cmd+V: a real paste of the clipboard (see
   * {@link copyToClipboard}), through Monaco's own paste handling, replacing the document.
   */
  async pasteReplacingAll(): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press('ControlOrMeta+a');
    await this.page.keyboard.press('ControlOrMeta+v');
  }

  // ── Code help (completion, quick-fixes, hover, rename, format): Monaco's own widgets ──

  /** Puts the caret before column `column` (1-based) of line `lineNumber` of the editor. */
  async caretTo(lineNumber: number, column: number): Promise<void> {
    await this.caretToEndOfLine(lineNumber);
    // Home goes to the first non-blank, a second Home to column 1 (and stays there).
    await this.page.keyboard.press('Home');
    await this.page.keyboard.press('Home');
    for (let i = 1; i < column; i++) await this.page.keyboard.press('ArrowRight');
  }

  /** Monaco's suggest widget (completion list). */
  get suggestWidget(): Locator {
    return this.page.locator('.monaco-editor .suggest-widget');
  }

  /** Opens completion at the caret with Ctrl+Space and waits for the list. */
  async triggerSuggest(): Promise<void> {
    await this.page.keyboard.press('Control+Space');
    await expect(this.suggestWidget).toBeVisible();
  }

  /** The labels of the completion items shown now. */
  async suggestionLabels(): Promise<string[]> {
    return this.suggestWidget.locator('.monaco-list-row .label-name').allTextContents();
  }

  /** Opens the quick-fix menu at the caret (Ctrl+.) and applies the fix titled `title`. */
  async applyQuickFix(title: string): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+.');
    // Monaco names each row "<title>, Quick Fix".
    const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const option = this.page.getByRole('option', { name: new RegExp(`^${escaped}(,|$)`) });
    await expect(option).toBeVisible();
    await option.click();
    await expect(option).toBeHidden();
  }

  /** Shows the hover at the caret (Ctrl+K Ctrl+I) and returns its content. */
  async showHover(): Promise<Locator> {
    await this.page.keyboard.press('ControlOrMeta+k');
    await this.page.keyboard.press('ControlOrMeta+i');
    const hover = this.page
      .locator('.monaco-editor .monaco-hover-content')
      .filter({ visible: true });
    await expect(hover.first()).toBeVisible();
    return hover.first();
  }

  /** Renames the symbol at the caret with F2 to `newName`. */
  async renameSymbol(newName: string): Promise<void> {
    await this.page.keyboard.press('F2');
    const input = this.page.locator('.monaco-editor .rename-box input');
    await expect(input).toBeFocused();
    await this.page.keyboard.press('ControlOrMeta+a');
    await this.page.keyboard.insertText(newName);
    await this.page.keyboard.press('Enter');
    await expect(input).toBeHidden();
  }

  /** The message Monaco shows over the editor (a refused rename says why there). */
  get editorMessage(): Locator {
    return this.page.locator('.monaco-editor .monaco-editor-overlaymessage');
  }

  /** Runs "Format Document" from Monaco's command palette (F1). */
  async formatDocument(): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press('F1');
    const palette = this.page.locator('.quick-input-widget');
    await expect(palette).toBeVisible();
    await this.page.keyboard.insertText('Format Document');
    await expect(palette.getByRole('option', { name: /^Format Document/ }).first()).toBeVisible();
    await this.page.keyboard.press('Enter');
    await expect(palette).toBeHidden();
  }
}
