import * as ivs from '@aws-sdk/client-ivs';
import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../../src/smithy/diagnostics.js';
import { loadModelFromPaths } from '../../src/smithy/load-model.js';
import { parseAllowList } from './allow-list.js';
import { IVS_NAMESPACE, readBotocoreFixture, projectPath, readModelReadme } from './model-files.js';

const loaded = await loadModelFromPaths([projectPath('model')]);
const shapes = loaded.ok ? Object.entries(loaded.model.shapes) : [];
const ownShapes = shapes.filter(([id]) => id.startsWith(`${IVS_NAMESPACE}#`) || id.startsWith('ivs.contract#'));
const DOCS = 'smithy.api#documentation';

function serviceOperations(): string[] {
  const service = ownShapes.find(([, shape]) => shape.type === 'service')?.[1];
  return (service?.operations ?? []).map((o) => o.target.split('#')[1] ?? '').sort();
}

/** The operation names of the installed `@aws-sdk/client-ivs`, read from its `XxxCommand` exports. */
function sdkOperationNames(): string[] {
  return Object.keys(ivs)
    .filter((name) => /^[A-Z]\w*Command$/.test(name))
    .map((name) => name.slice(0, -'Command'.length))
    .sort();
}

describe('model/', () => {
  test('loads with no errors and no warnings', () => {
    expect(loaded.ok ? [] : loaded.errors.map(formatDiagnostic)).toEqual([]);
    expect(loaded.warnings.map(formatDiagnostic)).toEqual([]);
  });

  test("has one service with the 41 operations of today's SDK", () => {
    const services = ownShapes.filter(([, shape]) => shape.type === 'service');
    expect(services.map(([id]) => id)).toEqual([`${IVS_NAMESPACE}#AmazonInteractiveVideoService`]);
    expect(serviceOperations()).toEqual(sdkOperationNames());
    expect(serviceOperations()).toHaveLength(41);
  });

  test('still has every launch operation', () => {
    const launch = Object.keys(readBotocoreFixture().operations);
    expect(launch.filter((name) => !serviceOperations().includes(name))).toEqual([]);
  });

  test('documents every shape', () => {
    expect(ownShapes.filter(([, shape]) => !(DOCS in (shape.traits ?? {}))).map(([id]) => id)).toEqual([]);
  });

  test('documents every member', () => {
    const undocumented = ownShapes.flatMap(([id, shape]) => {
      const members = { ...shape.members, ...(shape.member ? { member: shape.member } : {}) };
      const all = {
        ...members,
        ...(shape.key ? { key: shape.key } : {}),
        ...(shape.value ? { value: shape.value } : {}),
      };
      return Object.entries(all)
        .filter(([, member]) => !(DOCS in (member.traits ?? {})))
        .map(([name]) => `${id}$${name}`);
    });
    expect(undocumented).toEqual([]);
  });

  test("README.md's allow-list parses and is not empty", () => {
    const result = parseAllowList(readModelReadme());
    expect(result.ok ? '' : result.error).toBe('');
    expect(result.ok ? result.value.length : 0).toBeGreaterThan(0);
  });
});

describe('test/fixtures/botocore-ivs-2020-07-14.json', () => {
  test('holds no documentation text', () => {
    expect(JSON.stringify(readBotocoreFixture())).not.toContain('"documentation"');
  });

  test('names the botocore commit it was extracted from', () => {
    const fixture = readBotocoreFixture() as unknown as { $comment: string };
    expect(fixture.$comment).toContain('fe2b524d9c858c9565a457cf95c06bcf142ca54d');
  });
});
