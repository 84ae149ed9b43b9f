import { expect, type Locator, type Page } from '@playwright/test';
import type { FzStudioMarker } from '../../src/app/windowApi';

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

  async choosePreset(id: string): Promise<void> {
    await this.page.getByTestId(`sim-preset-${id}`).check();
  }

  /** Clicks Run and waits for the result tables. */
  async run(): Promise<void> {
    await this.runButton.click();
    await expect(this.result).toBeVisible({ timeout: 30_000 });
  }
}
