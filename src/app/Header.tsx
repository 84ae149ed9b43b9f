import { useStudio } from '../store/useStudio';
import { selectErrorCount, selectTheme, selectWarningCount } from '../store/selectors';
import { OpenExampleMenu } from './OpenExampleMenu';

interface Props {
  simulateOpen: boolean;
  onToggleSimulate: () => void;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * The toolbar: app name, the text's problem count, "Open example", the Simulate drawer toggle and
 * the theme toggle.
 */
export function Header({ simulateOpen, onToggleSimulate }: Props) {
  const theme = useStudio(selectTheme);
  const errors = useStudio(selectErrorCount);
  const warnings = useStudio(selectWarningCount);
  const toggleTheme = useStudio((s) => s.toggleTheme);
  const next = theme === 'dark' ? 'light' : 'dark';

  return (
    <header className="app-header" data-testid="app-header">
      <h1 className="app-name">
        FlowZap Studio <span className="app-tagline">FlowZap Code, drawn and simulated</span>
      </h1>
      <span
        className={errors > 0 ? 'problems problems-error' : 'problems'}
        data-testid="problem-count"
        data-errors={errors}
        data-warnings={warnings}
      >
        {errors === 0 && warnings === 0
          ? 'No problems'
          : `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`}
      </span>
      <div className="toolbar">
        <OpenExampleMenu />
        <button
          type="button"
          data-testid="simulate-toggle"
          aria-pressed={simulateOpen}
          onClick={onToggleSimulate}
        >
          {simulateOpen ? 'Hide simulate' : 'Simulate'}
        </button>
        <button
          type="button"
          data-testid="theme-toggle"
          data-theme={theme}
          aria-label={`Switch to ${next} theme`}
          onClick={toggleTheme}
        >
          {theme === 'dark' ? '☀ Light' : '☾ Dark'}
        </button>
      </div>
    </header>
  );
}
