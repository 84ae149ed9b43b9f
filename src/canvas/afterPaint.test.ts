import { describe, expect, it } from 'vitest';
import { createAfterPaintGate, type FzPaintScheduler } from './afterPaint';

/** A hand-driven scheduler: `paint()` runs the waiting frame callbacks, `runTasks()` the tasks. */
function manualScheduler() {
  let frames: (() => void)[] = [];
  let tasks: (() => void)[] = [];
  const scheduler: FzPaintScheduler = {
    frame(callback) {
      frames.push(callback);
      return () => (frames = frames.filter((f) => f !== callback));
    },
    task(callback) {
      tasks.push(callback);
      return () => (tasks = tasks.filter((t) => t !== callback));
    },
  };
  return {
    scheduler,
    paint() {
      const due = frames;
      frames = [];
      due.forEach((f) => f());
    },
    runTasks() {
      const due = tasks;
      tasks = [];
      due.forEach((t) => t());
    },
  };
}

describe('createAfterPaintGate', () => {
  it('hands a value on only after the next frame, in a task of its own', () => {
    const clock = manualScheduler();
    const shown: string[] = [];
    const gate = createAfterPaintGate<string>(clock.scheduler, (v) => shown.push(v));
    gate.offer('a');
    clock.runTasks();
    expect(shown).toEqual([]);
    clock.paint();
    expect(shown).toEqual([]);
    clock.runTasks();
    expect(shown).toEqual(['a']);
  });

  it('shows only the newest of several offers, once, without restarting the wait', () => {
    const clock = manualScheduler();
    const shown: number[] = [];
    const gate = createAfterPaintGate<number>(clock.scheduler, (v) => shown.push(v));
    gate.offer(1);
    gate.offer(2);
    clock.paint();
    gate.offer(3);
    clock.runTasks();
    expect(shown).toEqual([3]);
    clock.paint();
    clock.runTasks();
    expect(shown).toEqual([3]);
  });

  it('shows nothing once destroyed', () => {
    const clock = manualScheduler();
    const shown: number[] = [];
    const gate = createAfterPaintGate<number>(clock.scheduler, (v) => shown.push(v));
    gate.offer(1);
    clock.paint();
    gate.destroy();
    clock.runTasks();
    gate.offer(2);
    clock.paint();
    clock.runTasks();
    expect(shown).toEqual([]);
  });
});
