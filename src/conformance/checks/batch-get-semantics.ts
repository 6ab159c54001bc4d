import type { OperationName } from '../../../generated/types.js';
import { listAt } from '../expect.js';
import { createScenario } from '../scenario.js';
import type { Check } from '../check.js';

/** BatchGet returns what exists and reports every unknown ARN in `errors`, with a 200 answer. */
export const batchGetSemantics: Check = {
  id: 'batchGetSemantics',
  title: 'BatchGet found and not-found ARNs',
  family: 'semantics',
  operations: ['BatchGetChannel', 'BatchGetStreamKey'],
  rule: 'BatchGetChannel and BatchGetStreamKey answer 200 with the existing resources (stream keys with their value) and one errors entry per unknown ARN; the error code is not specified (ResourceNotFoundException is expected, anything else is a spec-silence warning).',
  async run(context) {
    const s = createScenario(context.client);
    const created = s.setup(await context.fixtures.createChannel());
    if (!created) return s.outcomes;
    const keyArn = created.streamKey['arn'];
    const cases: { operation: OperationName; items: string; known: string; unknown: string }[] = [
      {
        operation: 'BatchGetChannel',
        items: 'channels',
        known: created.arn,
        unknown: await context.fixtures.unknownArn('channel'),
      },
    ];
    if (typeof keyArn === 'string') {
      cases.push({
        operation: 'BatchGetStreamKey',
        items: 'streamKeys',
        known: keyArn,
        unknown: await context.fixtures.unknownArn('stream-key'),
      });
    }
    for (const c of cases) {
      const answer = await s.succeed(c.operation, { arns: [c.known, c.unknown] }, 'one known and one unknown ARN');
      if (!answer) continue;
      const found = listAt(answer.json, c.items);
      const errors = listAt(answer.json, 'errors');
      s.assert(
        found.length === 1 && found[0]?.['arn'] === c.known,
        c.operation,
        `${c.items} holds exactly the known ARN`,
        [answer],
        `${c.items} holds ${JSON.stringify(found.map((x) => x['arn']))}, expected [${c.known}]`,
      );
      if (c.operation === 'BatchGetStreamKey') {
        s.assert(
          typeof found[0]?.['value'] === 'string',
          c.operation,
          'stream keys come with their value',
          [answer],
          'BatchGetStreamKey returns a stream key without its value',
        );
      }
      const entry = errors.find((e) => e['arn'] === c.unknown);
      s.assert(
        entry !== undefined && errors.length === 1,
        c.operation,
        'errors holds exactly the unknown ARN',
        [answer],
        `errors holds ${JSON.stringify(errors.map((e) => e['arn']))}, expected [${c.unknown}]`,
      );
      if (entry && entry['code'] !== 'ResourceNotFoundException') {
        s.warn(
          c.operation,
          `the error code for an unknown ARN is ${JSON.stringify(entry['code'])}; the spec does not name it (ResourceNotFoundException expected)`,
          [answer],
        );
      }
    }
    return s.outcomes;
  },
};
