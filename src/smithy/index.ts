/** The public API of the Smithy loader: parse IDL, load JSON ASTs, load and validate whole models. */
export type { AstMember, AstShape, AstTarget, NodeValue, ShapeType, SmithyAst } from './ast.js';
export { formatDiagnostic, type SmithyDiagnostic, type SourceLocation } from './diagnostics.js';
export { loadJsonAst } from './load-json-ast.js';
export { loadModel, loadModelFromPaths, type LoadResult, type ModelSource } from './load-model.js';
export { parseIdl } from './parse-idl.js';
