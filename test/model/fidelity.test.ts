import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../../src/smithy/diagnostics.js';
import { loadModelFromPaths } from '../../src/smithy/load-model.js';
import { applyAllowList, formatDifference, parseAllowList } from './allow-list.js';
import { diffAgainstBotocore, type ModelDifference } from './botocore-diff.js';
import { IVS_NAMESPACE, projectPath, readBotocoreFixture, readModelReadme } from './model-files.js';

const fixture = readBotocoreFixture();
const loaded = await loadModelFromPaths([projectPath('model')]);
const allowList = parseAllowList(readModelReadme());
const differences = loaded.ok ? diffAgainstBotocore(loaded.model, fixture, IVS_NAMESPACE) : [];
const { unexpected, unused } = applyAllowList(differences, allowList.ok ? allowList.value : []);

/** The operation whose own facts a difference is about (the operation, its input or its output), if any. */
function operationOf(difference: ModelDifference): string | undefined {
  const root = difference.subject.split('$')[0];
  return Object.entries(fixture.operations).find(
    ([name, op]) => root === name || root === op.input?.shape || root === op.output?.shape,
  )?.[0];
}

const operationNames = Object.keys(fixture.operations).sort();

describe('model/ivs.smithy against the launch botocore model', () => {
  test('the model and the allow-list load', () => {
    expect(loaded.ok ? [] : loaded.errors.map(formatDiagnostic)).toEqual([]);
    expect(allowList.ok ? '' : allowList.error).toBe('');
  });

  test.each(operationNames)('%s, its input and its output differ only as listed in model/README.md', (name) => {
    const mine = unexpected.filter((d) => operationOf(d) === name);
    expect(mine.map(formatDifference)).toEqual([]);
  });

  test('the service differs only as listed in model/README.md', () => {
    const mine = unexpected.filter((d) => d.subject === 'service');
    expect(mine.map(formatDifference)).toEqual([]);
  });

  test('the shared shapes differ only as listed in model/README.md', () => {
    const mine = unexpected.filter((d) => d.subject !== 'service' && operationOf(d) === undefined);
    expect(mine.map(formatDifference)).toEqual([]);
  });

  test('every allow-list row still matches a difference', () => {
    expect(unused.map((row) => `model/README.md line ${row.line}: ${formatDifference(row)}`)).toEqual([]);
  });
});
