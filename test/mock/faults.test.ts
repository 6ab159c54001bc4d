import { describe, expect, test } from 'vitest';
import { createFaultController, toFaultController } from '../../src/mock/faults.js';

describe('fault controller', () => {
  test('a rule without times hits every matching call', () => {
    const faults = createFaultController([{ operation: 'GetChannel', error: 'ResourceNotFoundException' }]);
    expect(faults.decide('GetChannel').outcome).toMatchObject({ kind: 'error', type: 'ResourceNotFoundException' });
    expect(faults.decide('GetChannel').outcome?.kind).toBe('error');
    expect(faults.decide('ListChannels')).toEqual({ latencyMs: 0 });
  });

  test('a rule with times hits only the next N calls, then is spent', () => {
    const faults = createFaultController([{ operation: 'PutMetadata', error: 'ThrottlingException', times: 2 }]);
    const kinds = [1, 2, 3].map(() => faults.decide('PutMetadata').outcome?.kind);
    expect(kinds).toEqual(['error', 'error', undefined]);
    expect(faults.rules()).toEqual([]);
  });

  test('a rule may target several operations, or all with *', () => {
    const faults = createFaultController([
      { operation: ['GetChannel', 'GetStream'], latencyMs: 5 },
      { operation: '*', latencyMs: 1 },
    ]);
    expect(faults.decide('GetStream').latencyMs).toBe(6);
    expect(faults.decide('ListStreams').latencyMs).toBe(1);
  });

  test('latency rules add up and let a later error rule end the call', () => {
    const faults = createFaultController([
      { latencyMs: 10 },
      { error: 'AccessDeniedException', message: 'no', status: 403 },
    ]);
    expect(faults.decide('GetChannel')).toEqual({
      latencyMs: 10,
      outcome: { kind: 'error', type: 'AccessDeniedException', message: 'no', status: 403 },
    });
  });

  test('a network error rule ends the call at the network level', () => {
    expect(createFaultController([{ networkError: true }]).decide('GetChannel').outcome).toEqual({ kind: 'network' });
  });

  test('probabilistic rules are reproducible with the same seed', () => {
    const pattern = (seed: number) => {
      const faults = createFaultController([{ error: 'InternalServerException', probability: 0.5 }], { seed });
      return Array.from({ length: 40 }, () => faults.decide('GetChannel').outcome !== undefined);
    };
    expect(pattern(42)).toEqual(pattern(42));
    expect(pattern(42).filter(Boolean).length).toBeGreaterThan(5);
    expect(pattern(42).filter(Boolean).length).toBeLessThan(35);
  });

  test('add and clear change the rules of a live controller', () => {
    const faults = createFaultController();
    faults.add({ error: 'InternalServerException' });
    expect(faults.decide('GetChannel').outcome?.kind).toBe('error');
    faults.clear();
    expect(faults.decide('GetChannel').outcome).toBeUndefined();
  });

  test('toFaultController uses a given controller as it is and wraps a list', () => {
    const controller = createFaultController();
    expect(toFaultController(controller, 1)).toBe(controller);
    expect(toFaultController([{ error: 'StreamUnavailable' }], 1).rules()).toEqual([{ error: 'StreamUnavailable' }]);
    expect(toFaultController(undefined, undefined).rules()).toEqual([]);
  });
});
