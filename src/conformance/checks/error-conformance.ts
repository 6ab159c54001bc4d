import { operationNames, operations } from '../../../generated/operations.js';
import type { ErrorName, OperationName } from '../../../generated/types.js';
import type { CheckContext } from '../context.js';
import { expectError } from '../expect.js';
import { isQueryList, memberShape, requiredMembers } from '../model-facts.js';
import { fail, pass } from '../outcome.js';
import type { Outcome } from '../types.js';
import type { Check } from '../check.js';

interface ErrorCase {
  readonly operation: OperationName;
  readonly situation: string;
  readonly input: Record<string, unknown>;
  readonly expected: ErrorName;
}

async function notFoundCases(context: CheckContext): Promise<ErrorCase[]> {
  const channel = await context.fixtures.unknownArn('channel');
  const key = await context.fixtures.unknownArn('stream-key');
  const table: [OperationName, Record<string, unknown>][] = [
    ['GetChannel', { arn: channel }],
    ['UpdateChannel', { arn: channel, name: 'renamed' }],
    ['DeleteChannel', { arn: channel }],
    ['CreateStreamKey', { channelArn: channel }],
    ['ListStreamKeys', { channelArn: channel }],
    ['GetStreamKey', { arn: key }],
    ['DeleteStreamKey', { arn: key }],
    ['GetStream', { channelArn: channel }],
    ['StopStream', { channelArn: channel }],
    ['PutMetadata', { channelArn: channel, metadata: 'ivs-contract' }],
    ['ListTagsForResource', { resourceArn: channel }],
    ['TagResource', { resourceArn: key, tags: { a: 'b' } }],
    ['UntagResource', { resourceArn: channel, tagKeys: ['a'] }],
  ];
  return table.map(([operation, input]) => ({
    operation,
    situation: 'an ARN that names nothing',
    input,
    expected: 'ResourceNotFoundException',
  }));
}

/** Valid values by shape name, for the members kept when one required member is left out. */
async function validValues(context: CheckContext): Promise<Record<string, unknown>> {
  const channel = await context.fixtures.unknownArn('channel');
  const key = await context.fixtures.unknownArn('stream-key');
  return {
    ChannelArn: channel,
    StreamKeyArn: key,
    ChannelArnList: [channel],
    StreamKeyArnList: [key],
    ResourceArn: channel,
    StreamMetadata: 'ivs-contract',
    Tags: { a: 'b' },
    TagKeyList: ['a'],
  };
}

async function missingMemberCases(context: CheckContext): Promise<ErrorCase[]> {
  const values = await validValues(context);
  const found: ErrorCase[] = [];
  for (const operation of operationNames) {
    const required = requiredMembers(operation);
    for (const member of required) {
      // A label cannot be left out without changing the route, and an absent query list reads as an empty one.
      if (operations[operation].labels.includes(member) || isQueryList(operation, member)) continue;
      const input: Record<string, unknown> = {};
      for (const other of required) {
        if (other !== member) input[other] = values[memberShape(operation, other) ?? ''];
      }
      found.push({ operation, situation: `no ${member}`, input, expected: 'ValidationException' });
    }
  }
  return found;
}

/** Provoked errors (unknown resources, missing required members) come back exactly as modeled. */
export const errorConformance: Check = {
  id: 'errorConformance',
  title: 'Errors match their modeled shape',
  family: 'error',
  operations: operationNames,
  rule: "An unknown resource gives 404 ResourceNotFoundException and a missing required member gives 400 ValidationException, each with the model's status, an x-amzn-ErrorType header naming the error (a ':suffix' is allowed), a JSON body with a string exceptionMessage, and only errors the operation declares.",
  async run(context) {
    const outcomes: Outcome[] = [];
    for (const item of [...(await notFoundCases(context)), ...(await missingMemberCases(context))]) {
      const exchange = await context.client.call(item.operation, item.input);
      const violation = expectError(exchange, item.operation, item.expected);
      outcomes.push(
        violation
          ? fail(item.operation, `${item.situation}: ${violation}`, [exchange])
          : pass(item.operation, `${item.situation}: ${item.expected}`, [exchange]),
      );
    }
    return outcomes;
  },
};
