import { useStudio } from '../store/useStudio';
import { FZ_EXAMPLES } from './examples';

/**
 * "Open example…": replaces the text with one of our example documents as one undoable edit
 * (`replaceText`), so one Ctrl+Z, in the editor or on the canvas, brings back the exact previous
 * text (known pitfall BR-05: loading a sample must never destroy unsaved work). A native
 * `<select>`, so it is keyboard- and screen-reader-friendly as it is; it snaps back to its
 * prompt after each choice.
 */
export function OpenExampleMenu() {
  const replaceText = useStudio((s) => s.replaceText);
  return (
    <select
      className="open-example"
      data-testid="open-example"
      aria-label="Open example"
      value=""
      onChange={(event) => {
        const example = FZ_EXAMPLES.find((e) => e.id === event.target.value);
        if (example) replaceText(example.text);
      }}
    >
      <option value="" disabled>
        Open example…
      </option>
      {FZ_EXAMPLES.map((example) => (
        <option key={example.id} value={example.id}>
          {example.title}
        </option>
      ))}
    </select>
  );
}
