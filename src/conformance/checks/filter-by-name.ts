import { walkPages } from '../paging.js';
import { createScenario } from '../scenario.js';
import type { Check } from '../check.js';

/** ListChannels `filterByName` keeps the channel with that name and drops unrelated ones. */
export const filterByName: Check = {
  id: 'filterByName',
  title: 'ListChannels filterByName',
  family: 'semantics',
  operations: ['ListChannels'],
  rule: 'ListChannels with filterByName lists the channel of exactly that name and no channel whose name is unrelated; whether a longer name that starts with it also matches is not specified (a spec-silence warning).',
  async run(context) {
    const s = createScenario(context.client);
    const name = context.fixtures.name('filter');
    const exact = s.setup(await context.fixtures.createChannel({ name }));
    const longer = s.setup(await context.fixtures.createChannel({ name: `${name}-longer` }));
    const other = s.setup(await context.fixtures.createChannel({ name: context.fixtures.name('unrelated') }));
    if (!exact || !longer || !other) return s.outcomes;
    const walk = await walkPages(context.client, 'ListChannels', 'channels', { filterByName: name }, 50);
    if (walk.problem) {
      s.assert(false, 'ListChannels', 'the filtered list can be read', walk.pages, walk.problem);
      return s.outcomes;
    }
    const arns = walk.items.map((c) => c['arn']);
    s.assert(
      arns.includes(exact.arn),
      'ListChannels',
      'the channel with exactly that name is listed',
      walk.pages,
      `filterByName ${name} does not list the channel of that name (${exact.arn})`,
    );
    const strangers = walk.items.filter((c) => typeof c['name'] !== 'string' || !c['name'].includes(name));
    s.assert(
      strangers.length === 0,
      'ListChannels',
      'no channel with an unrelated name is listed',
      walk.pages,
      `filterByName ${name} also lists ${strangers.length} channel(s) with other names, such as ${JSON.stringify(strangers[0]?.['name'])}`,
    );
    if (arns.includes(longer.arn)) {
      s.warn(
        'ListChannels',
        `filterByName ${name} also matches ${name}-longer (prefix or substring match); the spec does not say which match applies`,
        walk.pages,
      );
    }
    return s.outcomes;
  },
};
