import { describe, expect, test } from 'vitest';
import { applyAllowList, formatDifference, parseAllowList } from './allow-list.js';

const table = (rows: string[]): string =>
  ['# Title', '', '| subject | aspect | botocore | ours | why |', '|---|---|---|---|---|', ...rows, '', 'After.'].join(
    '\n',
  );

describe('parseAllowList', () => {
  test('reads rows, strips backticks and keeps the line number', () => {
    const result = parseAllowList(table(['| `A$b` | pattern | `^x$` | (none) | broken |']));
    expect(result).toEqual({
      ok: true,
      value: [{ subject: 'A$b', aspect: 'pattern', botocore: '^x$', ours: '(none)', why: 'broken', line: 5 }],
    });
  });

  test('reads an escaped pipe as a literal pipe', () => {
    const result = parseAllowList(table(['| `A` | pattern | `^(a\\|b)$` | (none) | why |']));
    expect(result.ok && result.value[0]?.botocore).toBe('^(a|b)$');
  });

  test('stops at the first line that is not a table row', () => {
    const result = parseAllowList(`${table(['| A | code | 200 | 204 | why |'])}\n| B | code | 200 | 204 | why |`);
    expect(result.ok && result.value.map((r) => r.subject)).toEqual(['A']);
  });

  test('reads every table with the allow-list header, in file order', () => {
    const result = parseAllowList(
      `${table(['| A | code | 200 | 204 | why |'])}\n\n## More\n\n${table(['| B | code | 200 | 204 | why |'])}`,
    );
    expect(result.ok && result.value.map((r) => r.subject)).toEqual(['A', 'B']);
  });

  test('ignores tables with another header', () => {
    const other = '| when | status |\n|---|---|\n| x | 400 |';
    const result = parseAllowList(`${other}\n\n${table(['| A | code | 200 | 204 | why |'])}`);
    expect(result.ok && result.value.map((r) => r.subject)).toEqual(['A']);
  });

  test('rejects a row repeated in a second table', () => {
    const result = parseAllowList(
      `${table(['| A | code | 200 | 204 | x |'])}\n\n${table(['| A | code | 200 | 204 | y |'])}`,
    );
    expect(result.ok ? '' : result.error).toContain('duplicate row');
  });

  test.each([
    ['a missing table', '# nothing here', 'no table'],
    ['a row with too few cells', table(['| A | code | 200 | 204 |']), 'line 5: expected 5 cells, found 4'],
    ['an empty reason', table(['| A | code | 200 | 204 |  |']), 'line 5: every cell must be filled in'],
    [
      'a duplicate row',
      table(['| A | code | 200 | 204 | x |', '| A | code | 200 | 204 | y |']),
      'line 6: duplicate row',
    ],
  ])('rejects %s', (_name, markdown, message) => {
    const result = parseAllowList(markdown);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toContain(message);
  });
});

describe('applyAllowList', () => {
  const allowed = { subject: 'A', aspect: 'code', botocore: '200', ours: '204', why: 'w', line: 5 };

  test('a listed difference is not unexpected', () => {
    const result = applyAllowList([{ subject: 'A', aspect: 'code', botocore: '200', ours: '204' }], [allowed]);
    expect(result).toEqual({ unexpected: [], unused: [] });
  });

  test('a `*` in the subject matches any run of characters, and the row is used', () => {
    const row = { subject: '*$cacheControl', aspect: 'member', botocore: '(none)', ours: 'String', why: 'w', line: 7 };
    const differences = [
      { subject: 'AError$cacheControl', aspect: 'member', botocore: '(none)', ours: 'String' },
      { subject: 'BOutput$cacheControl', aspect: 'member', botocore: '(none)', ours: 'String' },
    ];
    expect(applyAllowList(differences, [row])).toEqual({ unexpected: [], unused: [] });
  });

  test('a `*` row still needs the other cells to match exactly', () => {
    const row = { subject: '*$cacheControl', aspect: 'member', botocore: '(none)', ours: 'String', why: 'w', line: 7 };
    const difference = { subject: 'AError$cacheControl', aspect: 'member', botocore: '(none)', ours: 'Long' };
    expect(applyAllowList([difference], [row])).toEqual({ unexpected: [difference], unused: [row] });
  });

  test('other regular-expression characters in a subject are literal', () => {
    const row = { subject: 'A.b*', aspect: 'code', botocore: '200', ours: '204', why: 'w', line: 7 };
    const difference = { subject: 'AXb$c', aspect: 'code', botocore: '200', ours: '204' };
    expect(applyAllowList([difference], [row]).unexpected).toEqual([difference]);
  });

  test('a difference with another value is unexpected and the row is unused', () => {
    const difference = { subject: 'A', aspect: 'code', botocore: '200', ours: '201' };
    expect(applyAllowList([difference], [allowed])).toEqual({ unexpected: [difference], unused: [allowed] });
  });
});

test('formatDifference prints one line', () => {
  expect(formatDifference({ subject: 'A$b', aspect: 'required', botocore: 'true', ours: 'false' })).toBe(
    'A$b required: botocore true / ours false',
  );
});
