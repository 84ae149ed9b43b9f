import { expect, type Locator, type Page } from '@playwright/test';
import { StudioPage } from './StudioPage';

/** The four FlowZap handles (React Flow handle ids on every node). */
export type FzHandleSide = 'left' | 'right' | 'top' | 'bottom';

/** Test ids of the canvas's editing UI (see `src/canvas/*`). */
export const CANVAS_TID = {
  menu: 'canvas-menu',
  editor: 'inline-editor',
  toast: 'canvas-toast',
  renumber: 'offer-renumber',
  laneAdd: 'lane-add',
  paletteTarget: 'palette-target',
} as const;

interface Point {
  x: number;
  y: number;
}

function centre(box: { x: number; y: number; width: number; height: number }): Point {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Page object of the canvas as an editor: one method per gesture (palette, drag, connect,
 * reconnect, rename in place, context menu, lane controls, keys), locators by test id. Built on
 * {@link StudioPage} for the text and window API.
 */
export class CanvasPage {
  readonly studio: StudioPage;
  readonly canvas: Locator;
  readonly menu: Locator;
  readonly editor: Locator;
  readonly toast: Locator;
  readonly renumberOffer: Locator;

  constructor(readonly page: Page) {
    this.studio = new StudioPage(page);
    this.canvas = this.studio.canvas;
    this.menu = page.getByTestId(CANVAS_TID.menu);
    this.editor = page.getByTestId(CANVAS_TID.editor);
    this.toast = page.getByTestId(CANVAS_TID.toast);
    this.renumberOffer = page.getByTestId(CANVAS_TID.renumber);
  }

  node(id: string): Locator {
    return this.page.getByTestId(`fz-node-${id}`);
  }

  lane(id: string): Locator {
    return this.page.getByTestId(`fz-lane-${id}`);
  }

  edgeLabel(id: string): Locator {
    return this.page.getByTestId(`fz-edge-label-${id}`);
  }

  menuItem(name: string): Locator {
    return this.page.getByTestId(`menu-${name}`);
  }

  /**
   * Opens the studio, loads `text` through the window API (a load: fresh undo history) and waits
   * until every node in `nodeIds` is drawn and the layout has stopped moving.
   */
  async load(text: string, nodeIds: readonly string[]): Promise<void> {
    await this.studio.open();
    await this.studio.setText(text);
    await expect.poll(() => this.studio.getText()).toBe(text);
    await expect(this.studio.nodes).toHaveCount(nodeIds.length, { timeout: 20_000 });
    for (const id of nodeIds) await expect(this.node(id)).toBeVisible();
    await this.waitForStillLayout();
  }

  /** Waits until two looks at the node boxes in a row agree (the ELK answer has been drawn). */
  async waitForStillLayout(): Promise<void> {
    const boxes = () =>
      this.page.evaluate(() =>
        [...document.querySelectorAll('[data-testid^="fz-node-n"], [data-testid^="fz-lane-"]')]
          .map((e) => {
            const r = e.getBoundingClientRect();
            return `${e.getAttribute('data-testid')}:${Math.round(r.x)},${Math.round(r.y)},${Math.round(r.width)}`;
          })
          .join(' '),
      );
    let last = '';
    await expect
      .poll(async () => {
        const now = await boxes();
        const still = now === last;
        last = now;
        return still;
      })
      .toBe(true);
  }

  async text(): Promise<string> {
    return this.studio.getText();
  }

  /** Waits for the text to become exactly `expected`. */
  async expectText(expected: string): Promise<void> {
    await expect.poll(() => this.studio.getText()).toBe(expected);
  }

  /** One Ctrl/Cmd+Z with the focus on the canvas. */
  async undo(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+z');
  }

  async selectNode(id: string, options: { add?: boolean } = {}): Promise<void> {
    await this.node(id).click({ modifiers: options.add ? ['ControlOrMeta'] : [] });
  }

  async pressDelete(): Promise<void> {
    await this.page.keyboard.press('Delete');
  }

  /** Double-clicks a node, types `text` into its inline editor and presses Enter (or Escape). */
  async renameNode(id: string, text: string, finish: 'Enter' | 'Escape' = 'Enter'): Promise<void> {
    await this.node(id).dblclick();
    await expect(this.editor).toBeFocused();
    await this.editor.fill(text);
    await this.editor.press(finish);
    await expect(this.editor).toHaveCount(0);
  }

  /** Right-clicks a node and returns once its context menu is open. */
  async openNodeMenu(id: string): Promise<void> {
    await this.node(id).click({ button: 'right' });
    await expect(this.menu).toBeVisible();
  }

  /** Chooses `item`, then `sub` in the submenu it opens (e.g. `shape`, `shape-diamond`). */
  async chooseMenu(item: string, sub?: string): Promise<void> {
    await this.menuItem(item).click();
    if (sub) await this.menuItem(sub).click();
    await expect(this.menu).toHaveCount(0);
  }

  /** The centre of a lane's band, at the horizontal position `x` (page pixels). */
  async laneCentreAt(laneId: string, x: number): Promise<Point> {
    const box = (await this.lane(laneId).boundingBox())!;
    return { x, y: box.y + box.height / 2 };
  }

  /** Drags a node by its middle to `to` (page pixels) with real mouse moves. */
  async dragNodeTo(id: string, to: Point): Promise<void> {
    const from = centre((await this.node(id).boundingBox())!);
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + 8, from.y + 8, { steps: 4 });
    await this.page.mouse.move(to.x, to.y, { steps: 12 });
    await this.page.mouse.up();
  }

  /** Where a node's handle is on the page. */
  async handlePoint(id: string, side: FzHandleSide): Promise<Point> {
    const handle = this.node(id).locator(`.react-flow__handle[data-handleid="${side}"]`);
    return centre((await handle.boundingBox())!);
  }

  /** Drags from one node's handle to another's, as a person draws an edge. */
  async connect(from: string, fromSide: FzHandleSide, to: string, toSide: FzHandleSide) {
    const a = await this.handlePoint(from, fromSide);
    const b = await this.handlePoint(to, toSide);
    await this.node(from).hover();
    await this.page.mouse.move(a.x, a.y);
    await this.page.mouse.down();
    await this.page.mouse.move(a.x + 10, a.y + 10, { steps: 4 });
    await this.page.mouse.move(b.x, b.y, { steps: 12 });
    await this.page.mouse.up();
  }

  /**
   * Grabs one end of an edge (React Flow's reconnect anchor, just outside the node it touches)
   * and drops it on another node's handle.
   */
  async reconnect(
    edgeId: string,
    end: 'source' | 'target',
    atSide: FzHandleSide,
    to: string,
    toSide: FzHandleSide,
  ) {
    const anchor = this.page.locator(
      `[data-testid="fz-edge-${edgeId}"] .react-flow__edgeupdater-${end}`,
    );
    const c = centre((await anchor.boundingBox())!);
    // Half of the anchor circle lies under the node; grab the half outside it.
    const out = { left: [-6, 0], right: [6, 0], top: [0, -6], bottom: [0, 6] }[atSide];
    const grab = { x: c.x + out[0]!, y: c.y + out[1]! };
    const b = await this.handlePoint(to, toSide);
    await this.page.mouse.move(grab.x, grab.y);
    await this.page.mouse.down();
    await this.page.mouse.move(grab.x + 10, grab.y + 10, { steps: 4 });
    await this.page.mouse.move(b.x, b.y, { steps: 12 });
    await this.page.mouse.up();
  }

  /** A point on an edge's path, half-way along it (page pixels). */
  async edgeMiddle(edgeId: string): Promise<Point> {
    return this.page.evaluate((id) => {
      const path = document.querySelector<SVGPathElement>(
        `[data-testid="fz-edge-${id}"] path.react-flow__edge-path`,
      )!;
      const p = path.getPointAtLength(path.getTotalLength() / 2);
      const m = path.getScreenCTM()!;
      return { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f };
    }, edgeId);
  }

  /** Where an edge's drawn path starts and ends (page pixels). */
  async edgeEnds(edgeId: string): Promise<{ start: Point; end: Point }> {
    return this.page.evaluate((id) => {
      const path = document.querySelector<SVGPathElement>(
        `[data-testid="fz-edge-${id}"] path.react-flow__edge-path`,
      )!;
      const m = path.getScreenCTM()!;
      const at = (length: number) => {
        const p = path.getPointAtLength(length);
        return { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f };
      };
      return { start: at(0), end: at(path.getTotalLength()) };
    }, edgeId);
  }

  /** Double-clicks an edge (its label chip when it has one) and types `text` + Enter. */
  async editEdgeLabel(edgeId: string, text: string): Promise<void> {
    if ((await this.edgeLabel(edgeId).count()) > 0) {
      await this.edgeLabel(edgeId).dblclick();
    } else {
      const p = await this.edgeMiddle(edgeId);
      await this.page.mouse.dblclick(p.x, p.y);
    }
    await expect(this.editor).toBeFocused();
    await this.editor.fill(text);
    await this.editor.press('Enter');
    await expect(this.editor).toHaveCount(0);
  }

  /** Double-clicks empty space in a lane's band, `dx` pixels from the lane's right end. */
  async doubleClickLane(laneId: string, dx = 120): Promise<void> {
    const box = (await this.lane(laneId).boundingBox())!;
    const pane = (await this.canvas.boundingBox())!;
    const x = Math.min(box.x + box.width, pane.x + pane.width) - dx;
    await this.page.mouse.dblclick(x, box.y + box.height - 14);
  }

  /** Clicks a palette shape (adds to the palette's target lane). */
  async paletteAdd(shape: string): Promise<void> {
    await this.page.getByTestId(`palette-${shape}`).click();
  }

  /** Drags a palette shape onto a lane's band (HTML5 drag and drop). */
  async paletteDrop(shape: string, laneId: string): Promise<void> {
    const from = centre((await this.page.getByTestId(`palette-${shape}`).boundingBox())!);
    const box = (await this.lane(laneId).boundingBox())!;
    const pane = (await this.canvas.boundingBox())!;
    const to = { x: Math.min(box.x + box.width, pane.x + pane.width) - 160, y: box.y + 30 };
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x, from.y - 20, { steps: 4 });
    await this.page.mouse.move(to.x, to.y, { steps: 12 });
    await this.page.mouse.up();
  }

  /** Opens a lane's menu from its "⋯" button in the lane rail. */
  async openLaneMenu(laneId: string): Promise<void> {
    await this.page.getByTestId(`lane-menu-${laneId}`).click();
    await expect(this.menu).toBeVisible();
  }

  /** "+ Lane", then the new lane's name and Enter. */
  async addLane(name: string): Promise<void> {
    await this.page.getByTestId(CANVAS_TID.laneAdd).click();
    await expect(this.editor).toBeFocused();
    await this.editor.fill(name);
    await this.editor.press('Enter');
    await expect(this.editor).toHaveCount(0);
  }

  /**
   * A point of the canvas (page pixels) where a drag pans the view: over a lane's empty band or
   * the bare pane, clear of nodes, edges, labels and the panels, at least `margin` pixels inside
   * the pane. Scans a grid from the pane's centre outwards; throws if the view is full.
   */
  async backgroundPoint(margin = 120): Promise<Point> {
    const pane = (await this.canvas.boundingBox())!;
    return this.page.evaluate(
      ({ pane, margin }) => {
        const free = (x: number, y: number) => {
          const hit = document.elementFromPoint(x, y);
          if (!hit || !hit.closest('[data-testid="canvas"]')) return false;
          if (hit.closest('.react-flow__panel, .react-flow__edge, .react-flow__edgelabel-renderer'))
            return false;
          const node = hit.closest('.react-flow__node');
          return node === null || (node.getAttribute('data-id') ?? '').startsWith('lane:');
        };
        const cx = pane.x + pane.width / 2;
        const cy = pane.y + pane.height / 2;
        for (let r = 0; r < Math.max(pane.width, pane.height) / 2; r += 12) {
          for (const [dx, dy] of [
            [r, 0],
            [-r, 0],
            [0, r],
            [0, -r],
            [r, r],
            [-r, -r],
            [r, -r],
            [-r, r],
          ]) {
            const x = cx + dx!;
            const y = cy + dy!;
            const inside =
              x > pane.x + margin &&
              x < pane.x + pane.width - margin &&
              y > pane.y + margin / 2 &&
              y < pane.y + pane.height - margin / 2;
            if (inside && free(x, y)) return { x, y };
          }
        }
        throw new Error('no empty background on the canvas to drag');
      },
      { pane, margin },
    );
  }

  /** React Flow's viewport transform now (`translate(…) scale(…)`), to see that a pan moved it. */
  async viewportTransform(): Promise<string> {
    return this.page
      .locator('.react-flow__viewport')
      .evaluate((element) => (element as HTMLElement).style.transform);
  }

  /**
   * Diagram nodes whose box lies wholly inside the pane, at least `margin` pixels from its edges
   * (clear of the palette, controls and minimap), with shape `shape` when given: ids in DOM order.
   */
  async nodesWellInView(margin = 110, shape?: string): Promise<string[]> {
    const pane = (await this.canvas.boundingBox())!;
    return this.page.evaluate(
      ({ pane, margin, shape }) =>
        [...document.querySelectorAll<HTMLElement>('[data-testid^="fz-node-n"]')]
          .filter((element) => !shape || element.dataset.shape === shape)
          .filter((element) => {
            const r = element.getBoundingClientRect();
            return (
              r.left > pane.x + margin &&
              r.right < pane.x + pane.width - margin &&
              r.top > pane.y + margin / 2 &&
              r.bottom < pane.y + pane.height - margin
            );
          })
          .map((element) => element.dataset.testid!.replace('fz-node-', '')),
      { pane, margin, shape },
    );
  }

  /** React Flow's zoom now (the viewport's `scale(…)`; 1 is 100 %). */
  async viewportScale(): Promise<number> {
    const match = /scale\(\s*([\d.]+)\s*\)/.exec(await this.viewportTransform());
    return match ? Number(match[1]) : Number.NaN;
  }

  /**
   * Clicks the zoom controls' "+" (×1.2 about the pane's centre each) until the zoom is at least
   * `scale`; returns the zoom reached.
   */
  async zoomInTo(scale: number): Promise<number> {
    const plus = this.page.locator('.react-flow__controls-zoomin');
    for (let i = 0; i < 40 && (await this.viewportScale()) < scale; i++) {
      const before = await this.viewportScale();
      await plus.click();
      await expect.poll(() => this.viewportScale()).toBeGreaterThan(before);
    }
    return this.viewportScale();
  }

  /**
   * Clicks the zoom controls' "−" (÷1.2 about the pane's centre each) until the zoom is below
   * `scale`; returns the zoom reached.
   */
  async zoomOutBelow(scale: number): Promise<number> {
    const minus = this.page.locator('.react-flow__controls-zoomout');
    for (let i = 0; i < 40 && (await this.viewportScale()) >= scale; i++) {
      const before = await this.viewportScale();
      await minus.click();
      await expect.poll(() => this.viewportScale()).toBeLessThan(before);
    }
    return this.viewportScale();
  }

  /** How much the canvas draws now (`data-detail` on the canvas): `full` or `shapes`. */
  /** How many edges the zoomed-out overview path draws (its `M` commands, one per edge). */
  async overviewEdgeSegments(): Promise<number> {
    const paths = this.page.getByTestId('overview-edges').locator('path');
    const ds = await paths.evaluateAll((list) => list.map((p) => p.getAttribute('d') ?? ''));
    return ds.join(' ').split('M').length - 1;
  }

  async detailLevel(): Promise<string | null> {
    return this.canvas.getAttribute('data-detail');
  }

  /** React Flow's interactive handles (connectable, with `data-nodeid`) of node `id`. */
  connectableHandles(id: string): Locator {
    return this.node(id).locator('.react-flow__handle[data-nodeid]');
  }

  /**
   * Zooms in with the mouse wheel over node `id` (the node stays under the pointer) until the zoom
   * is at least `scale`; returns the zoom reached.
   */
  async zoomAtNode(id: string, scale: number): Promise<number> {
    for (let i = 0; i < 60 && (await this.viewportScale()) < scale; i++) {
      const at = centre((await this.node(id).boundingBox())!);
      await this.page.mouse.move(at.x, at.y);
      const before = await this.viewportScale();
      await this.page.mouse.wheel(0, -120);
      await expect.poll(() => this.viewportScale()).toBeGreaterThan(before);
    }
    return this.viewportScale();
  }

  /** The drawn node (with shape `shape` when given) nearest the pane's centre, or null. */
  async nodeNearestCentre(shape?: string): Promise<string | null> {
    const pane = (await this.canvas.boundingBox())!;
    return this.page.evaluate(
      ({ pane, shape }) => {
        const cx = pane.x + pane.width / 2;
        const cy = pane.y + pane.height / 2;
        let best: { id: string; d: number } | null = null;
        for (const element of document.querySelectorAll<HTMLElement>(
          '[data-testid^="fz-node-n"]',
        )) {
          if (shape && element.dataset.shape !== shape) continue;
          const r = element.getBoundingClientRect();
          const d = Math.hypot(r.x + r.width / 2 - cx, r.y + r.height / 2 - cy);
          if (!best || d < best.d)
            best = { id: element.dataset.testid!.replace('fz-node-', ''), d };
        }
        return best?.id ?? null;
      },
      { pane, shape },
    );
  }
}
