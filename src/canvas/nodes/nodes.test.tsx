import { ReactFlowProvider } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import type { ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { FzNode } from '../../core/model/types';
import { createStore } from 'zustand/vanilla';
import { CanvasDetailContext, type FzDetailLevel } from '../detailLevel';
import { NO_OPTIMISM, withChange, type FzOptimisticView } from '../optimisticView';
import { CanvasOptimismContext } from '../useOptimism';
import type { FzShapeFlowNode, FzShapeNodeData } from '../flowTypes';
import { FZ_NODE_TYPES } from './nodeTypes';
import { taskboxTitle } from './TaskboxNode';

const RANGE = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 };

function render(
  type: keyof typeof FZ_NODE_TYPES,
  data: FzShapeNodeData,
  detail: FzDetailLevel = 'full',
  pending: FzOptimisticView = NO_OPTIMISM,
): string {
  const Node = FZ_NODE_TYPES[type] as ComponentType<NodeProps<FzShapeFlowNode>>;
  const props = {
    id: data.node.id,
    type,
    data,
    selected: false,
    dragging: false,
    zIndex: 0,
    isConnectable: false,
    positionAbsoluteX: 0,
    positionAbsoluteY: 0,
    selectable: true,
    deletable: true,
    draggable: true,
  } as NodeProps<FzShapeFlowNode>;
  return renderToStaticMarkup(
    <ReactFlowProvider>
      <CanvasDetailContext value={detail}>
        <CanvasOptimismContext value={createStore(() => pending)}>
          <Node {...props} />
        </CanvasOptimismContext>
      </CanvasDetailContext>
    </ReactFlowProvider>,
  );
}

function node(shape: FzNode['shape'], label: string, extra: Partial<FzNode> = {}): FzNode {
  return { id: 'n7', lane: 'A', shape, label, range: RANGE, ...extra };
}

describe('shape nodes', () => {
  it.each([
    ['fzCircle', 'circle'],
    ['fzRectangle', 'rectangle'],
    ['fzDiamond', 'diamond'],
    ['fzTaskbox', 'taskbox'],
  ] as const)('%s has the test id, data-shape and four named handles', (type, shape) => {
    const html = render(type, { node: node(shape, 'Check token') });
    expect(html).toContain('data-testid="fz-node-n7"');
    expect(html).toContain(`data-shape="${shape}"`);
    for (const side of ['left', 'right', 'top', 'bottom']) {
      expect(html).toContain(`data-handleid="${side}"`);
    }
    expect(html).toContain('>Check token<');
  });

  it('renders labels as inert text, never as markup', () => {
    const html = render('fzRectangle', { node: node('rectangle', '<img src=x onerror=alert(1)>') });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('lets right-to-left labels pick their own direction', () => {
    const html = render('fzRectangle', { node: node('rectangle', 'موازن التحميل') });
    expect(html).toMatch(/dir="auto"[^>]*>موازن التحميل</);
  });

  it('draws the diamond as a rotated square behind an unrotated label', () => {
    const html = render('fzDiamond', { node: node('diamond', 'Valid?') });
    expect(html).toContain('class="fz-diamond__shape"');
    expect(html).toContain('class="fz-diamond__text"');
  });

  it('lists a taskbox’s sub-items and shows owner, description and system', () => {
    const html = render('fzTaskbox', {
      node: node('taskbox', 'Review|Check docs|Verify', {
        subItems: ['Check docs', 'Verify'],
        owner: 'Ops team',
        description: 'Weekly review',
        system: 'Back office',
      }),
    });
    expect(html).toMatch(
      /<ul class="fz-taskbox__items"><li dir="auto">Check docs<\/li><li dir="auto">Verify<\/li><\/ul>/,
    );
    for (const text of ['Ops team', 'Weekly review', 'Back office']) expect(html).toContain(text);
  });

  it('shows a badge with all counters in its title only when the node has one', () => {
    const plain = render('fzRectangle', { node: node('rectangle', 'Limit') });
    expect(plain).not.toContain('fz-node-badge-');
    const html = render('fzRectangle', {
      node: node('rectangle', 'Limit'),
      badge: { arrivals: 12, passed: 9, rejected: 3 },
    });
    expect(html).toContain('data-testid="fz-node-badge-n7"');
    expect(html).toContain('title="12 arrived · 9 passed · 3 rejected"');
    expect(html).toContain('9 ✓');
    expect(html).toContain('3 ✗');
  });
});

describe('shape nodes zoomed out (detail level "shapes")', () => {
  const taskbox = node('taskbox', 'Review|Check docs', {
    subItems: ['Check docs'],
    owner: 'Ops team',
  });

  it.each([
    ['fzCircle', 'circle'],
    ['fzRectangle', 'rectangle'],
    ['fzDiamond', 'diamond'],
  ] as const)('%s keeps its test id and shape but draws no label', (type, shape) => {
    const html = render(type, { node: node(shape, 'Check token') }, 'shapes');
    expect(html).toContain('data-testid="fz-node-n7"');
    expect(html).toContain(`data-shape="${shape}"`);
    expect(html).not.toContain('>Check token<');
    expect(html).not.toContain('fz-node__label');
  });

  it('draws a taskbox as its card only: no title, sub-items or meta lines', () => {
    const html = render('fzTaskbox', { node: taskbox }, 'shapes');
    expect(html).toContain('class="fz-taskbox"');
    for (const text of ['>Review<', 'Check docs</li>', 'Ops team'])
      expect(html).not.toContain(text);
  });

  it('has inert stand-ins where the four handles are, and no badge or problem icon', () => {
    const html = render(
      'fzRectangle',
      {
        node: node('rectangle', 'Limit'),
        badge: { arrivals: 1, passed: 1, rejected: 0 },
        problem: { severity: 'error', count: 1 },
      },
      'shapes',
    );
    for (const side of ['left', 'right', 'top', 'bottom']) {
      expect(html).toContain(`data-handleid="${side}"`);
    }
    expect(html.match(/fz-handle--static/g)).toHaveLength(4);
    // React Flow's interactive handles carry data-nodeid; the stand-ins are plain boxes.
    expect(html).not.toContain('data-nodeid');
    expect(html).not.toContain('fz-node-badge-');
    expect(html).toContain('fz-node--problem-error');
    expect(html).not.toContain('fz-node-problem-');
  });

  it('draws the full node again at the full detail level', () => {
    const html = render('fzTaskbox', { node: taskbox }, 'full');
    expect(html).toContain('>Review<');
    expect(html).toContain('Check docs</li>');
    expect(html).not.toContain('fz-handle--static');
  });
});

describe('shape nodes right after a gesture, before the canvas re-draws', () => {
  it.each([
    ['fzCircle', 'circle'],
    ['fzRectangle', 'rectangle'],
    ['fzDiamond', 'diamond'],
  ] as const)('%s shows the label a rename just wrote', (type, shape) => {
    const pending = withChange(NO_OPTIMISM, { kind: 'setNodeLabel', node: 'n7', label: 'Renamed' });
    const html = render(type, { node: node(shape, 'Check token') }, 'full', pending);
    expect(html).toContain('>Renamed<');
    expect(html).toContain('title="Renamed"');
    expect(html).not.toContain('Check token');
  });

  it('shows a renamed taskbox’s new title', () => {
    const pending = withChange(NO_OPTIMISM, { kind: 'setNodeLabel', node: 'n7', label: 'Audit' });
    const html = render('fzTaskbox', { node: node('taskbox', 'Review') }, 'full', pending);
    expect(html).toContain('>Audit<');
  });

  it('hides a node a Delete just removed, and only that node', () => {
    const pending = withChange(NO_OPTIMISM, { kind: 'deleteElements', nodes: ['n7'], edges: [] });
    expect(render('fzRectangle', { node: node('rectangle', 'Gone') }, 'full', pending)).toContain(
      'fz-node--removed',
    );
    const other = withChange(NO_OPTIMISM, { kind: 'deleteElements', nodes: ['n8'], edges: [] });
    expect(render('fzRectangle', { node: node('rectangle', 'Kept') }, 'full', other)).not.toContain(
      'fz-node--removed',
    );
  });
});

describe('taskboxTitle', () => {
  it('shows the part before the first bar when the label carries the sub-items', () => {
    expect(taskboxTitle(node('taskbox', 'Review|Check docs', { subItems: ['Check docs'] }))).toBe(
      'Review',
    );
    expect(taskboxTitle(node('taskbox', 'Plain title'))).toBe('Plain title');
  });
});
