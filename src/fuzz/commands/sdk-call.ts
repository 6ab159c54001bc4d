import { controlPrefix } from '../../protocol/conventions.js';

/** A JavaScript expression to print as it is (a variable path such as `c1.channel.arn`), not as a literal. */
export class Expression {
  constructor(readonly text: string) {}
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Renders a value as a JavaScript literal, printing `Expression`s verbatim. */
export function literal(value: unknown): string {
  if (value instanceof Expression) return value.text;
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    return `{ ${entries.map(([k, v]) => `${IDENTIFIER.test(k) ? k : JSON.stringify(k)}: ${literal(v)}`).join(', ')} }`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** One `@aws-sdk/client-ivs` call as a line of code, optionally assigning the result to a variable. */
export function sdkCall(operation: string, input: object, assignTo?: string): string {
  const call = `await ivs.send(new ${operation}Command(${literal(input)}));`;
  return assignTo === undefined ? call : `const ${assignTo} = ${call}`;
}

/** A call of one of the emulator's controls (`streams/start`, …) as a line of code (these have no SDK command). */
export function controlCall(control: string, input: object): string {
  return `await fetch(\`\${endpoint}${controlPrefix}/${control}\`, { method: 'POST', body: JSON.stringify(${literal(input)}) });`;
}

/** A paginator loop of `@aws-sdk/client-ivs` that reads every page, as a line of code. */
export function paginateCall(operation: string, input: object): string {
  return `for await (const page of paginate${operation}({ client: ivs }, ${literal(input)})) console.log(page);`;
}
