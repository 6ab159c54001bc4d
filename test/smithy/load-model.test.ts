import { describe, expect, test } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  formatDiagnostic,
  loadModel,
  loadModelFromPaths,
  type LoadResult,
  type SmithyAst,
} from '../../src/smithy/index.js';
import { STREAMING } from './example-models.js';

function mustLoad(result: LoadResult): SmithyAst {
  if (!result.ok) throw new Error(result.errors.map(formatDiagnostic).join('\n'));
  return result.model;
}

describe('loadModel', () => {
  test('loads a service model into the JSON AST with sorted shape ids', () => {
    const model = mustLoad(loadModel([{ path: 'streaming.smithy', text: STREAMING }]));
    expect(Object.keys(model.shapes)).toEqual([
      'example.streaming#GetRoom',
      'example.streaming#GetRoomInput',
      'example.streaming#GetRoomOutput',
      'example.streaming#ListRooms',
      'example.streaming#ListRoomsInput',
      'example.streaming#ListRoomsOutput',
      'example.streaming#Missing',
      'example.streaming#Paged',
      'example.streaming#Room',
      'example.streaming#RoomId',
      'example.streaming#RoomIds',
      'example.streaming#Streaming',
      'example.streaming#Throttled',
    ]);
  });

  test('keeps unknown vendor traits verbatim and folds doc comments into documentation', () => {
    const model = mustLoad(loadModel([{ path: 'streaming.smithy', text: STREAMING }]));
    expect(model.shapes['example.streaming#Streaming']).toEqual({
      type: 'service',
      version: '2030-01-01',
      operations: [{ target: 'example.streaming#GetRoom' }, { target: 'example.streaming#ListRooms' }],
      resources: [{ target: 'example.streaming#Room' }],
      errors: [{ target: 'example.streaming#Throttled' }],
      traits: {
        'aws.api#service': { sdkId: 'Streaming' },
        'aws.protocols#restJson1': {},
        'smithy.api#documentation': 'Live video streaming.',
      },
    });
  });

  test('turns inline input into an @input structure and takes elided members from the resource', () => {
    const model = mustLoad(loadModel([{ path: 'streaming.smithy', text: STREAMING }]));
    expect(model.shapes['example.streaming#GetRoomInput']).toEqual({
      type: 'structure',
      members: {
        roomId: {
          target: 'example.streaming#RoomId',
          traits: { 'smithy.api#httpLabel': {}, 'smithy.api#required': {} },
        },
      },
      traits: { 'smithy.api#input': {} },
    });
  });

  test('writes the = default sugar as smithy.api#default next to the doc comment of the member', () => {
    const model = mustLoad(loadModel([{ path: 'streaming.smithy', text: STREAMING }]));
    expect(model.shapes['example.streaming#GetRoomOutput']?.members).toEqual({
      name: {
        target: 'smithy.api#String',
        traits: { 'smithy.api#documentation': "The room's display name.", 'smithy.api#required': {} },
      },
      capacity: { target: 'smithy.api#Integer', traits: { 'smithy.api#default': 10 } },
    });
  });

  test('flattens mixin members into the shapes that use them and drops the mixins list', () => {
    const model = mustLoad(loadModel([{ path: 'streaming.smithy', text: STREAMING }]));
    expect(model.shapes['example.streaming#ListRoomsInput']).toEqual({
      type: 'structure',
      members: {
        nextToken: { target: 'smithy.api#String', traits: { 'smithy.api#httpQuery': 'nextToken' } },
      },
      traits: { 'smithy.api#input': {} },
    });
  });

  test('folds apply statements into their target', () => {
    const model = mustLoad(loadModel([{ path: 'streaming.smithy', text: STREAMING }]));
    expect(model.shapes['example.streaming#Missing']?.traits).toEqual({
      'smithy.api#documentation': 'No such room.',
      'smithy.api#error': 'client',
      'smithy.api#httpError': 404,
    });
  });

  test('always writes operation input and output, using smithy.api#Unit when absent', () => {
    const model = mustLoad(
      loadModel([{ path: 'a.smithy', text: '$version: "2"\nnamespace a.b\noperation Ping {}\n' }]),
    );
    expect(model.shapes['a.b#Ping']).toEqual({
      type: 'operation',
      input: { target: 'smithy.api#Unit' },
      output: { target: 'smithy.api#Unit' },
    });
  });

  test('resolves relative ids across files of the same namespace before the prelude', () => {
    const a = { path: 'a.smithy', text: '$version: "2"\nnamespace a.b\nstructure S { s: String }\n' };
    const b = { path: 'b.smithy', text: '$version: "2"\nnamespace a.b\n@length(min: 1)\nstring String\n' };
    const model = mustLoad(loadModel([a, b]));
    expect(model.shapes['a.b#S']?.members?.['s']?.target).toBe('a.b#String');
  });

  test('metadata arrays from several files concatenate', () => {
    const model = mustLoad(
      loadModel([
        { path: 'a.smithy', text: '$version: "2"\nmetadata suppressions = [{ id: "A" }]\n' },
        { path: 'b.smithy', text: '$version: "2"\nmetadata suppressions = [{ id: "B" }]\n' },
      ]),
    );
    expect(model.metadata).toEqual({ suppressions: [{ id: 'A' }, { id: 'B' }] });
  });

  test('conflicting metadata values are an error', () => {
    const result = loadModel([
      { path: 'a.smithy', text: '$version: "2"\nmetadata owner = "a"\n' },
      { path: 'b.smithy', text: '$version: "2"\nmetadata owner = "b"\n' },
    ]);
    expect(result.ok ? [] : result.errors.map(formatDiagnostic)).toEqual([
      "b.smithy:2:1: ERROR: Conflicting values for metadata key 'owner'",
    ]);
  });

  test('loadModelFromPaths reads every model file of a directory in path order', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'smithy-'));
    try {
      await mkdir(join(dir, 'nested'));
      await writeFile(join(dir, 'b.smithy'), '$version: "2"\nnamespace d\nstructure B { a: A }\n');
      await writeFile(
        join(dir, 'nested', 'a.json'),
        JSON.stringify({ smithy: '2.0', shapes: { 'd#A': { type: 'string' } } }),
      );
      await writeFile(join(dir, 'notes.txt'), 'not a model');
      const model = mustLoad(await loadModelFromPaths([dir]));
      expect(Object.keys(model.shapes)).toEqual(['d#A', 'd#B']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('loadModelFromPaths reports a path that does not exist', async () => {
    const result = await loadModelFromPaths([join(tmpdir(), 'no-such-model-dir-42')]);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : formatDiagnostic(result.errors[0]!)).toMatch(
      /no-such-model-dir-42: ERROR: Cannot read model path: ENOENT/,
    );
  });
});
