import type { Check } from '../check.js';
import type { CheckContext } from '../context.js';
import { firstDifference, without } from '../contains.js';
import { describeExchange, errorTypeOf, recordAt, succeeded } from '../expect.js';
import { skip } from '../outcome.js';
import { walkPages } from '../paging.js';
import { awaitRecordingState } from '../recording-state.js';
import {
  addedResources,
  createResource,
  mediaTailorArn,
  type ResourceKind,
  type CreatedResource,
} from '../resource-kinds.js';
import { createScenario, type Scenario } from '../scenario.js';

const MAX_LIST_PAGES = 50;

/** The members a create answer may change on its own: the state moves, tags are tagSemantics' business. */
const VOLATILE = ['state', 'tags'];

/** The update each kind that has one gets: every member changed but one, which must be kept. */
async function updateInput(
  context: CheckContext,
  spec: ResourceKind,
  created: CreatedResource,
): Promise<Record<string, unknown>> {
  const name = context.fixtures.name(`${spec.kind}-renamed`);
  if (spec.kind === 'playback-restriction-policy')
    return { arn: created.arn, name, allowedCountries: ['DE'], enableStrictOriginEnforcement: true };
  return {
    arn: created.arn,
    name,
    mediaTailorPlaybackConfigurations: [{ playbackConfigurationArn: await mediaTailorArn(context, name) }],
  };
}

/** Walks every page of the kind's list and finds the resource by ARN. */
async function listed(context: CheckContext, spec: ResourceKind, arn: string) {
  const walk = await walkPages(context.client, spec.list, spec.listMember, { maxResults: 100 }, MAX_LIST_PAGES);
  return { summary: walk.items.find((item) => item['arn'] === arn), walk };
}

/**
 * Importing a key that is already imported: ConflictException (declared, and what the emulator
 * answers) passes; the documentation does not say it is refused, so anything else below 500 is a
 * spec-silence warning.
 */
async function importAgain(s: Scenario, spec: ResourceKind, input: Record<string, unknown>): Promise<void> {
  const again = await s.call(spec.create, input);
  const type = errorTypeOf(again);
  if (type === 'ConflictException')
    s.assert(true, spec.create, `importing the same public key again: ConflictException`, [again]);
  else if (type === 'ServiceQuotaExceededException')
    s.outcomes.push(
      skip(spec.create, `importing the same public key again hit the key pair quota (${describeExchange(again)})`),
    );
  else if (succeeded(again) || (again.response !== null && again.response.status < 500))
    s.warn(
      spec.create,
      `importing the same public key again answered ${describeExchange(again)}; the documentation does not say whether a key may be imported twice (the emulator answers 409 ConflictException)`,
      [again],
    );
}

/** A lifecycle check for one added resource kind. */
function lifecycleCheck(spec: ResourceKind): Check {
  const id = `${spec.noun.replace(/ (\w)/g, (_m, c: string) => c.toUpperCase())}Lifecycle`;
  const operations = [spec.create, spec.get, spec.list, ...(spec.update ? [spec.update] : []), spec.delete];
  return {
    id,
    title: `Create, read, list${spec.update ? ', update' : ''}, delete ${spec.aNoun}`,
    family: 'semantics',
    operations,
    rule: `${spec.create} stores what it is given; ${spec.get} answers what ${spec.create} answered; ${spec.list} lists it${
      spec.update ? `; ${spec.update} changes only the given members and the change is stored` : ''
    }${spec.kind === 'playback-key' ? '; importing the same key again is ConflictException (otherwise a spec-silence warning)' : ''}; after ${spec.delete}, ${spec.get} and a second ${spec.delete} give 404 ResourceNotFoundException and ${spec.list} no longer lists it.`,
    async run(context) {
      const s = createScenario(context.client);
      const created = s.setup(await createResource(context, spec.kind, `${spec.kind}-life`));
      if (!created) return s.outcomes;
      const { arn, resource, input, exchange } = created;

      const given = without(input, 'tags', 'publicKeyMaterial');
      const asCreated = firstDifference(resource, given);
      s.assert(
        asCreated === null,
        spec.create,
        `the new ${spec.noun} has the given ${Object.keys(given).join(', ')}`,
        [exchange],
        `the new ${spec.noun} is not what was asked for: ${asCreated}`,
      );
      if (spec.kind === 'playback-key') {
        const fingerprint = resource['fingerprint'];
        s.assert(
          typeof fingerprint === 'string' && fingerprint !== '',
          spec.create,
          `${spec.create} answers the key's fingerprint`,
          [exchange],
          `${spec.create} answers fingerprint ${JSON.stringify(fingerprint)}, expected a non-empty string`,
        );
        await importAgain(s, spec, input);
      }

      const got = await s.succeed(spec.get, { arn }, `reading the new ${spec.noun}`);
      if (!got) return s.outcomes;
      const read = recordAt(got.json, spec.member);
      const asRead = firstDifference(without(read, ...VOLATILE), without(resource, ...VOLATILE));
      s.assert(
        asRead === null,
        spec.get,
        `${spec.get} answers what ${spec.create} answered`,
        [exchange, got],
        `${spec.get} differs from what ${spec.create} answered: ${asRead}`,
      );

      const found = await listed(context, spec, arn);
      s.assert(
        found.summary !== undefined && found.summary['name'] === resource['name'],
        spec.list,
        `${spec.list} lists the new ${spec.noun} with its name`,
        [exchange, ...found.walk.pages.slice(-1)],
        found.summary
          ? `${spec.list} lists the new ${spec.noun} with name ${JSON.stringify(found.summary['name'])}, expected ${JSON.stringify(resource['name'])}`
          : `${spec.list} does not list the new ${spec.noun} ${arn}${found.walk.problem ? ` (${found.walk.problem})` : ''}`,
      );

      let current = resource;
      if (spec.update) {
        const change = await updateInput(context, spec, created);
        const updated = await s.succeed(spec.update, change, `updating the ${spec.noun}`);
        if (!updated) return s.outcomes;
        const want = { ...without(resource, ...VOLATILE), ...without(change, 'arn') };
        const answer = recordAt(updated.json, spec.member);
        const asAnswered = firstDifference(without(answer, ...VOLATILE), want);
        s.assert(
          asAnswered === null,
          spec.update,
          `${spec.update} answers with the change and keeps the rest`,
          [updated],
          `${spec.update} answers ${spec.aNoun} that is not the updated one: ${asAnswered}`,
        );
        const reread = await s.succeed(spec.get, { arn }, `reading the updated ${spec.noun}`);
        if (!reread) return s.outcomes;
        const asStored = firstDifference(without(recordAt(reread.json, spec.member), ...VOLATILE), want);
        s.assert(
          asStored === null,
          spec.update,
          `the update is stored: ${spec.get} answers the changed ${spec.noun}`,
          [updated, reread],
          `after ${spec.update}, ${spec.get} answers ${spec.aNoun} that is not the updated one: ${asStored}`,
        );
        current = recordAt(reread.json, spec.member);
      }

      if (spec.kind === 'recording-configuration') {
        // A configuration still being created may not be deletable yet; recordingConfigurationState judges the wait.
        await awaitRecordingState(context.client, arn, {
          initial: current['state'],
          timeoutMs: context.recordingStateTimeoutMs,
          signal: context.signal,
        });
      }
      const deleted = await s.succeed(spec.delete, { arn }, `deleting the ${spec.noun}`);
      if (!deleted) return s.outcomes;
      await s.error(spec.get, { arn }, 'ResourceNotFoundException', `${spec.get} after ${spec.delete}`);
      await s.error(spec.delete, { arn }, 'ResourceNotFoundException', `a second ${spec.delete}`);
      const after = await listed(context, spec, arn);
      s.assert(
        after.summary === undefined && after.walk.problem === null,
        spec.list,
        `${spec.list} no longer lists the deleted ${spec.noun}`,
        [deleted, ...after.walk.pages.slice(-1)],
        after.summary
          ? `${spec.list} still lists the deleted ${spec.noun} ${arn}`
          : `${spec.list} could not be walked after ${spec.delete}: ${after.walk.problem}`,
      );
      return s.outcomes;
    },
  };
}

/** One lifecycle check per resource kind today's API added: recording configurations, playback key pairs, playback restriction policies, ad configurations. */
export const resourceLifecycleChecks: readonly Check[] = addedResources.map(lifecycleCheck);
