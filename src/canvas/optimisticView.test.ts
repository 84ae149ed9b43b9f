import { describe, expect, it } from 'vitest';
import { NO_OPTIMISM, withChange } from './optimisticView';

describe('withChange', () => {
  it('shows a written node label at once', () => {
    const view = withChange(NO_OPTIMISM, { kind: 'setNodeLabel', node: 'n5', label: 'Paid?' });
    expect(view.labels).toEqual({ n5: 'Paid?' });
    expect(view.removed.size).toBe(0);
    expect(NO_OPTIMISM.labels).toEqual({});
  });

  it('hides deleted nodes and edges at once, adding to what is already pending', () => {
    const renamed = withChange(NO_OPTIMISM, { kind: 'setNodeLabel', node: 'n1', label: 'Go' });
    const view = withChange(renamed, { kind: 'deleteElements', nodes: ['n2'], edges: ['e4'] });
    expect([...view.removed].sort()).toEqual(['e4', 'n2']);
    expect(view.labels).toEqual({ n1: 'Go' });
    expect(NO_OPTIMISM.removed.size).toBe(0);
  });

  it('leaves the view as it is for changes whose result needs the new drawing', () => {
    expect(withChange(NO_OPTIMISM, { kind: 'setNodeShape', node: 'n1', shape: 'circle' })).toBe(
      NO_OPTIMISM,
    );
    expect(withChange(NO_OPTIMISM, { kind: 'renumberNodes' })).toBe(NO_OPTIMISM);
  });
});
