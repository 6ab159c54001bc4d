/** The parts of an ajv error object that the message needs (generated `ValidationIssue` satisfies it). */
export interface IssueLike {
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: Record<string, unknown>;
  readonly propertyName?: string;
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * Turns a JSON pointer into the member path AWS prints: object members joined by `.`, list items
 * as `<list>.<1-based index>.member` (`/arns/0` → `arns.1.member`).
 */
export function memberPath(instancePath: string, input: unknown): string {
  const parts: string[] = [];
  let value: unknown = input;
  for (const raw of instancePath.split('/').slice(1)) {
    const segment = unescapePointer(raw);
    if (Array.isArray(value)) {
      const index = Number(segment);
      parts.push(`${index + 1}`, 'member');
      value = value[index];
    } else {
      parts.push(segment);
      value =
        typeof value === 'object' && value !== null && Object.hasOwn(value, segment)
          ? (value as Record<string, unknown>)[segment]
          : undefined;
    }
  }
  return parts.join('.');
}

const limitOf = (issue: IssueLike): string => String(issue.params['limit']);

/** The AWS wording of one violated constraint (`Member must …`). */
export function constraintText(issue: IssueLike): string {
  switch (issue.keyword) {
    case 'required':
      return 'Member must not be null';
    case 'pattern':
      return `Member must satisfy regular expression pattern: ${String(issue.params['pattern'])}`;
    case 'minLength':
    case 'minItems':
    case 'minProperties':
      return `Member must have length greater than or equal to ${limitOf(issue)}`;
    case 'maxLength':
    case 'maxItems':
    case 'maxProperties':
      return `Member must have length less than or equal to ${limitOf(issue)}`;
    case 'minimum':
      return `Member must have value greater than or equal to ${limitOf(issue)}`;
    case 'maximum':
      return `Member must have value less than or equal to ${limitOf(issue)}`;
    case 'exclusiveMinimum':
      return `Member must have value greater than ${limitOf(issue)}`;
    case 'exclusiveMaximum':
      return `Member must have value less than ${limitOf(issue)}`;
    case 'enum': {
      const allowed = issue.params['allowedValues'];
      return `Member must satisfy enum value set: [${Array.isArray(allowed) ? allowed.join(', ') : ''}]`;
    }
    case 'type':
      return `Member must be of type ${String(issue.params['type'])}`;
    case 'minBytes':
      return `Member must have a UTF-8 encoded length greater than or equal to ${limitOf(issue)} bytes`;
    case 'maxBytes':
      return `Member must have a UTF-8 encoded length less than or equal to ${limitOf(issue)} bytes`;
    case 'format':
      return `Member must be a valid ${String(issue.params['format'])}`;
    default:
      return `Member must satisfy the ${issue.keyword} constraint`;
  }
}

/** One issue as AWS words it: `Value at 'tags' failed to satisfy constraint: Member must …`. */
function describeIssue(issue: IssueLike, input: unknown): string {
  const base = memberPath(issue.instancePath, input);
  if (issue.keyword === 'required') {
    const missing = String(issue.params['missingProperty']);
    return `Value null at '${base === '' ? missing : `${base}.${missing}`}' failed to satisfy constraint: ${constraintText(issue)}`;
  }
  if (issue.propertyName !== undefined) {
    return `Value at '${base}' failed to satisfy constraint: Map keys must satisfy constraint: [${constraintText(issue)}]`;
  }
  return `Value at '${base}' failed to satisfy constraint: ${constraintText(issue)}`;
}

/**
 * The message of a ValidationException for a failed input validation, AWS style:
 * `1 validation error detected: Value at 'arn' failed to satisfy constraint: Member must …`.
 * Issues that only wrap another (ajv's `propertyNames`) are left out.
 */
export function validationMessage(issues: readonly IssueLike[], input: unknown): string {
  const shown = issues.filter((issue) => issue.keyword !== 'propertyNames');
  const lines = (shown.length > 0 ? shown : issues).map((issue) => describeIssue(issue, input));
  const count = lines.length;
  return `${count} validation error${count === 1 ? '' : 's'} detected: ${lines.join('; ')}`;
}
