import { CreateChannelCommand, GetChannelCommand, ListChannelsCommand, ListStreamsCommand } from '@aws-sdk/client-ivs';
import { describe, expect, test } from 'vitest';
import { rejection, useIvsMock } from './sdk-harness.js';

const mock = useIvsMock();

describe('faults, as the SDK and its retries see them', () => {
  test('two throttles then success: the SDK retries and succeeds on the 3rd attempt', async () => {
    // ListChannels does not model ThrottlingException, so the rule names every operation ('*').
    mock.faults.add({ operation: '*', error: 'ThrottlingException', times: 2 });
    const out = await mock.client().send(new ListChannelsCommand({}));
    expect(out.$metadata.attempts).toBe(3);
    expect(out.channels).toEqual([]);
  });

  test('three throttles exhaust the default 3 attempts', async () => {
    mock.faults.add({ operation: '*', error: 'ThrottlingException', times: 3 });
    const error = await rejection(mock.client().send(new ListStreamsCommand({})));
    expect(error.name).toBe('ThrottlingException');
    expect(error.$metadata.attempts).toBe(3);
    expect(error.$metadata.httpStatusCode).toBe(429);
  });

  test.each([
    ['InternalServerException', 500],
    ['StreamUnavailable', 503],
  ] as const)('a server-side %s is retried', async (error, status) => {
    mock.faults.add({ operation: '*', error, times: 1 });
    const out = await mock.client().send(new CreateChannelCommand({}));
    expect(out.$metadata.attempts).toBe(2);
    expect(status).toBeGreaterThanOrEqual(500);
  });

  test('a client-side fault such as AccessDeniedException is not retried', async () => {
    mock.faults.add({ operation: 'CreateChannel', error: 'AccessDeniedException' });
    const error = await rejection(mock.client().send(new CreateChannelCommand({})));
    expect([error.name, error.$metadata.httpStatusCode, error.$metadata.attempts]).toEqual([
      'AccessDeniedException',
      403,
      1,
    ]);
  });

  test('a fault changes no state: the throttled create made no channel', async () => {
    mock.faults.add({ operation: 'CreateChannel', error: 'ServiceQuotaExceededException', times: 1 });
    await rejection(mock.client().send(new CreateChannelCommand({})));
    expect((await mock.client().send(new ListChannelsCommand({}))).channels).toEqual([]);
  });

  test('a network error fails the call at the transport level (the SDK does not retry a generic one); the next call gets through', async () => {
    mock.faults.add({ operation: 'ListChannels', networkError: true, times: 1 });
    const error = await rejection(mock.client().send(new ListChannelsCommand({})));
    expect(error).toBeInstanceOf(TypeError);
    expect((await mock.client().send(new ListChannelsCommand({}))).$metadata.attempts).toBe(1);
  });

  test('added latency delays the answer but keeps it correct', async () => {
    const { channel } = await mock.client().send(new CreateChannelCommand({ name: 'slow' }));
    mock.faults.add({ operation: 'GetChannel', latencyMs: 30 });
    expect((await mock.client().send(new GetChannelCommand({ arn: channel?.arn ?? '' }))).channel?.name).toBe('slow');
  });

  test('faults with a probability hit some calls and spare others', async () => {
    mock.faults.add({ operation: 'ListStreams', error: 'AccessDeniedException', probability: 0.5 });
    const outcomes: boolean[] = [];
    for (let i = 0; i < 16; i += 1) {
      outcomes.push(
        await mock
          .client({ maxAttempts: 1 })
          .send(new ListStreamsCommand({}))
          .then(
            () => true,
            () => false,
          ),
      );
    }
    expect(outcomes.filter(Boolean).length).toBeGreaterThan(0);
    expect(outcomes.filter((ok) => !ok).length).toBeGreaterThan(0);
  });

  test('a fault can carry its own message and status', async () => {
    mock.faults.add({ operation: 'ListChannels', error: 'ValidationException', message: 'custom words', status: 422 });
    const error = await rejection(mock.client().send(new ListChannelsCommand({})));
    expect([error.name, error.message, error.$metadata.httpStatusCode]).toEqual([
      'ValidationException',
      'custom words',
      422,
    ]);
  });
});
