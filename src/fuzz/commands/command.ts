import fc from 'fast-check';
import type { IvsTarget } from '../target.js';
import type { IvsModel } from './model.js';

/** One planned call: the line of code that reproduces it, and the call itself with its checks. */
export interface PlannedStep {
  /** The call as readable `@aws-sdk/client-ivs` code. */
  readonly line: string;
  /** Sends the call, checks the answer against the model (throwing `IvsMismatch`) and updates the model. */
  perform(target: IvsTarget): Promise<void>;
}

/**
 * A model-based command over an `IvsTarget`: its parameters are fixed when generated, the
 * resources it touches are resolved against the model when it runs, and it prints itself as
 * the SDK call it made.
 */
export class IvsCommand implements fc.AsyncCommand<IvsModel, IvsTarget> {
  /** The SDK call of the last run, for reproductions; `undefined` before it runs. */
  line: string | undefined;

  constructor(
    /** The operation or control the command exercises. */
    readonly label: string,
    private readonly when: (model: IvsModel) => boolean,
    private readonly plan: (model: IvsModel) => PlannedStep,
  ) {}

  /** Whether the command may run in the model's current state. */
  check(model: Readonly<IvsModel>): boolean {
    return this.when(model as IvsModel);
  }

  /** Plans the call against the model, remembers its line, then sends and checks it. */
  async run(model: IvsModel, target: IvsTarget): Promise<void> {
    const step = this.plan(model);
    this.line = step.line;
    await step.perform(target);
  }

  /** The SDK call this command made, or its label when it has not run. */
  toString(): string {
    return this.line ?? `/* ${this.label} */`;
  }

  /** A fresh copy for each run, so the printed line always belongs to the run being reported. */
  [fc.cloneMethod](): IvsCommand {
    return new IvsCommand(this.label, this.when, this.plan);
  }
}

/** Commands that may always run. */
export const always = (): boolean => true;
