// Type-level agreement between generated/types.ts and @aws-sdk/client-ivs on all 41 operations.
// The assertions are checked by the compiler (`npm run typecheck`); the test body only makes vitest list them.
import type * as Sdk from '@aws-sdk/client-ivs';
import { describe, expectTypeOf, test } from 'vitest';
import type { OperationInputs, OperationName, OperationOutputs } from '../../generated/types.js';

/** Our type with every member present and non-null, arrays and objects followed through. */
type Strict<O> = O extends readonly (infer I)[]
  ? Strict<I>[]
  : O extends object
    ? { [K in keyof O]-?: Strict<NonNullable<O[K]>> }
    : O;

/** The SDK type projected onto our members only (members the SDK added later are dropped); its Date is our ISO string. */
type Launch<S, O> = S extends Date
  ? string
  : O extends readonly (infer OI)[]
    ? S extends readonly (infer SI)[]
      ? Launch<NonNullable<SI>, OI>[]
      : S
    : O extends object
      ? { [K in keyof O]-?: K extends keyof S ? Launch<NonNullable<S[K]>, NonNullable<O[K]>> : 'missing from the SDK' }
      : S;

/** `true` when our type fits the SDK's launch members (our enums may be narrower than the SDK's grown ones). */
type Agrees<O, S> = string extends keyof O
  ? true
  : Strict<O> extends Launch<S, O>
    ? true
    : { ours: Strict<O>; sdk: Launch<S, O> };

/** The SDK member names (at any depth) that our type lacks; `never` when ours has every one. */
type Missing<S, O> = S extends Date
  ? never
  : S extends readonly (infer SI)[]
    ? O extends readonly (infer OI)[]
      ? Missing<NonNullable<SI>, NonNullable<OI>>
      : never
    : S extends object
      ? {
          [K in Exclude<keyof S, '$metadata'>]-?: K extends keyof O ? Missing<NonNullable<S[K]>, NonNullable<O[K]>> : K;
        }[Exclude<keyof S, '$metadata'>]
      : never;

type NoneMissing = { [K in OperationName]: never };

/** Member names that must be present. */
type RequiredKeys<T> = { [K in keyof T]-?: Record<never, never> extends Pick<T, K> ? never : K }[keyof T];

interface SdkInputs {
  BatchGetChannel: Sdk.BatchGetChannelCommandInput;
  BatchGetStreamKey: Sdk.BatchGetStreamKeyCommandInput;
  BatchStartViewerSessionRevocation: Sdk.BatchStartViewerSessionRevocationCommandInput;
  CreateAdConfiguration: Sdk.CreateAdConfigurationCommandInput;
  CreateChannel: Sdk.CreateChannelCommandInput;
  CreatePlaybackRestrictionPolicy: Sdk.CreatePlaybackRestrictionPolicyCommandInput;
  CreateRecordingConfiguration: Sdk.CreateRecordingConfigurationCommandInput;
  CreateStreamKey: Sdk.CreateStreamKeyCommandInput;
  DeleteAdConfiguration: Sdk.DeleteAdConfigurationCommandInput;
  DeleteChannel: Sdk.DeleteChannelCommandInput;
  DeletePlaybackKeyPair: Sdk.DeletePlaybackKeyPairCommandInput;
  DeletePlaybackRestrictionPolicy: Sdk.DeletePlaybackRestrictionPolicyCommandInput;
  DeleteRecordingConfiguration: Sdk.DeleteRecordingConfigurationCommandInput;
  DeleteStreamKey: Sdk.DeleteStreamKeyCommandInput;
  GetAdConfiguration: Sdk.GetAdConfigurationCommandInput;
  GetChannel: Sdk.GetChannelCommandInput;
  GetPlaybackKeyPair: Sdk.GetPlaybackKeyPairCommandInput;
  GetPlaybackRestrictionPolicy: Sdk.GetPlaybackRestrictionPolicyCommandInput;
  GetRecordingConfiguration: Sdk.GetRecordingConfigurationCommandInput;
  GetStream: Sdk.GetStreamCommandInput;
  GetStreamKey: Sdk.GetStreamKeyCommandInput;
  GetStreamSession: Sdk.GetStreamSessionCommandInput;
  ImportPlaybackKeyPair: Sdk.ImportPlaybackKeyPairCommandInput;
  InsertAdBreak: Sdk.InsertAdBreakCommandInput;
  ListAdConfigurations: Sdk.ListAdConfigurationsCommandInput;
  ListChannels: Sdk.ListChannelsCommandInput;
  ListPlaybackKeyPairs: Sdk.ListPlaybackKeyPairsCommandInput;
  ListPlaybackRestrictionPolicies: Sdk.ListPlaybackRestrictionPoliciesCommandInput;
  ListRecordingConfigurations: Sdk.ListRecordingConfigurationsCommandInput;
  ListStreamKeys: Sdk.ListStreamKeysCommandInput;
  ListStreamSessions: Sdk.ListStreamSessionsCommandInput;
  ListStreams: Sdk.ListStreamsCommandInput;
  ListTagsForResource: Sdk.ListTagsForResourceCommandInput;
  PutMetadata: Sdk.PutMetadataCommandInput;
  StartViewerSessionRevocation: Sdk.StartViewerSessionRevocationCommandInput;
  StopStream: Sdk.StopStreamCommandInput;
  TagResource: Sdk.TagResourceCommandInput;
  UntagResource: Sdk.UntagResourceCommandInput;
  UpdateAdConfiguration: Sdk.UpdateAdConfigurationCommandInput;
  UpdateChannel: Sdk.UpdateChannelCommandInput;
  UpdatePlaybackRestrictionPolicy: Sdk.UpdatePlaybackRestrictionPolicyCommandInput;
}

interface SdkOutputs {
  BatchGetChannel: Sdk.BatchGetChannelCommandOutput;
  BatchGetStreamKey: Sdk.BatchGetStreamKeyCommandOutput;
  BatchStartViewerSessionRevocation: Sdk.BatchStartViewerSessionRevocationCommandOutput;
  CreateAdConfiguration: Sdk.CreateAdConfigurationCommandOutput;
  CreateChannel: Sdk.CreateChannelCommandOutput;
  CreatePlaybackRestrictionPolicy: Sdk.CreatePlaybackRestrictionPolicyCommandOutput;
  CreateRecordingConfiguration: Sdk.CreateRecordingConfigurationCommandOutput;
  CreateStreamKey: Sdk.CreateStreamKeyCommandOutput;
  DeleteAdConfiguration: Sdk.DeleteAdConfigurationCommandOutput;
  DeleteChannel: Sdk.DeleteChannelCommandOutput;
  DeletePlaybackKeyPair: Sdk.DeletePlaybackKeyPairCommandOutput;
  DeletePlaybackRestrictionPolicy: Sdk.DeletePlaybackRestrictionPolicyCommandOutput;
  DeleteRecordingConfiguration: Sdk.DeleteRecordingConfigurationCommandOutput;
  DeleteStreamKey: Sdk.DeleteStreamKeyCommandOutput;
  GetAdConfiguration: Sdk.GetAdConfigurationCommandOutput;
  GetChannel: Sdk.GetChannelCommandOutput;
  GetPlaybackKeyPair: Sdk.GetPlaybackKeyPairCommandOutput;
  GetPlaybackRestrictionPolicy: Sdk.GetPlaybackRestrictionPolicyCommandOutput;
  GetRecordingConfiguration: Sdk.GetRecordingConfigurationCommandOutput;
  GetStream: Sdk.GetStreamCommandOutput;
  GetStreamKey: Sdk.GetStreamKeyCommandOutput;
  GetStreamSession: Sdk.GetStreamSessionCommandOutput;
  ImportPlaybackKeyPair: Sdk.ImportPlaybackKeyPairCommandOutput;
  InsertAdBreak: Sdk.InsertAdBreakCommandOutput;
  ListAdConfigurations: Sdk.ListAdConfigurationsCommandOutput;
  ListChannels: Sdk.ListChannelsCommandOutput;
  ListPlaybackKeyPairs: Sdk.ListPlaybackKeyPairsCommandOutput;
  ListPlaybackRestrictionPolicies: Sdk.ListPlaybackRestrictionPoliciesCommandOutput;
  ListRecordingConfigurations: Sdk.ListRecordingConfigurationsCommandOutput;
  ListStreamKeys: Sdk.ListStreamKeysCommandOutput;
  ListStreamSessions: Sdk.ListStreamSessionsCommandOutput;
  ListStreams: Sdk.ListStreamsCommandOutput;
  ListTagsForResource: Sdk.ListTagsForResourceCommandOutput;
  PutMetadata: Sdk.PutMetadataCommandOutput;
  StartViewerSessionRevocation: Sdk.StartViewerSessionRevocationCommandOutput;
  StopStream: Sdk.StopStreamCommandOutput;
  TagResource: Sdk.TagResourceCommandOutput;
  UntagResource: Sdk.UntagResourceCommandOutput;
  UpdateAdConfiguration: Sdk.UpdateAdConfigurationCommandOutput;
  UpdateChannel: Sdk.UpdateChannelCommandOutput;
  UpdatePlaybackRestrictionPolicy: Sdk.UpdatePlaybackRestrictionPolicyCommandOutput;
}

type AllTrue = { [K in OperationName]: true };

describe('generated types agree with @aws-sdk/client-ivs', () => {
  test('the SDK tables cover exactly our operations', () => {
    expectTypeOf<keyof SdkInputs>().toEqualTypeOf<OperationName>();
    expectTypeOf<keyof SdkOutputs>().toEqualTypeOf<OperationName>();
  });

  test('every input member exists in the SDK with the same type', () => {
    expectTypeOf<{ [K in OperationName]: Agrees<OperationInputs[K], SdkInputs[K]> }>().toEqualTypeOf<AllTrue>();
  });

  test('every output member exists in the SDK with the same type', () => {
    expectTypeOf<{ [K in OperationName]: Agrees<OperationOutputs[K], SdkOutputs[K]> }>().toEqualTypeOf<AllTrue>();
  });

  test('every SDK input member exists in our input, at every depth', () => {
    expectTypeOf<{ [K in OperationName]: Missing<SdkInputs[K], OperationInputs[K]> }>().toEqualTypeOf<NoneMissing>();
  });

  test('every SDK output member exists in our output, at every depth', () => {
    expectTypeOf<{ [K in OperationName]: Missing<SdkOutputs[K], OperationOutputs[K]> }>().toEqualTypeOf<NoneMissing>();
  });

  test('the required input members are the ones the SDK requires', () => {
    expectTypeOf<{ [K in OperationName]: RequiredKeys<OperationInputs[K]> }>().toEqualTypeOf<{
      [K in OperationName]: RequiredKeys<Pick<SdkInputs[K], Extract<keyof OperationInputs[K], keyof SdkInputs[K]>>>;
    }>();
  });
});
