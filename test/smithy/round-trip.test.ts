import { describe, expect, test } from 'vitest';
import { formatDiagnostic, loadJsonAst, loadModel, type LoadResult, type SmithyAst } from '../../src/smithy/index.js';
import { CATALOG, STREAMING } from './example-models.js';

function mustLoad(result: LoadResult): SmithyAst {
  if (!result.ok) throw new Error(result.errors.map(formatDiagnostic).join('\n'));
  return result.model;
}

describe('IDL -> JSON AST -> loadJsonAst', () => {
  test.each<[string, { given: Array<{ path: string; text: string }> }]>([
    [
      'a restJson1 service with inline I/O, mixins and pagination',
      { given: [{ path: 'streaming.smithy', text: STREAMING }] },
    ],
    [
      'two files with metadata, enums, unions, maps, text blocks and apply blocks',
      {
        given: [
          { path: 'streaming.smithy', text: STREAMING },
          { path: 'catalog.smithy', text: CATALOG },
        ],
      },
    ],
  ])('%s gives the same model back', (_name, { given }) => {
    const fromIdl = mustLoad(loadModel(given));
    const fromJson = mustLoad(loadJsonAst(JSON.stringify(fromIdl), 'model.json'));
    expect(fromJson).toEqual(fromIdl);
    expect(JSON.stringify(fromJson)).toBe(JSON.stringify(fromIdl));
  });

  test('the catalog model folds mixins, defaults, docs and apply blocks', () => {
    const model = mustLoad(
      loadModel([
        { path: 'streaming.smithy', text: STREAMING },
        { path: 'catalog.smithy', text: CATALOG },
      ]),
    );
    expect(model.metadata).toEqual({ owners: ['video-team'] });
    expect(model.shapes['example.catalog#Entry']).toEqual({
      type: 'structure',
      members: {
        createdAt: { target: 'smithy.api#Timestamp', traits: { 'smithy.api#timestampFormat': 'date-time' } },
        id: { target: 'example.catalog#EntryId', traits: { 'smithy.api#required': {} } },
        room: { target: 'example.streaming#RoomId' },
        kind: { target: 'example.catalog#Kind', traits: { 'smithy.api#default': 'book' } },
        rating: {
          target: 'example.catalog#Stars',
          traits: {
            'smithy.api#deprecated': { message: 'Use reviews', since: '2030' },
            'smithy.api#documentation': 'Stars from one to five.',
          },
        },
        attributes: { target: 'example.catalog#Attributes' },
        body: { target: 'example.catalog#Body' },
      },
      traits: {
        'smithy.api#documentation': 'A catalog entry.',
        'smithy.api#references': [{ resource: 'example.catalog#Shelf' }],
      },
    });
    expect(model.shapes['example.catalog#ShelfView']).toEqual({
      type: 'structure',
      members: { shelfId: { target: 'smithy.api#String' }, label: { target: 'smithy.api#String' } },
      traits: { 'smithy.api#documentation': 'Shelf view:\n  - label\n' },
    });
  });
});
