// Type-level agreement between generated/types.ts and @aws-sdk/client-ivs on the launch members.
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

/** Member names that must be present. */
type RequiredKeys<T> = { [K in keyof T]-?: Record<never, never> extends Pick<T, K> ? never : K }[keyof T];

interface SdkInputs {
  BatchGetChannel: Sdk.BatchGetChannelCommandInput;
  BatchGetStreamKey: Sdk.BatchGetStreamKeyCommandInput;
  CreateChannel: Sdk.CreateChannelCommandInput;
  CreateStreamKey: Sdk.CreateStreamKeyCommandInput;
  DeleteChannel: Sdk.DeleteChannelCommandInput;
  DeleteStreamKey: Sdk.DeleteStreamKeyCommandInput;
  GetChannel: Sdk.GetChannelCommandInput;
  GetStream: Sdk.GetStreamCommandInput;
  GetStreamKey: Sdk.GetStreamKeyCommandInput;
  ListChannels: Sdk.ListChannelsCommandInput;
  ListStreamKeys: Sdk.ListStreamKeysCommandInput;
  ListStreams: Sdk.ListStreamsCommandInput;
  ListTagsForResource: Sdk.ListTagsForResourceCommandInput;
  PutMetadata: Sdk.PutMetadataCommandInput;
  StopStream: Sdk.StopStreamCommandInput;
  TagResource: Sdk.TagResourceCommandInput;
  UntagResource: Sdk.UntagResourceCommandInput;
  UpdateChannel: Sdk.UpdateChannelCommandInput;
}

interface SdkOutputs {
  BatchGetChannel: Sdk.BatchGetChannelCommandOutput;
  BatchGetStreamKey: Sdk.BatchGetStreamKeyCommandOutput;
  CreateChannel: Sdk.CreateChannelCommandOutput;
  CreateStreamKey: Sdk.CreateStreamKeyCommandOutput;
  DeleteChannel: Sdk.DeleteChannelCommandOutput;
  DeleteStreamKey: Sdk.DeleteStreamKeyCommandOutput;
  GetChannel: Sdk.GetChannelCommandOutput;
  GetStream: Sdk.GetStreamCommandOutput;
  GetStreamKey: Sdk.GetStreamKeyCommandOutput;
  ListChannels: Sdk.ListChannelsCommandOutput;
  ListStreamKeys: Sdk.ListStreamKeysCommandOutput;
  ListStreams: Sdk.ListStreamsCommandOutput;
  ListTagsForResource: Sdk.ListTagsForResourceCommandOutput;
  PutMetadata: Sdk.PutMetadataCommandOutput;
  StopStream: Sdk.StopStreamCommandOutput;
  TagResource: Sdk.TagResourceCommandOutput;
  UntagResource: Sdk.UntagResourceCommandOutput;
  UpdateChannel: Sdk.UpdateChannelCommandOutput;
}

type AllTrue = { [K in OperationName]: true };

describe('generated types agree with @aws-sdk/client-ivs on the launch members', () => {
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

  test('the required input members are the ones the SDK requires', () => {
    expectTypeOf<{ [K in OperationName]: RequiredKeys<OperationInputs[K]> }>().toEqualTypeOf<{
      [K in OperationName]: RequiredKeys<Pick<SdkInputs[K], Extract<keyof OperationInputs[K], keyof SdkInputs[K]>>>;
    }>();
  });
});
