import type { OperationBinding } from '../../src/protocol/operation-binding.js';

/** UntagResource's binding as the model gives it: the ARN in the path, the tag keys a repeated query parameter. */
export const untagResource: OperationBinding = {
  name: 'UntagResource',
  method: 'DELETE',
  uri: '/tags/{resourceArn}',
  labels: ['resourceArn'],
  query: [{ member: 'tagKeys', name: 'tagKeys', list: true }],
  body: [],
};

/** A GetChannel binding with `traceId` bound to the `X-Trace-Id` header and `body` sent in the JSON body. */
export function tracedBinding(body: readonly string[]): OperationBinding {
  return {
    name: 'GetChannel',
    method: 'POST',
    uri: '/GetChannel',
    labels: [],
    query: [],
    headers: [{ member: 'traceId', name: 'X-Trace-Id' }],
    body,
  };
}
