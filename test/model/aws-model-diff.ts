import type { AstModelLike, AstShapeLike, AstValue } from './botocore-diff.js';

/** One fact on which our model and AWS's Smithy model disagree, printed as one line. */
export type AwsDifference = string;

const PRELUDE = 'smithy.api#';

/** Shape traits compared one by one (member traits have their own list). */
const SHAPE_TRAITS = [
  'length',
  'range',
  'pattern',
  'timestampFormat',
  'sensitive',
  'httpError',
  'error',
  'readonly',
  'idempotent',
  'http',
  'paginated',
  'default',
] as const;

const MEMBER_TRAITS = [
  'required',
  'httpLabel',
  'httpQuery',
  'httpHeader',
  'default',
  'length',
  'range',
  'pattern',
  'timestampFormat',
] as const;

/**
 * Compares our model with AWS's Smithy model on everything AWS's model has: every shape exists
 * with the same type, the same traits and the same members (same targets and member traits), and
 * every operation has the same errors. Enum member names are not compared (ours are the values),
 * AWS's doubled anchors (`^^$|…$$`) count as the plain ones, and an `items` member that only our
 * `@paginated` names is no difference. Shapes only we have are not
 * reported: the launch comparison and the SDK type test cover those. Sorted lines.
 */
export function diffAgainstAwsModel(ours: AstModelLike, aws: AstModelLike, namespace: string): AwsDifference[] {
  const out: AwsDifference[] = [];
  const short = (id: string): string => id.slice(id.indexOf('#') + 1);
  for (const [id, theirs] of Object.entries(aws.shapes)) {
    if (!id.startsWith(`${namespace}#`) || theirs.type === 'service') continue;
    const name = short(id);
    const mine = ours.shapes[id];
    if (mine === undefined) {
      out.push(`${name}: shape missing (aws: ${theirs.type})`);
      continue;
    }
    const theirType = isStringEnum(theirs) ? 'enum' : theirs.type;
    if (theirType !== mine.type) out.push(`${name}: type aws ${theirType} / ours ${mine.type}`);
    for (const trait of SHAPE_TRAITS) compareTrait(out, name, trait, theirs.traits, mine.traits);
    if (theirs.type === 'operation') {
      const theirErrors = (theirs.errors ?? []).map((e) => short(e.target)).sort();
      const ourErrors = (mine.errors ?? []).map((e) => short(e.target)).sort();
      for (const error of ourErrors.filter((e) => !theirErrors.includes(e)))
        out.push(`${name}: error ${error} only in ours`);
      for (const error of theirErrors.filter((e) => !ourErrors.includes(e)))
        out.push(`${name}: error ${error} only in aws`);
    }
    if (theirType !== 'enum') compareMembers(out, name, theirs, mine, short);
  }
  return out.sort();
}

function compareMembers(
  out: AwsDifference[],
  name: string,
  theirs: AstShapeLike,
  mine: AstShapeLike,
  short: (id: string) => string,
): void {
  for (const [memberName, member] of Object.entries(theirs.members ?? {})) {
    const subject = `${name}$${memberName}`;
    const ourMember = mine.members?.[memberName];
    if (ourMember === undefined) {
      out.push(`${subject}: member missing`);
      continue;
    }
    if (short(member.target) !== short(ourMember.target))
      out.push(`${subject}: target aws ${short(member.target)} / ours ${short(ourMember.target)}`);
    for (const trait of MEMBER_TRAITS) compareTrait(out, subject, trait, member.traits, ourMember.traits);
  }
  for (const part of ['member', 'key', 'value'] as const) {
    const theirPart = theirs[part];
    if (theirPart !== undefined && short(theirPart.target) !== short(mine[part]?.target ?? ''))
      out.push(`${name}$${part}: target aws ${short(theirPart.target)} / ours ${short(mine[part]?.target ?? '')}`);
  }
}

function compareTrait(
  out: AwsDifference[],
  subject: string,
  trait: string,
  theirs: { readonly [id: string]: AstValue } | undefined,
  mine: { readonly [id: string]: AstValue } | undefined,
): void {
  const theirRaw = theirs?.[`${PRELUDE}${trait}`];
  let ourRaw = mine?.[`${PRELUDE}${trait}`];
  // AWS's @paginated leaves `items` to the SDK's paginators; ours names it, which is not a disagreement.
  if (trait === 'paginated' && isObject(theirRaw) && !('items' in theirRaw) && isObject(ourRaw)) {
    const { items: _items, ...rest } = ourRaw;
    ourRaw = rest;
  }
  const theirValue = normalize(trait, theirRaw);
  const ourValue = normalize(trait, ourRaw);
  if (theirValue !== ourValue) out.push(`${subject}: @${trait} aws ${theirValue} / ours ${ourValue}`);
}

function normalize(trait: string, value: AstValue | undefined): string {
  if (value === undefined) return '(none)';
  if (trait === 'pattern' && typeof value === 'string') return value.replace('^^$|', '^$|').replace(/\$\$$/, '$');
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: AstValue): AstValue {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys(value[key] as AstValue)]),
  );
}

function isObject(value: AstValue | undefined): value is { readonly [key: string]: AstValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringEnum(shape: AstShapeLike): boolean {
  return shape.type === 'string' && shape.traits?.[`${PRELUDE}enum`] !== undefined;
}
