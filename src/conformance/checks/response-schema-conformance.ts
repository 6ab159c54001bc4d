import { operationNames, operations } from '../../../generated/operations.js';
import { outputValidators } from '../../../generated/validators.js';
import { describeExchange, succeeded } from '../expect.js';
import { judgeHappyPath } from '../happy-path.js';
import { fail, pass } from '../outcome.js';
import type { Check } from '../check.js';
import { formatIssues } from '../validation-issues.js';

/** Every 2xx body validates against the operation's output schema; operations without output answer with an empty body. */
export const responseSchemaConformance: Check = {
  id: 'responseSchemaConformance',
  title: 'Success bodies match the output schemas',
  family: 'response',
  operations: operationNames,
  rule: "A 2xx body is JSON that validates against the operation's output schema (extra members are allowed); an operation without output sends no body.",
  run: (context) =>
    judgeHappyPath(context, (name, exchange) => {
      if (!succeeded(exchange) || !exchange.response) {
        return fail(name, `could not get a successful answer: ${describeExchange(exchange)}`, [exchange]);
      }
      const body = exchange.response.body;
      if (operations[name].output === null) {
        if (body.trim() === '') return pass(name, 'no body, as the model has no output', [exchange]);
        return fail(name, `the model has no output, but the body is ${JSON.stringify(body.slice(0, 120))}`, [exchange]);
      }
      if (exchange.json === undefined)
        return fail(name, `the body is not JSON: ${JSON.stringify(body.slice(0, 120))}`, [exchange]);
      const validate = outputValidators[name];
      if (validate(exchange.json)) return pass(name, 'body matches the output schema', [exchange]);
      return fail(name, `body does not match the output schema: ${formatIssues(validate.errors)}`, [exchange]);
    }),
};
