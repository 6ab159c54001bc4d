import type { AstMember, AstShape, AstTarget, NodeValue, ShapeType } from './ast.js';
import { diagnosticAt, type SmithyDiagnostic, type SourceLocation } from './diagnostics.js';
import type { RawFile, RawMember, RawNode, RawRef, RawShape, RawTrait } from './idl-syntax.js';
import { locationKey, type LocationIndex } from './locations.js';
import type { Elision, ModelFragment } from './model-fragment.js';
import { hasKey, isImpreciseInteger, mergeTraitValues, setKey } from './node-value.js';
import { isPublicPreludeShape, PRELUDE_NAMESPACE, PRELUDE_SHAPES } from './prelude.js';

/** The types of every shape defined anywhere in the model being loaded (not the prelude). */
export type KnownShapes = ReadonlyMap<string, ShapeType | 'apply'>;

const UNIT = `${PRELUDE_NAMESPACE}#Unit`;
const DOCUMENTATION = `${PRELUDE_NAMESPACE}#documentation`;

/**
 * Resolves a relative shape id written in a file: `use` imports first, then a shape of the file's
 * namespace anywhere in the model, then the public prelude, else the file's namespace.
 */
export function resolveShapeId(
  name: string,
  namespace: string,
  uses: ReadonlyMap<string, string>,
  known: KnownShapes,
): { id: string; found: boolean } {
  const dollar = name.indexOf('$');
  const root = dollar < 0 ? name : name.slice(0, dollar);
  const member = dollar < 0 ? '' : name.slice(dollar);
  let id: string;
  let found = true;
  if (root.includes('#')) {
    id = root;
    found = known.has(root) || PRELUDE_SHAPES[root] !== undefined;
  } else if (uses.has(root)) {
    id = uses.get(root)!;
    found = known.has(id) || PRELUDE_SHAPES[id] !== undefined;
  } else if (known.has(`${namespace}#${root}`)) {
    id = `${namespace}#${root}`;
  } else if (isPublicPreludeShape(`${PRELUDE_NAMESPACE}#${root}`)) {
    id = `${PRELUDE_NAMESPACE}#${root}`;
  } else {
    id = `${namespace}#${root}`;
    found = false;
  }
  return { id: id + member, found };
}

/** The value a trait gets when written without one: `{}` for structures, maps and unknown traits, `[]` for lists, else null. */
export function omittedTraitValue(traitType: ShapeType | 'apply' | undefined): NodeValue {
  if (traitType === 'list') return [];
  if (traitType === undefined || traitType === 'structure' || traitType === 'map') return {};
  return null;
}

/** Turns one parsed IDL file into a model fragment with absolute ids, given every shape of the model. */
export function buildIdlFragment(raw: RawFile, known: KnownShapes): ModelFragment {
  return new FragmentBuilder(raw, known).build();
}

class FragmentBuilder {
  private readonly diagnostics: SmithyDiagnostic[] = [];
  private readonly locations: LocationIndex = new Map();
  private readonly elisions: Elision[] = [];
  private readonly uses = new Map<string, string>();
  private readonly namespace: string;

  constructor(
    private readonly raw: RawFile,
    private readonly known: KnownShapes,
  ) {
    this.namespace = raw.namespace ?? PRELUDE_NAMESPACE;
  }

  build(): ModelFragment {
    for (const use of this.raw.uses) {
      const name = use.id.slice(use.id.indexOf('#') + 1);
      const previous = this.uses.get(name);
      if (previous !== undefined && previous !== use.id) {
        this.error(`Conflicting use statements: '${name}' is already imported as ${previous}`, use.loc);
      }
      this.uses.set(name, use.id);
      if (!this.known.has(use.id) && PRELUDE_SHAPES[use.id] === undefined && isModelNamespace(use.id, this.known)) {
        this.diagnostics.push(
          diagnosticAt('WARNING', `use statement imports ${use.id}, which is not defined in the model`, use.loc),
        );
      }
    }
    const metadata = this.raw.metadata.map((m) => ({
      key: m.key,
      value: this.node(m.value, (name) => resolveShapeId(name, PRELUDE_NAMESPACE, new Map(), new Map())),
      loc: m.loc,
    }));
    const firstAt = new Map<string, SourceLocation>();
    const shapes: Array<{ id: string; shape: AstShape }> = [];
    for (const s of this.raw.shapes) {
      const id = `${this.namespace}#${s.name}`;
      const first = firstAt.get(id);
      if (first !== undefined) {
        this.diagnostics.push(
          diagnosticAt(
            'ERROR',
            `Duplicate shape id ${id} (first defined at ${first.file}:${first.line}:${first.column})`,
            s.loc,
            id,
          ),
        );
        continue;
      }
      firstAt.set(id, s.loc);
      shapes.push(this.shape(s));
    }
    const applies = this.raw.applies.map((a) => {
      const target = this.resolve(a.target.id).id;
      return { target, traits: this.traits(target, a.traits, null), loc: a.target.loc };
    });
    return {
      file: this.raw.file,
      metadata,
      shapes,
      applies,
      elisions: this.elisions,
      locations: this.locations,
      diagnostics: this.diagnostics,
    };
  }

  private error(message: string, loc: SourceLocation): void {
    this.diagnostics.push(diagnosticAt('ERROR', message, loc));
  }

  private resolve(name: string): { id: string; found: boolean } {
    return resolveShapeId(name, this.namespace, this.uses, this.known);
  }

  private target(ownerId: string, property: string, ref: RawRef): AstTarget {
    const id = this.resolve(ref.id).id;
    this.locations.set(locationKey.ref(ownerId, property, id), ref.loc);
    return { target: id };
  }

  private shape(raw: RawShape): { id: string; shape: AstShape } {
    const id = `${this.namespace}#${raw.name}`;
    const imported = this.uses.get(raw.name);
    if (imported !== undefined)
      this.error(`Shape name '${raw.name}' conflicts with the use statement importing ${imported}`, raw.loc);
    this.locations.set(locationKey.shape(id), raw.loc);
    const shape: AstShape = { type: raw.type as ShapeType };
    if (raw.mixins.length > 0) shape.mixins = raw.mixins.map((m) => this.target(id, 'mixins', m));
    switch (raw.type) {
      case 'list':
      case 'map':
        this.collectionMembers(id, raw, shape);
        break;
      case 'structure':
      case 'union':
      case 'enum':
      case 'intEnum':
        shape.members = this.members(id, raw);
        break;
      case 'service':
        this.serviceBody(id, raw.body, shape);
        break;
      case 'resource':
        this.resourceBody(id, raw.body, shape);
        break;
      case 'operation': {
        const op = raw.operation!;
        shape.input = op.input === null ? { target: UNIT } : this.target(id, 'input', op.input);
        shape.output = op.output === null ? { target: UNIT } : this.target(id, 'output', op.output);
        if (op.errors !== null && op.errors.length > 0)
          shape.errors = op.errors.map((e) => this.target(id, 'errors', e));
        break;
      }
      default:
        break;
    }
    if (raw.forResource !== null && !raw.members.some((m) => m.target === null)) {
      this.target(id, 'for', raw.forResource);
    }
    const traits = this.traits(id, raw.traits, raw.docs);
    if (Object.keys(traits).length > 0) shape.traits = traits;
    return { id, shape };
  }

  private traits(ownerId: string, rawTraits: readonly RawTrait[], docs: string | null): Record<string, NodeValue> {
    const traits: Record<string, NodeValue> = {};
    const add = (traitId: string, value: NodeValue, loc: SourceLocation): void => {
      const existing = traits[traitId];
      if (existing === undefined || !hasKey(traits, traitId)) {
        setKey(traits, traitId, value);
        this.locations.set(locationKey.trait(ownerId, traitId), loc);
        return;
      }
      const merged = mergeTraitValues(existing, value);
      if (merged === null) this.error(`Conflicting values for trait ${traitId} on ${ownerId}`, loc);
      else setKey(traits, traitId, merged.value);
    };
    for (const t of rawTraits) {
      const traitId = this.resolve(t.id).id;
      const value =
        t.value === null ? omittedTraitValue(this.typeOf(traitId)) : this.node(t.value, (n) => this.resolve(n));
      add(traitId, value, t.loc);
    }
    if (docs !== null) {
      const loc = this.locations.get(locationKey.shape(ownerId)) ?? rawTraits[0]?.loc;
      if (loc !== undefined) add(DOCUMENTATION, docs, loc);
    }
    return traits;
  }

  private typeOf(id: string): ShapeType | 'apply' | undefined {
    return this.known.get(id) ?? PRELUDE_SHAPES[id]?.type;
  }

  private node(raw: RawNode, resolve: (name: string) => { id: string; found: boolean }): NodeValue {
    switch (raw.kind) {
      case 'null':
        return null;
      case 'boolean':
      case 'string':
        return raw.value;
      case 'number':
        if (isImpreciseInteger(raw.lexeme)) {
          this.diagnostics.push(
            diagnosticAt(
              'WARNING',
              `Integer ${raw.lexeme} is beyond ±2^53 and is kept as the nearest double, ${String(raw.value)}`,
              raw.loc,
            ),
          );
        }
        return raw.value;
      case 'id': {
        const r = resolve(raw.value);
        // Ids in namespaces the model does not load (aws.*, smithy.test, ...) cannot be checked here.
        if (!r.found && isModelNamespace(r.id, this.known)) {
          this.diagnostics.push(
            diagnosticAt(
              'DANGER',
              `Unquoted value '${raw.value}' is a shape id that does not resolve to any shape; it became the string "${r.id}" (quote literal strings)`,
              raw.loc,
            ),
          );
        }
        return r.id;
      }
      case 'array':
        return raw.items.map((item) => this.node(item, resolve));
      case 'object': {
        const out: Record<string, NodeValue> = {};
        for (const e of raw.entries) setKey(out, e.key, this.node(e.value, resolve));
        return out;
      }
    }
  }

  private memberObject(shapeId: string, raw: RawMember, target: string): AstMember {
    const memberId = `${shapeId}$${raw.name}`;
    this.locations.set(locationKey.shape(memberId), raw.loc);
    const traits = this.traits(memberId, raw.traits, raw.docs);
    const member: AstMember = { target };
    if (Object.keys(traits).length > 0) member.traits = traits;
    return member;
  }

  private memberTarget(shapeId: string, raw: RawMember, forResource: RawRef | null): string {
    if (raw.target !== null) {
      const id = this.resolve(raw.target.id).id;
      this.locations.set(locationKey.ref(`${shapeId}$${raw.name}`, 'target', id), raw.target.loc);
      return id;
    }
    this.elisions.push({
      shapeId,
      member: raw.name,
      forResource: forResource === null ? null : this.resolve(forResource.id).id,
      loc: raw.loc,
    });
    if (forResource !== null) this.target(shapeId, 'for', forResource);
    return '';
  }

  private checkDuplicateMembers(shapeId: string, raw: RawShape): void {
    const seen = new Map<string, string>();
    for (const m of raw.members) {
      const prior = seen.get(m.name.toLowerCase());
      if (prior !== undefined) {
        this.error(
          `Duplicate member '${m.name}' in ${shapeId}${prior === m.name ? '' : ` (conflicts with '${prior}'; member names are case-insensitive)`}`,
          m.loc,
        );
      }
      seen.set(m.name.toLowerCase(), m.name);
    }
  }

  private collectionMembers(id: string, raw: RawShape, shape: AstShape): void {
    this.checkDuplicateMembers(id, raw);
    const allowed = raw.type === 'list' ? ['member'] : ['key', 'value'];
    for (const m of raw.members) {
      if (!allowed.includes(m.name)) {
        this.error(
          `${raw.type} ${id} cannot have a member named '${m.name}'; expected ${allowed.map((a) => `'${a}'`).join(' and ')}`,
          m.loc,
        );
        continue;
      }
      if (m.assigned !== null)
        this.error(`Default values are only allowed on structure members, not on ${id}$${m.name}`, m.loc);
      const member = this.memberObject(id, m, this.memberTarget(id, m, raw.forResource));
      if (m.name === 'member') shape.member = member;
      else if (m.name === 'key') shape.key = member;
      else shape.value = member;
    }
    const hasElided = raw.members.some((m) => m.target === null);
    for (const name of allowed) {
      if (!raw.members.some((m) => m.name === name) && raw.mixins.length === 0 && !hasElided) {
        this.error(`${raw.type} ${id} is missing its '${name}' member`, raw.loc);
      }
    }
  }

  private members(id: string, raw: RawShape): Record<string, AstMember> {
    this.checkDuplicateMembers(id, raw);
    const out: Record<string, AstMember> = {};
    const isEnum = raw.type === 'enum' || raw.type === 'intEnum';
    for (const m of raw.members) {
      if (isEnum) {
        setKey(out, m.name, this.enumMember(id, raw.type, m));
        continue;
      }
      const member = this.memberObject(id, m, this.memberTarget(id, m, raw.forResource));
      if (m.assigned !== null) {
        if (raw.type !== 'structure')
          this.error(`Default values are only allowed on structure members, not on ${id}$${m.name}`, m.loc);
        const traits: Record<string, NodeValue> = member.traits ?? {};
        const value = this.node(m.assigned, (n) => this.resolve(n));
        const existing = traits[`${PRELUDE_NAMESPACE}#default`];
        if (existing !== undefined && mergeTraitValues(existing, value) === null) {
          this.error(`Conflicting values for trait smithy.api#default on ${id}$${m.name}`, m.assigned.loc);
        }
        setKey(traits, `${PRELUDE_NAMESPACE}#default`, value);
        this.locations.set(locationKey.trait(`${id}$${m.name}`, `${PRELUDE_NAMESPACE}#default`), m.assigned.loc);
        member.traits = traits;
      }
      setKey(out, m.name, member);
    }
    return out;
  }

  private enumMember(id: string, type: string, m: RawMember): AstMember {
    const member = this.memberObject(id, m, UNIT);
    const traits: Record<string, NodeValue> = member.traits ?? {};
    const key = `${PRELUDE_NAMESPACE}#enumValue`;
    let value: NodeValue | undefined;
    if (m.assigned !== null) {
      const v = m.assigned;
      if (type === 'enum' && v.kind !== 'string')
        this.error(`Enum member ${id}$${m.name} must be assigned a string value`, v.loc);
      else if (type === 'intEnum' && (v.kind !== 'number' || !Number.isInteger(v.value))) {
        this.error(`intEnum member ${id}$${m.name} must be assigned an integer value`, v.loc);
      } else value = this.node(v, (n) => this.resolve(n));
      if (value !== undefined) this.locations.set(locationKey.trait(`${id}$${m.name}`, key), v.loc);
    } else if (type === 'enum' && traits[key] === undefined) {
      value = m.name;
    }
    if (value !== undefined) {
      const existing = traits[key];
      if (existing !== undefined && mergeTraitValues(existing, value) === null) {
        this.error(`Conflicting values for trait ${key} on ${id}$${m.name}`, m.loc);
      }
      setKey(traits, key, value);
    }
    if (Object.keys(traits).length > 0) member.traits = traits;
    return member;
  }

  private bodyEntries(body: RawNode | null): Array<{ key: string; value: RawNode; keyLoc: SourceLocation }> {
    if (body === null || body.kind !== 'object') return [];
    return body.entries;
  }

  private idOf(ownerId: string, property: string, node: RawNode): AstTarget | null {
    if (node.kind !== 'id') {
      this.error(`${ownerId} property '${property}' must be a shape id, found ${describeNode(node)}`, node.loc);
      return null;
    }
    return this.target(ownerId, property, { id: node.value, loc: node.loc });
  }

  private idList(ownerId: string, property: string, node: RawNode): AstTarget[] {
    if (node.kind !== 'array') {
      this.error(
        `${ownerId} property '${property}' must be a list of shape ids, found ${describeNode(node)}`,
        node.loc,
      );
      return [];
    }
    return node.items.flatMap((item) => this.idOf(ownerId, property, item) ?? []);
  }

  private idMap(ownerId: string, property: string, node: RawNode): Record<string, AstTarget> {
    const out: Record<string, AstTarget> = {};
    if (node.kind !== 'object') {
      this.error(
        `${ownerId} property '${property}' must be an object of name: shape id, found ${describeNode(node)}`,
        node.loc,
      );
      return out;
    }
    for (const e of node.entries) {
      const t = this.idOf(ownerId, `${property}.${e.key}`, e.value);
      if (t !== null) setKey(out, e.key, t);
    }
    return out;
  }

  private serviceBody(id: string, body: RawNode | null, shape: AstShape): void {
    for (const { key, value, keyLoc } of this.bodyEntries(body)) {
      switch (key) {
        case 'version':
          if (value.kind === 'string') shape.version = value.value;
          else this.error(`Service ${id} version must be a quoted string, found ${describeNode(value)}`, value.loc);
          break;
        case 'operations':
        case 'resources':
        case 'errors':
          shape[key] = this.idList(id, key, value);
          break;
        case 'rename': {
          const rename: Record<string, string> = {};
          if (value.kind !== 'object') this.error(`Service ${id} rename must be an object`, value.loc);
          else {
            for (const e of value.entries) {
              if (e.value.kind !== 'string') this.error(`Service ${id} rename values must be strings`, e.value.loc);
              else setKey(rename, this.resolve(e.key).id, e.value.value);
            }
          }
          shape.rename = rename;
          break;
        }
        default:
          this.error(
            `Unknown service property '${key}' in ${id}; expected version, operations, resources, errors or rename`,
            keyLoc,
          );
      }
    }
  }

  private resourceBody(id: string, body: RawNode | null, shape: AstShape): void {
    for (const { key, value, keyLoc } of this.bodyEntries(body)) {
      switch (key) {
        case 'identifiers':
        case 'properties':
          shape[key] = this.idMap(id, key, value);
          break;
        case 'create':
        case 'put':
        case 'read':
        case 'update':
        case 'delete':
        case 'list': {
          const t = this.idOf(id, key, value);
          if (t !== null) shape[key] = t;
          break;
        }
        case 'operations':
        case 'collectionOperations':
        case 'resources':
          shape[key] = this.idList(id, key, value);
          break;
        default:
          this.error(
            `Unknown resource property '${key}' in ${id}; expected identifiers, properties, create, put, read, update, delete, list, operations, collectionOperations or resources`,
            keyLoc,
          );
      }
    }
  }
}

function describeNode(node: RawNode): string {
  switch (node.kind) {
    case 'string':
      return `the string ${JSON.stringify(node.value)}`;
    case 'number':
      return `the number ${node.lexeme}`;
    case 'id':
      return `'${node.value}'`;
    default:
      return `${node.kind === 'object' || node.kind === 'array' ? 'an' : 'a'} ${node.kind}`;
  }
}

/** True when the namespace of `id` is the prelude's or one the loaded model defines shapes in. */
export function isModelNamespace(id: string, known: KnownShapes): boolean {
  const ns = id.slice(0, id.indexOf('#'));
  if (ns === PRELUDE_NAMESPACE) return true;
  for (const k of known.keys()) if (k.startsWith(`${ns}#`)) return true;
  return false;
}
