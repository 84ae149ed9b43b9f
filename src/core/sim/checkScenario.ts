/**
 * Checks a scenario against a diagram without running it: the schema (`parseScenario`), every
 * node setting against the role it lands on (`compileProgram`: limiter, auth, service, health
 * settings; unknown node ids or labels) and each auth node's keys (`checkAuthConfig`, known
 * pitfall BR-18: an HS* algorithm with an RSA or EC key). What `fz validate --scenario` reports.
 */
import { checkAuthConfig } from './auth/checkConfig';
import type { FzDiagram } from '../model/types';
import { compileProgram } from './program';
import { parseScenario } from './scenario';
import { keyPath } from './schemaCheck';

/**
 * The problems of `scenario` (parsed JSON of a `*.scenario.json`) for `diagram`, each one sentence
 * that starts with the key it is about (`nodes.n5.secret: …`), in a stable order; empty when the
 * scenario would run. Never throws, whatever the input.
 */
export function checkScenario(diagram: FzDiagram, scenario: unknown): string[] {
  const parsed = parseScenario(scenario);
  if (!parsed.ok) return parsed.errors.map((e) => `${e.key}: ${e.message}`);
  const compiled = compileProgram(diagram, parsed.scenario.nodes, parsed.scenario.events);
  if (!compiled.ok) return compiled.errors;
  const problems: string[] = [];
  for (const node of compiled.program.nodes) {
    if (node.authConfig === undefined) continue;
    for (const p of checkAuthConfig(node.authConfig, keyPath('nodes', node.id))) {
      problems.push(`${p.key}: ${p.message}`);
    }
  }
  return [...new Set(problems)];
}
