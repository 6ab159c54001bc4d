import type { ValidationIssue } from '../../generated/validators.js';

/** Formats schema validation issues as one short line: `/channel/latencyMode must be equal to one of the allowed values`. */
export function formatIssues(issues: readonly ValidationIssue[] | null | undefined): string {
  if (!issues || issues.length === 0) return 'no details';
  const lines = issues
    .slice(0, 3)
    .map((issue) => `${issue.instancePath || '(root)'} ${issue.message ?? issue.keyword}`);
  return issues.length > 3 ? `${lines.join('; ')}; … (${issues.length} issues)` : lines.join('; ');
}
