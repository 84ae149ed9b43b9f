import type { NodeProps } from '@xyflow/react';
import type { FzNode } from '../../core/model/types';
import { useDetailLevel } from '../detailLevel';
import type { FzShapeFlowNode } from '../flowTypes';
import { useShownLabel } from '../useOptimism';
import { NodeFrame, NodeLabel } from './NodeFrame';

/**
 * The title of a taskbox: with sub-items, a `|`-separated label shows only its first part (the
 * rest are the items); otherwise the whole label.
 */
export function taskboxTitle(node: FzNode): string {
  if (node.subItems && node.subItems.length > 0 && node.label.includes('|')) {
    return node.label.split('|')[0]!.trim() || node.label;
  }
  return node.label;
}

/**
 * A `taskbox` node: a card with its title, its sub-items as a list, and small meta lines (only the
 * card at the `shapes` detail level).
 */
export function TaskboxNode({ data, selected }: NodeProps<FzShapeFlowNode>) {
  const label = useShownLabel(data.node.id, data.node.label);
  const node = label === data.node.label ? data.node : { ...data.node, label };
  const full = useDetailLevel() === 'full';
  const meta: [string, string | undefined][] = [
    ['owner', node.owner],
    ['description', node.description],
    ['system', node.system],
  ];
  return (
    <NodeFrame data={data} selected={selected}>
      <div className="fz-taskbox">
        <NodeLabel text={taskboxTitle(node)} className="fz-taskbox__title" />
        {full && node.subItems && node.subItems.length > 0 ? (
          <ul className="fz-taskbox__items">
            {node.subItems.map((item, index) => (
              <li key={index} dir="auto">
                {item}
              </li>
            ))}
          </ul>
        ) : null}
        {meta.map(([key, value]) =>
          full && value ? (
            <div
              key={key}
              className={`fz-taskbox__meta fz-taskbox__${key}`}
              title={`${key}: ${value}`}
            >
              <span className="fz-taskbox__key">{key}</span> <span dir="auto">{value}</span>
            </div>
          ) : null,
        )}
      </div>
    </NodeFrame>
  );
}
