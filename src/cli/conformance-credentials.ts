import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import type { AwsCredentialIdentity } from '@smithy/types';
import { isLoopback } from '../conformance/client.js';
import { UsageError } from './command.js';

/**
 * The credentials a conformance run signs with: for a loopback endpoint the key pair in
 * `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY` when both are set (so an emulator that verifies
 * signatures, like `ivs-contract mock --auth`, can be checked), else `undefined` (the client's
 * dummy credentials); for any other endpoint the standard AWS credential chain.
 */
export async function conformanceCredentials(
  endpoint: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<AwsCredentialIdentity | undefined> {
  if (isLoopback(new URL(endpoint))) {
    const accessKeyId = env['AWS_ACCESS_KEY_ID'];
    const secretAccessKey = env['AWS_SECRET_ACCESS_KEY'];
    if (!accessKeyId || !secretAccessKey) return undefined;
    const sessionToken = env['AWS_SESSION_TOKEN'];
    return sessionToken ? { accessKeyId, secretAccessKey, sessionToken } : { accessKeyId, secretAccessKey };
  }
  try {
    return await fromNodeProviderChain()();
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UsageError(`no AWS credentials for ${endpoint}: ${message}`);
  }
}
