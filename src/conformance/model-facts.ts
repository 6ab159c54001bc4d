import { operations } from '../../generated/operations.js';
import { inputSchemas, shapeSchemas } from '../../generated/schemas.js';
import type { OperationName } from '../../generated/types.js';
import { properties, refName } from '../fuzz/json-schema.js';

const schemaOf = (operation: OperationName): Record<string, unknown> =>
  inputSchemas[operation] as Record<string, unknown>;

/** The required input members of an operation, from its input schema. */
export function requiredMembers(operation: OperationName): readonly string[] {
  const required = schemaOf(operation)['required'];
  return Array.isArray(required) ? required.filter((m): m is string => typeof m === 'string') : [];
}

/** The Smithy shape name behind an input member (`ChannelArn`, `Tags`, …), when the schema names one. */
export function memberShape(operation: OperationName, member: string): string | undefined {
  const property = properties(schemaOf(operation))[member];
  return property ? refName(property) : undefined;
}

/** The members a shape declares, from its JSON schema (none for a shape the model does not have). */
export function shapeMembers(shape: string): readonly string[] {
  const schema = shapeSchemas[shape];
  return schema ? Object.keys(properties(schema)) : [];
}

/**
 * Whether a member is a list sent as a repeated query parameter: leaving it out and sending it
 * empty look the same on the wire, so "missing" cannot be told apart from "empty".
 */
export function isQueryList(operation: OperationName, member: string): boolean {
  return operations[operation].query.some((binding) => binding.member === member && binding.list);
}
