import { useStore } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
import { useEffect, useRef, useState } from 'react';
import { flowToPane, type FzBox } from './gestures/anchors';

const selectTransform = (state: ReactFlowState) => state.transform;

/** Props of {@link InlineLabelEditor}. */
export interface InlineLabelEditorProps {
  /** The text the input starts with (selected, so typing replaces it). */
  initial: string;
  /** The box (flow pixels) the input covers; it follows pan and zoom but keeps a readable size. */
  box: FzBox;
  /** Accessible name, e.g. "Label of n5". */
  label: string;
  placeholder?: string;
  testId: string;
  /** Enter (or leaving the field): the text as typed. */
  onCommit: (text: string) => void;
  /** Escape: nothing is written. */
  onCancel: () => void;
}

/**
 * A one-line text input laid over a node, edge label or lane header for renaming in place. Enter
 * commits, Escape cancels, and moving focus away commits (as in tldraw and excalidraw); only one
 * of them ever reaches the caller. The text stays plain text: it is handed to the edit as typed
 * and never rendered as markup.
 */
export function InlineLabelEditor({
  initial,
  box,
  label,
  placeholder,
  testId,
  onCommit,
  onCancel,
}: InlineLabelEditorProps) {
  const [value, setValue] = useState(initial);
  const done = useRef(false);
  const input = useRef<HTMLInputElement>(null);
  const transform = useStore(selectTransform);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const finish = (commit: boolean) => {
    if (done.current) return;
    done.current = true;
    if (commit) onCommit(input.current?.value ?? value);
    else onCancel();
  };

  const zoom = transform[2];
  const topLeft = flowToPane(box, transform);
  const width = Math.max(box.width * zoom, 160);
  const centreY = topLeft.y + (box.height * zoom) / 2;
  return (
    <input
      ref={input}
      className="fz-inline-editor nodrag nopan nowheel"
      data-testid={testId}
      aria-label={label}
      placeholder={placeholder}
      dir="auto"
      value={value}
      style={{ left: topLeft.x + (box.width * zoom - width) / 2, top: centreY - 15, width }}
      onChange={(event) => setValue(event.target.value)}
      onKeyDown={(event) => {
        // Keys typed here belong to the text, never to the canvas's shortcuts.
        event.stopPropagation();
        if (event.key === 'Enter') {
          event.preventDefault();
          finish(true);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          finish(false);
        }
      }}
      onBlur={() => finish(true)}
    />
  );
}
