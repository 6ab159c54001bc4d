import { operationNames, operations } from '../../../generated/operations.js';
import { inputSchemas, shapeSchemas } from '../../../generated/schemas.js';
import type { OperationName } from '../../../generated/types.js';
import {
  numberKeyword,
  properties,
  resolveSchema,
  schemaKeyword,
  schemaKind,
  shapeNameOf,
  type JsonSchema,
} from '../../fuzz/json-schema.js';
import { REFERENCE_SHAPES, validBase, type PlanReferences } from '../coverage-plan.js';
import { errorTypeOf, recordAt, succeeded } from '../expect.js';
import type { Scenario } from '../scenario.js';
import { createScenario } from '../scenario.js';
import type { Check } from '../check.js';

/** The most tags a resource may hold, from the model's `maxProperties` on Tags. */
const MAX_TAGS = Number((shapeSchemas['Tags'] as Record<string, unknown> | undefined)?.['maxProperties'] ?? 50);

const tagsFrom = (prefix: string, count: number): Record<string, string> =>
  Object.fromEntries(Array.from({ length: count }, (_, i) => [`${prefix}${i}`, 'v']));

/** A limit at its edge: a top-level number with a maximum (page sizes), or a list of references with a maxItems (batch sizes). */
interface Edge {
  readonly operation: OperationName;
  readonly member: string;
  readonly value: unknown;
  readonly what: string;
}

/** Every page size and batch size of the model at its largest allowed value, read from the input schemas. */
function edges(references: PlanReferences): Edge[] {
  const found: Edge[] = [];
  for (const operation of operationNames) {
    const root = inputSchemas[operation] as JsonSchema;
    for (const [member, schema] of Object.entries(properties(root))) {
      const resolved = resolveSchema(root, schema);
      const kind = schemaKind(resolved);
      const maximum = numberKeyword(resolved, 'maximum');
      if (operations[operation].paginated?.pageSize === member && maximum !== undefined) {
        found.push({ operation, member, value: maximum, what: `page size ${maximum}` });
        continue;
      }
      const items = kind === 'array' ? schemaKeyword(resolved, 'items') : undefined;
      const reference = items ? REFERENCE_SHAPES[shapeNameOf(root, items) ?? ''] : undefined;
      const maxItems = numberKeyword(resolved, 'maxItems');
      if (reference && maxItems !== undefined) {
        const known = references[reference];
        // One ARN that exists, the rest made-up ARNs of the same kind: each answered in the batch.
        const value = [known, ...Array.from({ length: maxItems - 1 }, (_, i) => `${known.slice(0, 80)}x${i}`)];
        found.push({ operation, member, value, what: `a batch of ${maxItems}` });
      }
    }
  }
  return found;
}

async function tagLimit(s: Scenario, arn: string, initial: number): Promise<void> {
  const room = MAX_TAGS - initial;
  const filled = await s.succeed(
    'TagResource',
    { resourceArn: arn, tags: tagsFrom('fill-', room) },
    `tagging up to the limit of ${MAX_TAGS} tags`,
  );
  if (!filled) return;
  await s.error(
    'TagResource',
    { resourceArn: arn, tags: { 'one-too-many': 'v' } },
    'ValidationException',
    `a tag beyond the ${MAX_TAGS} a resource may hold`,
  );
  const listed = await s.succeed(
    'ListTagsForResource',
    { resourceArn: arn },
    'reading the tags after the refused call',
  );
  if (!listed) return;
  const count = Object.keys(recordAt(listed.json, 'tags')).length;
  s.assert(
    count === MAX_TAGS,
    'TagResource',
    `the refused call changed nothing (${MAX_TAGS} tags)`,
    [listed],
    `the resource holds ${count} tags after a refused TagResource, expected ${MAX_TAGS}`,
  );
}

/** The documented limits hold at their edge: the largest allowed value works, one more is refused. */
export const documentedLimits: Check = {
  id: 'documentedLimits',
  title: 'Documented limits hold at their edge',
  family: 'semantics',
  operations: [
    'TagResource',
    'ListTagsForResource',
    ...operationNames.filter((o) => operations[o].paginated || o.startsWith('BatchGet')),
  ],
  rule: `A resource holds at most ${MAX_TAGS} tags: tagging up to ${MAX_TAGS} works, one more is refused with 400 ValidationException and changes nothing. Every page size and batch size of the model is accepted at its largest value (one more is broken by invalidInputRejected's plan).`,
  async run(context) {
    const s = createScenario(context.client);
    const initial = 3;
    const created = s.setup(
      await context.fixtures.createChannel({
        name: context.fixtures.name('tag-limit'),
        tags: tagsFrom('start-', initial - 1),
      }),
    );
    if (!created) return s.outcomes;
    await tagLimit(s, created.arn, initial);
    const key = created.streamKey['arn'];
    const references: PlanReferences = {
      channel: created.arn,
      streamKey: typeof key === 'string' ? key : await context.fixtures.unknownArn('stream-key'),
    };
    const scope = { accountId: await context.fixtures.account(), region: context.region };
    for (const edge of edges(references)) {
      const input = { ...validBase(edge.operation, references, scope), [edge.member]: edge.value };
      const exchange = await s.call(edge.operation, input);
      s.assert(
        succeeded(exchange),
        edge.operation,
        `${edge.what} (${edge.member}) is accepted`,
        [exchange],
        `${edge.what} (${edge.member}), the largest the model allows, was answered ${exchange.response?.status ?? 'nothing'} ${errorTypeOf(exchange) ?? ''}`.trim(),
      );
    }
    return s.outcomes;
  },
};
