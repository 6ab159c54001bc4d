import { describe, expect, test } from 'vitest';
import { ivsHandlers } from '../../../src/mock/index.js';
import {
  assertSupportedMsw,
  IncompatibleMswError,
  mswIncompatibility,
  supportedMswRange,
} from '../../../src/mock/msw/msw-support.js';

describe('which msw versions carry the handlers', () => {
  test.each([
    ['2.11.0', true],
    ['2.12.14', true],
    ['2.15.0', true],
    ['2.16.0-beta.1', true],
    ['2.10.5', false],
    ['2.0.0', false],
    ['1.3.5', false],
    ['3.0.0', false],
    ['3.0.5', false],
    ['not-a-version', false],
  ])('msw %s supported: %s', (version, supported) => {
    expect(mswIncompatibility(version) === undefined).toBe(supported);
  });

  test('an unsupported msw is named in one line with the supported range and the fix', () => {
    expect(mswIncompatibility('3.0.5')).toBe(
      `ivs-contract/mock needs msw ${supportedMswRange}, found msw 3.0.5: install a supported msw 2 (npm install --save-dev msw@2)`,
    );
  });

  test('assertSupportedMsw throws IncompatibleMswError carrying the version found', () => {
    expect(() => assertSupportedMsw('2.10.0')).toThrow(IncompatibleMswError);
    try {
      assertSupportedMsw('2.10.0');
    } catch (error) {
      expect((error as IncompatibleMswError).version).toBe('2.10.0');
    }
  });

  test('the msw installed here is supported, so ivsHandlers() does not throw', () => {
    expect(() => assertSupportedMsw()).not.toThrow();
    expect(ivsHandlers()).toHaveLength(1);
  });

  test('the range matches the peer dependency in package.json', async () => {
    const manifest = await import('../../../package.json', { with: { type: 'json' } });
    expect(manifest.default.peerDependencies.msw).toBe(supportedMswRange);
  });
});
