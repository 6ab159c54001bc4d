import type { Check } from '../check.js';
import { listAt } from '../expect.js';
import { createScenario } from '../scenario.js';

/** Viewer sessions of a channel can be revoked, one at a time or in a batch that reports unknown channels. */
export const viewerSessionRevocations: Check = {
  id: 'viewerSessionRevocations',
  title: 'Viewer sessions are revoked on known channels only',
  family: 'semantics',
  operations: ['StartViewerSessionRevocation', 'BatchStartViewerSessionRevocation'],
  rule: 'StartViewerSessionRevocation succeeds for a channel that exists and is 404 ResourceNotFoundException for one that does not; BatchStartViewerSessionRevocation succeeds and lists in errors exactly the pairs whose channel does not exist (any code).',
  async run(context) {
    const s = createScenario(context.client);
    const created = s.setup(await context.fixtures.createChannel({ name: context.fixtures.name('revocations') }));
    if (!created) return s.outcomes;
    const channelArn = created.arn;
    const unknown = await context.fixtures.unknownArn('channel');

    const revoked = await s.succeed(
      'StartViewerSessionRevocation',
      { channelArn, viewerId: 'ivsc-viewer-1', viewerSessionVersionsLessThanOrEqualTo: 3 },
      'revoking a viewer of a channel',
    );
    if (revoked)
      s.assert(true, 'StartViewerSessionRevocation', 'a viewer of an existing channel can be revoked', [revoked]);
    await s.error(
      'StartViewerSessionRevocation',
      { channelArn: unknown, viewerId: 'ivsc-viewer-1' },
      'ResourceNotFoundException',
      'revoking a viewer of a channel that does not exist',
    );

    const batch = await s.succeed(
      'BatchStartViewerSessionRevocation',
      {
        viewerSessions: [
          { channelArn, viewerId: 'ivsc-viewer-2' },
          { channelArn: unknown, viewerId: 'ivsc-viewer-3' },
        ],
      },
      'a batch with one known and one unknown channel',
    );
    if (!batch) return s.outcomes;
    const errors = listAt(batch.json, 'errors').map((e) => `${String(e['channelArn'])} ${String(e['viewerId'])}`);
    const want = `${unknown} ivsc-viewer-3`;
    s.assert(
      errors.length === 1 && errors[0] === want,
      'BatchStartViewerSessionRevocation',
      'the batch reports the unknown channel in errors, and only it',
      [batch],
      `BatchStartViewerSessionRevocation errors name ${JSON.stringify(errors)}, expected only ${JSON.stringify(want)}`,
    );
    return s.outcomes;
  },
};
