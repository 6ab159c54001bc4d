import { HttpHandler } from 'msw';
import { describe, expect, test } from 'vitest';
import {
  createFaultController,
  createIvsStore,
  type FaultRule,
  FaultRuleError,
  ivsHandlers,
} from '../../src/mock/index.js';

describe('a fault rule naming something the model does not have throws when it is made', () => {
  test.each([
    ['an unknown operation', { operation: 'GetChanel' }, /'GetChanel' is not an IVS operation/],
    [
      'an unknown operation in a list',
      { operation: ['GetChannel', 'GetStreem'] },
      /'GetStreem' is not an IVS operation/,
    ],
    ['an unknown error', { error: 'Throttled' }, /'Throttled' is not an IVS error/],
    [
      'an error the operation does not model',
      { operation: 'GetChannel', error: 'ThrottlingException' },
      /GetChannel does not model ThrottlingException \(it models AccessDeniedException, ResourceNotFoundException, ValidationException\); use operation '\*'/,
    ],
    [
      'an error one operation of a list does not model',
      { operation: ['PutMetadata', 'GetStream'], error: 'ThrottlingException' },
      /GetStream does not model ThrottlingException/,
    ],
    ['times of 0', { error: 'ValidationException', times: 0 }, /times must be a whole number of at least 1/],
    ['a probability above 1', { latencyMs: 1, probability: 2 }, /probability must be from 0 to 1/],
  ])('%s', (_name, rule, message) => {
    expect(() => createFaultController([rule as FaultRule])).toThrow(FaultRuleError);
    expect(() => createFaultController([rule as FaultRule])).toThrow(message);
  });

  test('ivsHandlers({ faults }) throws for a bad rule', () => {
    expect(() => ivsHandlers({ faults: [{ operation: 'GetChanel' } as unknown as FaultRule] })).toThrow(FaultRuleError);
  });

  test('faults.add throws for a bad rule and keeps the rules it had', () => {
    const faults = createFaultController([{ operation: 'PutMetadata', error: 'ThrottlingException' }]);
    expect(() => faults.add({ operation: 'PutMetadata', error: 'ConflictException' } as unknown as FaultRule)).toThrow(
      FaultRuleError,
    );
    expect(faults.rules()).toHaveLength(1);
  });

  test('a rule for every operation may answer with any error of the service', () => {
    expect(() => createFaultController([{ operation: '*', error: 'ThrottlingException' }])).not.toThrow();
    expect(() => createFaultController([{ error: 'InternalServerException' }])).not.toThrow();
  });

  test('the names are typed, so a misspelt rule does not compile', () => {
    // @ts-expect-error: 'GetChanel' is not an operation
    const misspelt: FaultRule = { operation: 'GetChanel' };
    // @ts-expect-error: GetChannel does not model ThrottlingException
    const unmodeled: FaultRule = { operation: 'GetChannel', error: 'ThrottlingException' };
    const modeled: FaultRule = { operation: 'PutMetadata', error: 'ThrottlingException' };
    expect([misspelt, unmodeled, modeled]).toHaveLength(3);
  });
});

describe('ivsHandlers().reset()', () => {
  test('empties the store and puts back the faults the handlers were made with', () => {
    const ivs = ivsHandlers({
      store: createIvsStore({ seed: 1 }),
      faults: [{ operation: 'GetChannel', latencyMs: 5 }],
    });
    ivs.store.createChannel({ name: 'gone' });
    ivs.faults.add({ operation: 'PutMetadata', error: 'ThrottlingException' });
    ivs.faults.decide('GetChannel');
    ivs.reset();
    expect(ivs.store.snapshot().partitions).toEqual([]);
    expect(ivs.faults.rules()).toEqual([{ operation: 'GetChannel', latencyMs: 5 }]);
  });

  test('a spent rule given to ivsHandlers is unspent again after reset', () => {
    const ivs = ivsHandlers({ faults: [{ operation: 'GetChannel', error: 'AccessDeniedException', times: 1 }] });
    expect(ivs.faults.decide('GetChannel').outcome?.kind).toBe('error');
    expect(ivs.faults.decide('GetChannel').outcome).toBeUndefined();
    ivs.reset();
    expect(ivs.faults.decide('GetChannel').outcome?.kind).toBe('error');
  });

  test('spreads into plain MSW handlers: one for the whole API, the control routes included', () => {
    const spread = [...ivsHandlers({ controlRoutes: true })];
    expect(spread).toHaveLength(1);
    expect(spread[0]).toBeInstanceOf(HttpHandler);
  });
});
