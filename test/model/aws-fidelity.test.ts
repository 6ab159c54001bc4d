import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadModelFromPaths } from '../../src/smithy/load-model.js';
import { diffAgainstAwsModel } from './aws-model-diff.js';
import type { AstModelLike } from './botocore-diff.js';
import { IVS_NAMESPACE, projectPath } from './model-files.js';

const loaded = await loadModelFromPaths([projectPath('model')]);
const aws = JSON.parse(readFileSync(projectPath('test/fixtures/aws-ivs-2020-07-14.json'), 'utf8')) as AstModelLike;
const differences = loaded.ok ? diffAgainstAwsModel(loaded.model, aws, IVS_NAMESPACE) : ['model does not load'];

/** Where we knowingly differ from AWS's Smithy model, each with the reason (details in model/README.md). */
const KNOWN: readonly (readonly [difference: string, why: string])[] = [
  ...['channels', 'sampleRate', 'targetBitrate'].map(
    (m) => [`AudioConfiguration$${m}: target aws Integer / ours Long`, 'AWS names a long shape `Integer`'] as const,
  ),
  ...['targetBitrate', 'targetFramerate', 'videoHeight', 'videoWidth'].map(
    (m) => [`VideoConfiguration$${m}: target aws Integer / ours Long`, 'AWS names a long shape `Integer`'] as const,
  ),
  ['Boolean: shape missing (aws: boolean)', 'a local `Boolean` would shadow the prelude; members use the prelude one'],
  ['Integer: shape missing (aws: long)', 'a local `Integer` (a long!) would shadow the prelude; members use `Long`'],
  ['String: shape missing (aws: string)', 'a local `String` would shadow the prelude (README: `String` shape row)'],
  ...['BatchGetChannel', 'BatchGetStreamKey'].flatMap((op) =>
    ['AccessDeniedException', 'ServiceUnavailable', 'ValidationException'].map(
      (e) => [`${op}: error ${e} only in ours`, "newer than this model: today's SDK lists them (2026)"] as const,
    ),
  ),
  ...['BatchStartViewerSessionRevocation', 'StartViewerSessionRevocation'].map(
    (op) =>
      [
        `${op}: @readonly aws {} / ours (none)`,
        'each call records a revocation (README: Operation semantics)',
      ] as const,
  ),
  ...[
    'DeleteChannel',
    'DeletePlaybackKeyPair',
    'DeletePlaybackRestrictionPolicy',
    'DeleteRecordingConfiguration',
    'DeleteStreamKey',
    'TagResource',
    'UpdateChannel',
    'UpdatePlaybackRestrictionPolicy',
  ].map(
    (op) =>
      [`${op}: @idempotent aws (none) / ours {}`, 'our reading of its effect (README: Operation semantics)'] as const,
  ),
  [
    'ResourceArn: @pattern aws ^arn:aws:ivs:[a-z0-9-]+:[0-9]+:[a-z-]/[a-zA-Z0-9-]+$ / ours (none)',
    'the pattern matches no real ARN (README: departures)',
  ],
  ...['authorized', 'insecureIngest'].map(
    (m) =>
      [
        `UpdateChannelRequest$${m}: @default aws false / ours (none)`,
        'a default would reset the setting on every partial update (README: Model choices)',
      ] as const,
  ),
];

describe("model/ivs.smithy against AWS's Smithy model of IVS (35 operations)", () => {
  test('differs only where model/README.md says why', () => {
    const known = new Set(KNOWN.map(([difference]) => difference));
    expect(differences.filter((d) => !known.has(d))).toEqual([]);
  });

  test('every known difference still exists', () => {
    expect(KNOWN.map(([difference]) => difference).filter((d) => !differences.includes(d))).toEqual([]);
  });
});
