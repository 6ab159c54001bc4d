export type { OperationBinding, QueryParameterBinding } from './operation-binding.js';
export { percentEncode, percentDecode } from './percent-encode.js';
export { encodeRequest, type EncodedRequest } from './encode-request.js';
export { decodeRequest, type DecodeError, type DecodeResult, type RawRequestParts } from './decode-request.js';
export { readErrorType, sanitizeErrorType } from './error-type.js';
export {
  controlPrefix,
  decodePageToken,
  defaultAccountId,
  defaultPageSizes,
  defaultRegion,
  encodePageToken,
} from './conventions.js';
