import mswPackage from 'msw/package.json' with { type: 'json' };

/** The msw versions `ivsHandlers()` works with: the peer dependency range, tested at both ends. */
export const supportedMswRange = '>=2.11.0 <3';

const oldest = [2, 11, 0] as const;

/** Why an msw version cannot carry the handlers, or `undefined` when it can. */
export function mswIncompatibility(version: string): string | undefined {
  const parts = /^(\d+)\.(\d+)\.(\d+)/.exec(version)?.slice(1).map(Number);
  if (parts === undefined) return `ivs-contract/mock cannot read the installed msw version "${version}"`;
  const [major = 0, minor = 0, patch = 0] = parts;
  // 2.11.0 added the predicate-function form of `http.all` that the one IVS handler matches with.
  const tooOld = major < 2 || (major === 2 && (minor < oldest[1] || (minor === oldest[1] && patch < oldest[2])));
  if (tooOld || major > 2)
    return `ivs-contract/mock needs msw ${supportedMswRange}, found msw ${version}: install a supported msw 2 (npm install --save-dev msw@2)`;
  return undefined;
}

/** Raised by `ivsHandlers()` when the installed msw cannot carry the handlers, so they never fail silently. */
export class IncompatibleMswError extends Error {
  override readonly name = 'IncompatibleMswError';
  /** The msw version found. */
  readonly version: string;

  /** Makes the error from the version found and the one-line reason. */
  constructor(version: string, message: string) {
    super(message);
    this.version = version;
  }
}

/** Throws `IncompatibleMswError` unless the msw this package imports is in `supportedMswRange`. */
export function assertSupportedMsw(version: string = mswPackage.version): void {
  const problem = mswIncompatibility(version);
  if (problem !== undefined) throw new IncompatibleMswError(version, problem);
}
