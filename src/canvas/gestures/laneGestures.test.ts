import { describe, expect, it } from 'vitest';
import { buildDiagram } from '../../core/layout/testDiagrams';
import {
  addLaneChange,
  laneIdFromName,
  laneLabelChange,
  moveLaneChange,
  nodesInLane,
} from './laneGestures';

const LANES = [{ id: 'Web' }, { id: 'Api' }, { id: 'Db' }];

describe('laneIdFromName', () => {
  it('makes a PascalCase identifier of the name', () => {
    expect(laneIdFromName('Billing team', [])).toBe('BillingTeam');
    expect(laneIdFromName('  order-service v2 ', [])).toBe('OrderServiceV2');
    expect(laneIdFromName('Zahlungsverkehr (EU)', [])).toBe('ZahlungsverkehrEU');
  });

  it('prefixes Lane where the name alone would not be a lane id', () => {
    expect(laneIdFromName('3rd party', [])).toBe('Lane3rdParty');
    expect(laneIdFromName('n12', [])).toBe('LaneN12');
    expect(laneIdFromName('loop', [])).toBe('LaneLoop');
    expect(laneIdFromName('日本', [])).toBe('Lane');
  });

  it('never reuses an id, not even with other case', () => {
    expect(laneIdFromName('Web', ['Web'])).toBe('Web2');
    expect(laneIdFromName('web', ['Web', 'Web2'])).toBe('Web3');
  });
});

describe('lane edits', () => {
  it('adds a lane named as typed, with an id made from the name', () => {
    expect(addLaneChange(' Billing team ', LANES)).toEqual({
      kind: 'addLane',
      id: 'BillingTeam',
      label: 'Billing team',
    });
    expect(addLaneChange('   ', LANES)).toBeNull();
  });

  it('relabels a lane, ignoring blank or unchanged text', () => {
    expect(laneLabelChange({ id: 'Api', label: 'API' }, 'Gateway tier')).toEqual({
      kind: 'setLaneLabel',
      lane: 'Api',
      label: 'Gateway tier',
    });
    expect(laneLabelChange({ id: 'Api', label: 'API' }, ' ')).toBeNull();
    expect(laneLabelChange({ id: 'Api', label: 'API' }, 'API')).toBeNull();
  });

  it('moves a lane one place up or down, never past either end', () => {
    expect(moveLaneChange(LANES, 'Api', -1)).toEqual({ kind: 'moveLane', lane: 'Api', toIndex: 0 });
    expect(moveLaneChange(LANES, 'Api', 1)).toEqual({ kind: 'moveLane', lane: 'Api', toIndex: 2 });
    expect(moveLaneChange(LANES, 'Web', -1)).toBeNull();
    expect(moveLaneChange(LANES, 'Db', 1)).toBeNull();
    expect(moveLaneChange(LANES, 'Gone', 1)).toBeNull();
  });

  it('counts the nodes a lane declares', () => {
    const diagram = buildDiagram({
      lanes: [
        ['Web', 'Web'],
        ['Api', 'Api'],
      ],
      nodes: [
        ['n1', 'Web', 'circle', 'Start'],
        ['n2', 'Web', 'rectangle', 'Go'],
      ],
    });
    expect(nodesInLane(diagram, 'Web')).toBe(2);
    expect(nodesInLane(diagram, 'Api')).toBe(0);
  });
});
