import { describe, expect, test } from 'vitest';
import { memberPath, validationMessage, type IssueLike } from '../../src/mock/validation-message.js';

const issue = (
  instancePath: string,
  keyword: string,
  params: Record<string, unknown>,
  propertyName?: string,
): IssueLike =>
  propertyName === undefined ? { instancePath, keyword, params } : { instancePath, keyword, params, propertyName };

describe('validationMessage', () => {
  test.each<[string, IssueLike, unknown, string]>([
    [
      'a missing member',
      issue('', 'required', { missingProperty: 'arn' }),
      {},
      "Value null at 'arn' failed to satisfy constraint: Member must not be null",
    ],
    [
      'a pattern',
      issue('/arn', 'pattern', { pattern: '^arn:x$' }),
      { arn: 'y' },
      "Value at 'arn' failed to satisfy constraint: Member must satisfy regular expression pattern: ^arn:x$",
    ],
    [
      'a too long string',
      issue('/name', 'maxLength', { limit: 128 }),
      {},
      "Value at 'name' failed to satisfy constraint: Member must have length less than or equal to 128",
    ],
    [
      'a too short list',
      issue('/arns', 'minItems', { limit: 1 }),
      {},
      "Value at 'arns' failed to satisfy constraint: Member must have length greater than or equal to 1",
    ],
    [
      'too many tags',
      issue('/tags', 'maxProperties', { limit: 50 }),
      {},
      "Value at 'tags' failed to satisfy constraint: Member must have length less than or equal to 50",
    ],
    [
      'a range',
      issue('/maxResults', 'maximum', { comparison: '<=', limit: 50 }),
      {},
      "Value at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 50",
    ],
    [
      'an enum',
      issue('/type', 'enum', { allowedValues: ['BASIC', 'STANDARD'] }),
      {},
      "Value at 'type' failed to satisfy constraint: Member must satisfy enum value set: [BASIC, STANDARD]",
    ],
    [
      'a wrong type',
      issue('/name', 'type', { type: 'string' }),
      {},
      "Value at 'name' failed to satisfy constraint: Member must be of type string",
    ],
    [
      'a byte limit',
      issue('/metadata', 'maxBytes', { limit: 1024 }),
      {},
      "Value at 'metadata' failed to satisfy constraint: Member must have a UTF-8 encoded length less than or equal to 1024 bytes",
    ],
    [
      'a map key',
      issue('/tags', 'maxLength', { limit: 128 }, 'k'.repeat(129)),
      {},
      "Value at 'tags' failed to satisfy constraint: Map keys must satisfy constraint: [Member must have length less than or equal to 128]",
    ],
  ])('words %s the AWS way', (_name, given, input, want) => {
    expect(validationMessage([given], input)).toBe(`1 validation error detected: ${want}`);
  });

  test('counts several issues and leaves out propertyNames wrappers', () => {
    const message = validationMessage(
      [
        issue('/tags', 'minLength', { limit: 1 }, ''),
        issue('/tags', 'propertyNames', { propertyName: '' }),
        issue('', 'required', { missingProperty: 'arn' }),
      ],
      {},
    );
    expect(message).toMatch(/^2 validation errors detected: Value at 'tags'.*; Value null at 'arn'/);
  });
});

describe('memberPath', () => {
  test.each([
    ['', {}, ''],
    ['/arns/0', { arns: ['x'] }, 'arns.1.member'],
    ['/tags/a~1b', { tags: { 'a/b': 'x' } }, 'tags.a/b'],
    ['/tags/__proto__', JSON.parse('{"tags":{"__proto__":"x"}}'), 'tags.__proto__'],
  ])('%s names the member %s', (pointer, input, want) => {
    expect(memberPath(pointer, input)).toBe(want);
  });
});
