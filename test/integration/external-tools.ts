import { accessSync, constants } from 'node:fs';

/** A Debian package some suites drive, the files that prove it is installed, and the suites that need it. */
export interface ExternalTool {
  /** The name used in messages and in `IVS_CONTRACT_HIDE_TOOLS`. */
  readonly name: string;
  /** Absolute paths that must all exist (executables must also be executable). */
  readonly files: readonly string[];
  /** The command that installs it on Debian. */
  readonly install: string;
  /** What cannot run without it: test files (relative to the project root) or a Vitest project. */
  readonly suites: readonly string[];
}

/** The environment variable `.ci/run` sets so that a missing tool fails the run instead of skipping suites. */
export const requireToolsVariable = 'IVS_CONTRACT_REQUIRE_TOOLS';

/** The environment variable that makes tools count as missing (a comma-separated list of names), to try a fresh machine. */
export const hideToolsVariable = 'IVS_CONTRACT_HIDE_TOOLS';

/** The Debian tools the integration and browser suites drive (`.ci/install` installs all of them). */
export const externalTools: readonly ExternalTool[] = [
  {
    name: 'awscli',
    files: ['/usr/bin/aws', '/usr/bin/python3', '/usr/lib/python3/dist-packages/awscli/__init__.py'],
    install: 'apt-get install awscli',
    suites: ['test/integration/cli-aws.test.ts', 'test/mock/auth/aws-tools.test.ts'],
  },
  {
    name: 'boto3',
    files: ['/usr/bin/python3', '/usr/lib/python3/dist-packages/boto3/__init__.py'],
    install: 'apt-get install python3-boto3',
    suites: ['test/integration/cli-boto3.test.ts', 'test/mock/auth/aws-tools.test.ts'],
  },
  {
    name: 'chromium',
    files: ['/usr/bin/chromium'],
    install: 'apt-get install chromium',
    suites: ['the browser project (test/browser/)', 'the Chromium runs of test/package/packed-app.test.ts'],
  },
];

/** What to do with a tool's suites: run them, skip them with a message, or fail the run with a message. */
export type ToolDecision =
  | { readonly action: 'run' }
  | { readonly action: 'skip'; readonly message: string }
  | { readonly action: 'fail'; readonly message: string };

/** What the decision depends on: which files exist, and the environment. */
export interface ToolSurroundings {
  /** Whether a file exists (and, for an executable, may be run). */
  readonly exists: (path: string) => boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Decides whether a tool's suites run, skip (one line naming what is missing and how to install it) or fail. */
export function decideTool(tool: ExternalTool, surroundings: ToolSurroundings): ToolDecision {
  const hidden = (surroundings.env[hideToolsVariable] ?? '').split(',').map((name) => name.trim());
  const missing = hidden.includes(tool.name) ? tool.files : tool.files.filter((path) => !surroundings.exists(path));
  if (missing.length === 0) return { action: 'run' };
  const what = `${tool.name} is missing (${missing.join(', ')}): install it with \`${tool.install}\``;
  const suites = tool.suites.join(', ');
  if (surroundings.env[requireToolsVariable] === '1') {
    return { action: 'fail', message: `${what}; ${requireToolsVariable}=1 requires it for ${suites}` };
  }
  return { action: 'skip', message: `skipped ${suites}: ${what}` };
}

/** Whether a path exists and may be read (for an executable: run) by this process. */
export function fileExists(path: string): boolean {
  try {
    accessSync(path, path.startsWith('/usr/bin/') ? constants.X_OK : constants.R_OK);
    return true;
  } catch {
    return false;
  }
}

/** The decision for every external tool on this machine, under this process's environment. */
export function decideAllTools(
  surroundings: ToolSurroundings = { exists: fileExists, env: process.env },
): ReadonlyMap<ExternalTool, ToolDecision> {
  return new Map(externalTools.map((tool) => [tool, decideTool(tool, surroundings)]));
}
