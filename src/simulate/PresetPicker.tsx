import { useMemo } from 'react';
import { presetScenarios } from '../core/sim';
import { useStudio } from '../store/useStudio';
import { selectCanvasDiagram, selectPresetId, selectSim } from '../store/selectors';

/** The three traffic presets as a radio group (`sim-preset-<id>`); the chosen one runs on Run. */
export function PresetPicker() {
  const diagram = useStudio(selectCanvasDiagram);
  const presetId = useStudio(selectPresetId);
  const running = useStudio((s) => selectSim(s).status === 'running');
  const selectPreset = useStudio((s) => s.selectPreset);
  const presets = useMemo(() => presetScenarios(diagram), [diagram]);

  return (
    <fieldset className="preset-picker" data-testid="sim-presets" disabled={running}>
      <legend>Traffic</legend>
      {presets.map((preset) => (
        <label
          key={preset.id}
          className={preset.id === presetId ? 'preset preset-selected' : 'preset'}
          title={preset.description}
        >
          <input
            type="radio"
            name="sim-preset"
            value={preset.id}
            checked={preset.id === presetId}
            onChange={() => selectPreset(preset.id)}
            data-testid={`sim-preset-${preset.id}`}
          />
          <span className="preset-label">{preset.label}</span>
          <span className="preset-description">{preset.description}</span>
        </label>
      ))}
    </fieldset>
  );
}
