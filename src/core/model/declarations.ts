/**
 * The first declaration of each node id, stored column-wise in typed arrays: a 50,000-node file
 * then adds no objects for the garbage collector to trace (ids are strings the model keeps anyway).
 */
import { IntList } from './intList';
import { NodeTable } from './nodeTable';

/** Node declarations in file order, with id → index lookup. */
export class Declarations {
  readonly ids: string[] = [];
  private readonly table = new NodeTable();
  private readonly idStarts = new IntList(1024);
  private readonly idEnds = new IntList(1024);
  private readonly lines = new IntList(1024);
  private readonly modelIndexes = new IntList(1024);
  private readonly laneIndexes = new IntList(1024);

  get count(): number {
    return this.ids.length;
  }

  /** Index of the first declaration of `id`, or -1. */
  indexOf(id: string): number {
    return this.table.get(id);
  }

  /**
   * Records a first declaration. `modelIndex` is its index in `diagram.nodes` (-1 when the model
   * leaves it out); `laneIndex` is its lane's index (-1 at the top level).
   */
  add(
    id: string,
    idStart: number,
    idEnd: number,
    line: number,
    modelIndex: number,
    laneIndex: number,
  ): void {
    this.table.set(id, this.ids.length);
    this.ids.push(id);
    this.idStarts.push(idStart);
    this.idEnds.push(idEnd);
    this.lines.push(line);
    this.modelIndexes.push(modelIndex);
    this.laneIndexes.push(laneIndex);
  }

  idStart(i: number): number {
    return this.idStarts.get(i);
  }

  idEnd(i: number): number {
    return this.idEnds.get(i);
  }

  line(i: number): number {
    return this.lines.get(i);
  }

  modelIndex(i: number): number {
    return this.modelIndexes.get(i);
  }

  laneIndex(i: number): number {
    return this.laneIndexes.get(i);
  }
}
