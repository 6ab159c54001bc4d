import { recordAt } from '../expect.js';
import { createScenario } from '../scenario.js';
import type { Check } from '../check.js';

/** Request members the model does not know (sent by newer SDKs) are ignored, not refused. */
export const unknownMembersIgnored: Check = {
  id: 'unknownMembersIgnored',
  title: 'Unknown request members are ignored',
  family: 'robustness',
  operations: ['CreateChannel', 'GetChannel', 'ListChannels'],
  rule: 'A request with extra JSON members that the model does not define (such as the later `authorized` or `insecureIngest`) is handled as if they were absent.',
  async run(context) {
    const s = createScenario(context.client);
    const name = context.fixtures.name('unknown-members');
    const created = await context.client.raw(
      {
        method: 'POST',
        path: '/CreateChannel',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          name,
          tags: context.fixtures.runTags,
          authorized: false,
          insecureIngest: false,
          futureMember: { nested: [1] },
        }),
      },
      'CreateChannel',
    );
    const arn = recordAt(created.json, 'channel')['arn'];
    if (
      !s.assert(
        typeof arn === 'string' && (created.response?.status ?? 0) < 300,
        'CreateChannel',
        'CreateChannel with unknown members succeeds',
        [created],
        `CreateChannel with unknown members answered ${created.response?.status ?? created.transportError}`,
      )
    ) {
      return s.outcomes;
    }
    const got = await context.client.raw(
      {
        method: 'POST',
        path: '/GetChannel',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ arn, futureFilter: 'x' }),
      },
      'GetChannel',
    );
    s.assert(
      (got.response?.status ?? 0) === 200 && recordAt(got.json, 'channel')['name'] === name,
      'GetChannel',
      'GetChannel with an unknown member succeeds',
      [got],
      `GetChannel with an unknown member answered ${got.response?.status ?? got.transportError}`,
    );
    const listed = await context.client.raw(
      {
        method: 'POST',
        path: '/ListChannels',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ filterByName: name, futureFilter: { enabled: true } }),
      },
      'ListChannels',
    );
    s.assert(
      (listed.response?.status ?? 0) === 200,
      'ListChannels',
      'ListChannels with an unknown member succeeds',
      [listed],
      `ListChannels with an unknown member answered ${listed.response?.status ?? listed.transportError}`,
    );
    return s.outcomes;
  },
};
