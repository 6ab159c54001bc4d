import fc from 'fast-check';
import { type ivsCommands, runIvsCommands, type IvsTarget } from '../../src/fuzz/index.js';

/** One seeded fuzz run: the store each sequence starts from empty, the target it drives and the commands it draws. */
export interface SeededRun {
  readonly store: { reset(): void };
  readonly target: IvsTarget;
  readonly commands: ReturnType<typeof ivsCommands>;
  readonly maxCommands: number;
  readonly numRuns: number;
  /** The kind of cause whose message is the answer; any other failure answers as the whole error. */
  readonly cause: abstract new (
    ...args: never[]
  ) => Error;
}

/** Runs seeded random sequences, each from a reset store; resolves to the first failure's cause message, or `undefined`. */
export async function firstFailure(run: SeededRun): Promise<string | undefined> {
  try {
    await fc.assert(
      fc.asyncProperty(fc.commands(run.commands, { maxCommands: run.maxCommands, size: 'large' }), async (cmds) => {
        run.store.reset();
        await runIvsCommands(run.target, cmds);
      }),
      { seed: 42, numRuns: run.numRuns },
    );
    return undefined;
  } catch (error) {
    const cause = (error as Error).cause;
    return cause instanceof run.cause ? cause.message : String(error);
  }
}
