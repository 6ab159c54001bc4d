import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { operationNames, operations } from '../../generated/operations.js';

const root = resolve(import.meta.dirname, '../..');
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
const section = /## Coverage of today's IVS API\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';
const rows = section
  .split('\n')
  .filter((line) => line.startsWith('| ') && !line.startsWith('| part '))
  .map((line) => line.split('|').map((cell) => cell.trim()));
const paginatorCount = operationNames.filter((name) => operations[name].paginated !== null).length;

describe("the README's coverage table", () => {
  test('has a row for each part of the toolkit', () => {
    expect(rows.map((row) => row[1])).toHaveLength(7);
  });

  test('states the number of operations and paginators of the model', () => {
    expect(section).toContain(`has ${operationNames.length} operations and ${paginatorCount} paginators`);
  });

  test('every "N of M operations" count is the whole operation table', () => {
    const counts = [...section.matchAll(/(\d+) of (\d+) operations/g)].map((match) => [match[1], match[2]]);
    expect(counts.length).toBeGreaterThan(0);
    for (const [covered, total] of counts)
      expect([covered, total]).toEqual([`${operationNames.length}`, `${operationNames.length}`]);
  });

  test('the paginator count is every paginated operation of the table', () => {
    expect(section).toContain(`${paginatorCount} of ${paginatorCount} paginators`);
  });

  test('every test file a row names exists', () => {
    const named = rows.flatMap((row) =>
      [...(row[3] ?? '').matchAll(/`(test\/[^`]+)`/g)].map((match) => match[1] ?? ''),
    );
    expect(named.length).toBeGreaterThanOrEqual(rows.length);
    expect(named.filter((path) => !existsSync(resolve(root, path)))).toEqual([]);
  });

  test('the feature list says the same number of operations as the table', () => {
    expect(readme).toContain(
      `All ${operationNames.length} operations of today's IVS API (${operationNames.length} of ${operationNames.length};`,
    );
  });
});
