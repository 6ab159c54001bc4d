import { Ajv2020, _, str, type KeywordCxt, type KeywordDefinition, type Options } from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';

const byteKeyword = (keyword: 'minBytes' | 'maxBytes'): KeywordDefinition => ({
  keyword,
  type: 'string',
  schemaType: 'number',
  // A `code` generator (not `validate`) keeps the keyword inline, so standalone validators need no runtime helper.
  code(cxt: KeywordCxt) {
    const { data, schema } = cxt;
    const size = _`new TextEncoder().encode(${data}).length`;
    cxt.fail(keyword === 'maxBytes' ? _`${size} > ${schema as number}` : _`${size} < ${schema as number}`);
  },
  error: {
    message: ({ schemaCode }) =>
      str`must NOT have ${keyword === 'maxBytes' ? 'more' : 'fewer'} than ${schemaCode} UTF-8 bytes`,
    params: ({ schemaCode }) => _`{limit: ${schemaCode}}`,
  },
});

/** The custom keywords `minBytes` / `maxBytes` (UTF-8 byte bounds from `ivs.contract#byteLength`). */
export const byteLengthKeywords: readonly KeywordDefinition[] = [byteKeyword('minBytes'), byteKeyword('maxBytes')];

/** Options for `createAjv`. */
export interface CreateAjvOptions {
  /** Keep the generated source of each validator so `standaloneCode` can print it. */
  readonly standalone?: boolean;
}

/** A strict draft 2020-12 Ajv with `ajv-formats` and the byte-length keywords, as used for every generated schema. */
export function createAjv(options: CreateAjvOptions = {}): Ajv2020 {
  const settings: Options = {
    strict: true,
    allErrors: true,
    // Shared functions for references (instead of inlined copies) keep the standalone module small.
    ...(options.standalone ? { code: { source: true, esm: true, lines: true }, inlineRefs: false } : {}),
  };
  const ajv = new Ajv2020(settings);
  formatsModule.default(ajv);
  for (const keyword of byteLengthKeywords) ajv.addKeyword(keyword);
  return ajv;
}
