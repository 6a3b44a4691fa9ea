/**
 * The API model: what a vendor dialect extracts from a page, before any OpenAPI is written.
 * Schemas are JSON Schema 2020-12 objects (as OpenAPI 3.1 uses them); named schemas are referenced
 * with `$ref: "#/components/schemas/<Name>"`.
 */
import type { Position } from "./document/model.js";

export type JsonSchema = { [key: string]: unknown };

/**
 * A piece of a page the dialect could not read (an `error` diagnostic at its page:line), kept on what
 * it belongs to so the spec shows it as `x-unread`.
 */
export interface UnreadPiece {
  page: string;
  line: number;
  ruleId: string;
  message: string;
}

/** An unread piece outside any operation: in the spec of `apiVersion` only, or of every version holding `schema`, or of every version. */
export interface ServiceUnread extends UnreadPiece {
  apiVersion?: string;
  schema?: string;
}

export interface VersionInfo {
  version: string;
  /** CURRENT / SUPPORTED / DEPRECATED as the docs print it. */
  status?: string;
  /** ISO date (YYYY-MM-DD) after which the version may stop working. */
  notBefore?: string;
  source: Position;
}

export interface ServerVariableInfo {
  default: string;
  enum: string[];
  description?: string;
}

export interface ServerInfo {
  url: string;
  description?: string;
  variables?: Record<string, ServerVariableInfo>;
  source: Position;
}

export interface ApiParameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  description?: string;
  schema: JsonSchema;
  example?: unknown;
  source: Position;
}

export interface ApiBody {
  required: boolean;
  description?: string;
  contentType: string;
  schema?: JsonSchema;
  example?: unknown;
  source: Position;
}

export interface ApiResponse {
  status: string;
  description: string;
  contentType?: string;
  schema?: JsonSchema;
  example?: unknown;
  source: Position;
}

export interface ApiOperation {
  /** The API version this operation belongs to (one spec file per version). */
  apiVersion: string;
  method: string;
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  /** e.g. ACTIVE, from "State ACTIVE (CURRENT)". */
  state?: string;
  /** e.g. CURRENT / SUPPORTED / DEPRECATED. */
  status?: string;
  notBefore?: string;
  deprecated: boolean;
  parameters: ApiParameter[];
  requestBody?: ApiBody;
  responses: ApiResponse[];
  /** The documented example request path, with its query template. */
  exampleRequestPath?: string;
  /** Pieces of this operation's section that could not be read (the operation is kept without them). */
  unread?: UnreadPiece[];
  /** Result codes the guide lists for this API (values of the body's result code, not HTTP statuses). */
  resultCodes?: ResultCode[];
  source: Position;
}

export interface ResultCode {
  code: string;
  message?: string;
  description?: string;
  source: Position;
}

export interface NamedSchema {
  name: string;
  schema: JsonSchema;
  /** True when the docs name the schema but never define it and it was inferred from an example. */
  inferred: boolean;
  source: Position;
}

export interface SecuritySchemeInfo {
  name: string;
  scheme: JsonSchema;
}

export interface ApiService {
  vendor: string;
  /** Machine id of the service (`backup`, `block-storage`, `vbs`); the spec path uses it. */
  id: string;
  title: string;
  description?: string;
  /** The whole version table of the service. */
  versions: VersionInfo[];
  servers: ServerInfo[];
  securitySchemes: SecuritySchemeInfo[];
  /** Each entry is one alternative of the OpenAPI `security` array (all names in it together). */
  security: string[][];
  operations: ApiOperation[];
  /** Named schemas of the service, by name; each spec keeps those its operations reach. */
  schemas: Map<string, NamedSchema>;
  /** Header carrying the API version on every call, when the vendor uses one (`Scp-Api-Version`). */
  versionHeader?: { name: string; valueTemplate: string };
  /** Pages the service was read from. */
  pages: string[];
  /** Pieces of its pages outside any operation that could not be read (or operations that could not be built). */
  unread?: ServiceUnread[];
  source: Position;
}
