import {
  ConflictException,
  CreateChannelCommand,
  CreatePlaybackRestrictionPolicyCommand,
  CreateRecordingConfigurationCommand,
  DeleteChannelCommand,
  DeletePlaybackRestrictionPolicyCommand,
  GetChannelCommand,
  GetPlaybackKeyPairCommand,
  GetRecordingConfigurationCommand,
  ImportPlaybackKeyPairCommand,
  ListRecordingConfigurationsCommand,
  UpdatePlaybackRestrictionPolicyCommand,
  ValidationException,
} from '@aws-sdk/client-ivs';
import { describe, expect, test } from 'vitest';
import { useIvsWorker } from './worker-setup.js';

// Recording configurations stay CREATING until a test moves them on with the store control.
const { store, ivs } = useIvsWorker({ seed: 7, recordingConfigurationProgression: 'manual' });

async function createRecordingConfiguration(name: string): Promise<string> {
  const created = await ivs.send(
    new CreateRecordingConfigurationCommand({ name, destinationConfiguration: { s3: { bucketName: 'page-bucket' } } }),
  );
  return created.recordingConfiguration?.arn ?? '';
}

async function stateOf(arn: string): Promise<string | undefined> {
  return (await ivs.send(new GetRecordingConfigurationCommand({ arn }))).recordingConfiguration?.state;
}

function hex(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)].map((byte) => byte.toString(16).padStart(2, '0')).join(':');
}

/** A new ECDSA key made by WebCrypto in the page: its SubjectPublicKeyInfo as DER and as PEM. */
async function webCryptoPublicKey(namedCurve = 'P-384'): Promise<{ der: ArrayBuffer; pem: string }> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve }, true, ['sign', 'verify']);
  const der = await crypto.subtle.exportKey('spki', pair.publicKey);
  const base64 = btoa(String.fromCharCode(...new Uint8Array(der)));
  const lines = base64.match(/.{1,64}/g) ?? [];
  return { der, pem: `-----BEGIN PUBLIC KEY-----\n${lines.join('\n')}\n-----END PUBLIC KEY-----\n` };
}

describe('recording configurations through @aws-sdk/client-ivs in Chromium', () => {
  test('a new recording configuration is CREATING, then ACTIVE once the store control says so', async () => {
    const arn = await createRecordingConfiguration('progress');
    expect(await stateOf(arn)).toBe('CREATING');
    expect(store.trySetRecordingConfigurationState(arn, 'ACTIVE').ok).toBe(true);
    expect(await stateOf(arn)).toBe('ACTIVE');
  });

  test('CREATE_FAILED is reached through the store control and shows in ListRecordingConfigurations', async () => {
    const arn = await createRecordingConfiguration('failing');
    store.setRecordingConfigurationState(arn, 'CREATE_FAILED');
    const listed = await ivs.send(new ListRecordingConfigurationsCommand({}));
    expect(listed.recordingConfigurations).toEqual([expect.objectContaining({ arn, state: 'CREATE_FAILED' })]);
  });

  test('CreateRecordingConfiguration fills in the documented defaults', async () => {
    const arn = await createRecordingConfiguration('defaults');
    const got = await ivs.send(new GetRecordingConfigurationCommand({ arn }));
    expect(got.recordingConfiguration).toMatchObject({
      recordingReconnectWindowSeconds: 0,
      thumbnailConfiguration: { recordingMode: 'INTERVAL', targetIntervalSeconds: 60 },
    });
  });

  test('a channel may use a recording configuration that is still CREATING', async () => {
    const recordingConfigurationArn = await createRecordingConfiguration('early');
    const created = await ivs.send(new CreateChannelCommand({ name: 'recorded', recordingConfigurationArn }));
    expect(created.channel?.recordingConfigurationArn).toBe(recordingConfigurationArn);
  });
});

describe('playback restriction policies through @aws-sdk/client-ivs in Chromium', () => {
  async function createPolicy(): Promise<string> {
    const created = await ivs.send(
      new CreatePlaybackRestrictionPolicyCommand({
        name: 'north-america',
        allowedCountries: ['US', 'CA'],
        allowedOrigins: ['https://player.example.com'],
        enableStrictOriginEnforcement: true,
      }),
    );
    return created.playbackRestrictionPolicy?.arn ?? '';
  }

  test('CreatePlaybackRestrictionPolicy returns the policy with its lists', async () => {
    const created = await ivs.send(
      new CreatePlaybackRestrictionPolicyCommand({ allowedCountries: ['FR'], allowedOrigins: ['*'] }),
    );
    expect(created.playbackRestrictionPolicy).toMatchObject({
      allowedCountries: ['FR'],
      allowedOrigins: ['*'],
      enableStrictOriginEnforcement: false,
    });
  });

  test('a channel keeps the playbackRestrictionPolicyArn it was created with', async () => {
    const playbackRestrictionPolicyArn = await createPolicy();
    const created = await ivs.send(new CreateChannelCommand({ name: 'restricted', playbackRestrictionPolicyArn }));
    const got = await ivs.send(new GetChannelCommand({ arn: created.channel?.arn ?? '' }));
    expect(got.channel?.playbackRestrictionPolicyArn).toBe(playbackRestrictionPolicyArn);
  });

  test('deleting a policy a channel uses is a ConflictException; once the channel is gone it succeeds', async () => {
    const arn = await createPolicy();
    const created = await ivs.send(new CreateChannelCommand({ playbackRestrictionPolicyArn: arn }));
    const error = await ivs.send(new DeletePlaybackRestrictionPolicyCommand({ arn })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictException);
    expect((error as ConflictException).$metadata.httpStatusCode).toBe(409);
    await ivs.send(new DeleteChannelCommand({ arn: created.channel?.arn ?? '' }));
    await expect(ivs.send(new DeletePlaybackRestrictionPolicyCommand({ arn }))).resolves.toBeDefined();
  });

  test('UpdatePlaybackRestrictionPolicy changes only the given members', async () => {
    const arn = await createPolicy();
    const updated = await ivs.send(new UpdatePlaybackRestrictionPolicyCommand({ arn, allowedCountries: ['MX'] }));
    expect(updated.playbackRestrictionPolicy).toMatchObject({
      name: 'north-america',
      allowedCountries: ['MX'],
      allowedOrigins: ['https://player.example.com'],
      enableStrictOriginEnforcement: true,
    });
  });

  test('a country that is not two capital letters is a ValidationException', async () => {
    const error = await ivs
      .send(new CreatePlaybackRestrictionPolicyCommand({ allowedCountries: ['usa'] }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationException);
  });
});

describe('ImportPlaybackKeyPair with a key made by WebCrypto in Chromium', () => {
  test('the key pair imports, and its fingerprint is the SHA-256 of the DER SubjectPublicKeyInfo', async () => {
    const key = await webCryptoPublicKey();
    const imported = await ivs.send(new ImportPlaybackKeyPairCommand({ publicKeyMaterial: key.pem, name: 'page' }));
    expect(imported.keyPair?.name).toBe('page');
    expect(imported.keyPair?.fingerprint).toBe(hex(await crypto.subtle.digest('SHA-256', key.der)));
    const got = await ivs.send(new GetPlaybackKeyPairCommand({ arn: imported.keyPair?.arn ?? '' }));
    expect(got.keyPair).toEqual(imported.keyPair);
  });

  test('importing the same WebCrypto key twice is a ConflictException', async () => {
    const key = await webCryptoPublicKey();
    await ivs.send(new ImportPlaybackKeyPairCommand({ publicKeyMaterial: key.pem }));
    const error = await ivs
      .send(new ImportPlaybackKeyPairCommand({ publicKeyMaterial: key.pem }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictException);
  });

  test('a P-256 key from WebCrypto is a ValidationException', async () => {
    const { pem } = await webCryptoPublicKey('P-256');
    const error = await ivs.send(new ImportPlaybackKeyPairCommand({ publicKeyMaterial: pem })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationException);
  });
});
