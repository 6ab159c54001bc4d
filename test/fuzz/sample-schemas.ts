import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { JsonSchema } from '../../src/fuzz/json-schema.js';

/** Hand-written schemas in the shape of the generated ones, so the engine is tested on its own. */
const defs = {
  ChannelArn: {
    type: 'string',
    minLength: 1,
    maxLength: 128,
    pattern: '^arn:aws:[is]vs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+$',
  },
  ChannelName: { type: 'string', minLength: 0, maxLength: 128, pattern: '^[a-zA-Z0-9-_]*$' },
  ChannelType: { type: 'string', enum: ['BASIC', 'STANDARD'] },
  TagKey: { type: 'string', minLength: 1, maxLength: 128 },
  TagValue: { type: 'string', maxLength: 256 },
  Tags: {
    type: 'object',
    propertyNames: { $ref: '#/$defs/TagKey' },
    additionalProperties: { $ref: '#/$defs/TagValue' },
    minProperties: 0,
    maxProperties: 50,
  },
  ChannelArnList: { type: 'array', items: { $ref: '#/$defs/ChannelArn' }, minItems: 1, maxItems: 50 },
  MaxResults: { type: 'integer', minimum: 1, maximum: 50 },
  Metadata: { type: 'string', minLength: 1, maxBytes: 1024 },
  StartTime: { type: 'string', format: 'date-time' },
  ViewerCount: { type: 'integer' },
  Flag: { type: 'boolean' },
} as const;

/** An input-like document: required ARN list, optional name, enum, tags, page size and metadata. */
export const sampleInput: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: {
    arns: { $ref: '#/$defs/ChannelArnList' },
    name: { $ref: '#/$defs/ChannelName' },
    type: { $ref: '#/$defs/ChannelType' },
    tags: { $ref: '#/$defs/Tags' },
    maxResults: { $ref: '#/$defs/MaxResults' },
    metadata: { $ref: '#/$defs/Metadata' },
  },
  required: ['arns', 'metadata'],
  $defs: defs,
};

/** An output-like document with a nested structure, a timestamp, a long and a boolean. */
export const sampleOutput: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: {
    stream: {
      type: 'object',
      properties: {
        channelArn: { $ref: '#/$defs/ChannelArn' },
        startTime: { $ref: '#/$defs/StartTime' },
        viewerCount: { $ref: '#/$defs/ViewerCount' },
        live: { $ref: '#/$defs/Flag' },
      },
    },
  },
  $defs: defs,
};

const utf8 = new TextEncoder();

/** An ajv 2020-12 validator with the byte-length keywords, standing in for the generated validators. */
export function compileForTest(schema: JsonSchema) {
  const ajv = new Ajv2020.default({ allErrors: true, strict: false });
  addFormats.default(ajv);
  ajv.addKeyword({
    keyword: 'maxBytes',
    type: 'string',
    schemaType: 'number',
    validate: (max: number, data: string) => utf8.encode(data).length <= max,
  });
  ajv.addKeyword({
    keyword: 'minBytes',
    type: 'string',
    schemaType: 'number',
    validate: (min: number, data: string) => utf8.encode(data).length >= min,
  });
  return ajv.compile(schema);
}
