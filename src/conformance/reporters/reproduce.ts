import type { RunInfo } from '../report.js';
import { defaultRegion } from '../../protocol/conventions.js';

/** The command that reruns one check with the same seed against the same endpoint. */
export function reproductionCommand(run: RunInfo, checkId: string): string {
  const parts = ['npx ivs-contract conformance'];
  if (!run.builtInEmulator) parts.push(`--endpoint ${run.endpoint}`);
  if (run.region !== defaultRegion) parts.push(`--region ${run.region}`);
  parts.push(`--seed ${run.seed}`, `--runs ${run.runs}`, `--only ${checkId}`);
  if (run.streamControl.mode !== 'auto') parts.push(`--stream-control ${run.streamControl.mode}`);
  return parts.join(' ');
}
