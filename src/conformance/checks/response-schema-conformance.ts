import { operationNames, operations } from '../../../generated/operations.js';
import { outputValidators } from '../../../generated/validators.js';
import { describeExchange, succeeded } from '../expect.js';
import { fail, pass, skip } from '../outcome.js';
import type { Check, Outcome } from '../types.js';
import { formatIssues } from '../validation-issues.js';

/** Every 2xx body validates against the operation's output schema; operations without output answer with an empty body. */
export const responseSchemaConformance: Check = {
  id: 'responseSchemaConformance',
  title: 'Success bodies match the output schemas',
  family: 'response',
  operations: operationNames,
  rule: "A 2xx body is JSON that validates against the operation's output schema (extra members are allowed); an operation without output sends no body.",
  async run(context) {
    const sample = await context.happyPath();
    const outcomes: Outcome[] = [];
    for (const name of operationNames) {
      const exchange = sample.get(name);
      if (!exchange || 'skipped' in exchange) {
        outcomes.push(skip(name, exchange ? exchange.skipped : 'not sampled'));
        continue;
      }
      if (!succeeded(exchange) || !exchange.response) {
        outcomes.push(fail(name, `could not get a successful answer: ${describeExchange(exchange)}`, [exchange]));
        continue;
      }
      if (operations[name].output === null) {
        if (exchange.response.body.trim() === '') outcomes.push(pass(name, 'no body, as the model has no output', [exchange]));
        else outcomes.push(fail(name, `the model has no output, but the body is ${JSON.stringify(exchange.response.body.slice(0, 120))}`, [exchange]));
        continue;
      }
      if (exchange.json === undefined) {
        outcomes.push(fail(name, `the body is not JSON: ${JSON.stringify(exchange.response.body.slice(0, 120))}`, [exchange]));
        continue;
      }
      const validate = outputValidators[name];
      if (validate(exchange.json)) outcomes.push(pass(name, 'body matches the output schema', [exchange]));
      else outcomes.push(fail(name, `body does not match the output schema: ${formatIssues(validate.errors)}`, [exchange]));
    }
    return outcomes;
  },
};
