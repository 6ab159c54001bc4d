import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const fixturePath = resolve(import.meta.dirname, '../fixtures/aws-ivs-2020-07-14.json');
const serviceId = 'com.amazonaws.ivs#AmazonInteractiveVideoService';

interface Ref {
  target: string;
  traits?: Record<string, unknown>;
}

interface Shape {
  type: string;
  traits?: Record<string, unknown>;
  members?: Record<string, Ref>;
  member?: Ref;
  key?: Ref;
  value?: Ref;
  input?: Ref;
  output?: Ref;
  operations?: Ref[];
  resources?: Ref[];
  errors?: Ref[];
  identifiers?: Record<string, Ref>;
  create?: Ref;
  put?: Ref;
  read?: Ref;
  update?: Ref;
  delete?: Ref;
  list?: Ref;
  collectionOperations?: Ref[];
}

interface JsonAst {
  $comment?: string;
  smithy: string;
  shapes: Record<string, Shape>;
}

const text = readFileSync(fixturePath, 'utf8');
const ast = JSON.parse(text) as JsonAst;
const shapes = Object.entries(ast.shapes);

/** Every shape id a shape points at, with where the pointer sits. */
function references(id: string, shape: Shape): { from: string; to: string }[] {
  const out: { from: string; to: string }[] = [];
  const add = (from: string, ref: Ref | undefined): void => {
    if (ref) out.push({ from, to: ref.target });
  };
  for (const [name, ref] of Object.entries(shape.members ?? {})) add(`${id}$${name}`, ref);
  for (const [name, ref] of Object.entries(shape.identifiers ?? {})) add(`${id} identifier ${name}`, ref);
  for (const key of [
    'member',
    'key',
    'value',
    'input',
    'output',
    'create',
    'put',
    'read',
    'update',
    'delete',
    'list',
  ] as const) {
    add(`${id}.${key}`, shape[key]);
  }
  for (const key of ['operations', 'resources', 'errors', 'collectionOperations'] as const) {
    for (const ref of shape[key] ?? []) add(`${id}.${key}`, ref);
  }
  return out;
}

/** The operations a service binds, directly or through its resources (recursively). */
function boundOperations(id: string, seen = new Set<string>()): Set<string> {
  const shape = ast.shapes[id];
  if (!shape || seen.has(id)) return new Set();
  seen.add(id);
  const ops = new Set<string>();
  for (const ref of [...(shape.operations ?? []), ...(shape.collectionOperations ?? [])]) ops.add(ref.target);
  for (const key of ['create', 'put', 'read', 'update', 'delete', 'list'] as const) {
    const ref = shape[key];
    if (ref) ops.add(ref.target);
  }
  for (const ref of shape.resources ?? []) for (const op of boundOperations(ref.target, seen)) ops.add(op);
  return ops;
}

/** Every trait map in the model: on shapes and on their member references. */
function traitMaps(): { where: string; traits: Record<string, unknown> }[] {
  const out: { where: string; traits: Record<string, unknown> }[] = [];
  for (const [id, shape] of shapes) {
    if (shape.traits) out.push({ where: id, traits: shape.traits });
    for (const [name, ref] of Object.entries(shape.members ?? {})) {
      if (ref.traits) out.push({ where: `${id}$${name}`, traits: ref.traits });
    }
    for (const key of ['member', 'key', 'value'] as const) {
      const traits = shape[key]?.traits;
      if (traits) out.push({ where: `${id}.${key}`, traits });
    }
  }
  return out;
}

describe('AWS IVS Smithy JSON AST fixture', () => {
  test('is a Smithy 2.0 JSON AST that names its source', () => {
    expect(ast.smithy).toBe('2.0');
    expect(ast.$comment).toMatch(/aws-sdk-js-v3.*ivs\.json.*commit [0-9a-f]{40}/);
  });

  test('has exactly one service, the IVS service', () => {
    const services = shapes.filter(([, s]) => s.type === 'service').map(([id]) => id);
    expect(services).toEqual([serviceId]);
  });

  test('binds at least 35 operations to the service', () => {
    expect(boundOperations(serviceId).size).toBeGreaterThanOrEqual(35);
  });

  test('binds every operation shape in the file to the service', () => {
    const bound = boundOperations(serviceId);
    const unbound = shapes.filter(([id, s]) => s.type === 'operation' && !bound.has(id)).map(([id]) => id);
    expect(unbound).toEqual([]);
  });

  test('resolves every reference to a shape in the file or the smithy.api prelude', () => {
    const dangling = shapes
      .flatMap(([id, shape]) => references(id, shape))
      .filter((r) => !(r.to in ast.shapes) && !r.to.startsWith('smithy.api#'));
    expect(dangling).toEqual([]);
  });

  test('lists only shapes marked @error as operation errors', () => {
    const notErrors = shapes
      .flatMap(([id, s]) => (s.errors ?? []).map((e) => ({ op: id, error: e.target })))
      .filter(({ error }) => ast.shapes[error]?.traits?.['smithy.api#error'] === undefined);
    expect(notErrors).toEqual([]);
  });

  test('carries no documentation, examples or endpoint tests', () => {
    const banned = ['smithy.api#documentation', 'smithy.api#examples', 'smithy.rules#endpointTests'];
    const found = traitMaps().flatMap(({ where, traits }) =>
      Object.keys(traits)
        .filter((t) => banned.includes(t))
        .map((t) => `${where}: ${t}`),
    );
    expect(found).toEqual([]);
  });

  test('keeps the restJson1 protocol, sigv4 auth and an endpoint rule set document on the service', () => {
    const traits = ast.shapes[serviceId]?.traits ?? {};
    expect(traits['aws.protocols#restJson1']).toEqual({});
    expect(traits['aws.auth#sigv4']).toEqual({ name: 'ivs' });
    expect(traits['smithy.rules#endpointRuleSet']).toMatchObject({ version: '1.0', rules: [] });
  });

  test('keeps an http binding on every operation', () => {
    const missing = shapes
      .filter(([, s]) => s.type === 'operation' && s.traits?.['smithy.api#http'] === undefined)
      .map(([id]) => id);
    expect(missing).toEqual([]);
  });

  test('compiles every @pattern as a regular expression', () => {
    const broken = traitMaps()
      .filter(({ traits }) => typeof traits['smithy.api#pattern'] === 'string')
      .filter(({ traits }) => {
        try {
          new RegExp(traits['smithy.api#pattern'] as string, 'u');
          return false;
        } catch {
          return true;
        }
      })
      .map(({ where }) => where);
    expect(broken).toEqual([]);
  });
});
