/**
 * The neutral structural diff of two OpenAPI 3.1 documents (the oasdiff `diff/` tree): what was added,
 * removed or changed, with both sides' locations. It decides nothing; `generator/rules/` judges it.
 */

/** `x-source` of a spec element: the documentation page and line it was read from. */
export interface Source {
  page: string;
  line: number;
}

/** Whether a schema is read by the server (request) or by the client (response): rules differ. */
export type Direction = "request" | "response";

export interface Change<T> {
  base: T;
  revision: T;
}

/** One spec file as read: its path relative to the spec root and the parsed document. */
export interface SpecDoc {
  /** `scp/backup/1.2.yaml` (relative to the tree it came from; the whole path for a single file). */
  path: string;
  /** Where it was read, for people: `spec/scp/backup/1.2.yaml`, `HEAD~1:spec/scp/backup/1.2.yaml`. */
  label: string;
  document: Record<string, unknown>;
}

/** One row of `info.x-api-versions`, the service's version table. */
export interface VersionEntry {
  version: string;
  status?: string;
  notBefore?: string;
}

export interface DocMeta {
  path: string;
  label: string;
  vendor: string;
  service: string;
  version: string;
  status?: string;
  notBefore?: string;
  versions: VersionEntry[];
  operationCount: number;
  source?: Source;
  /** Published URL of each documentation page the spec was read from (`info.x-pages`), by page id. */
  pages: Record<string, string>;
}

export interface OperationInfo {
  /** Method + path template with parameter names blanked: `GET /v1/volumes/{}`. */
  key: string;
  method: string;
  path: string;
  operationId?: string;
  summary?: string;
  deprecated: boolean;
  status?: string;
  /** The operation's `x-not-before`, else its version's Not Before. */
  notBefore?: string;
  pointer: string;
  source?: Source;
}

export interface ParameterInfo {
  /** `query:size`; path parameters by position (`path:#0`), so a renamed one is a change, not two. */
  key: string;
  name: string;
  in: string;
  required: boolean;
  pointer: string;
  source?: Source;
}

export interface ParameterDiff {
  key: string;
  base: ParameterInfo;
  revision: ParameterInfo;
  name?: Change<string>;
  required?: Change<boolean>;
  /** Serialization (`style`, `explode`), each side's effective value (the OpenAPI defaults filled in). */
  style?: Change<string>;
  explode?: Change<boolean>;
  schema?: SchemaDiff;
}

export interface MediaInfo {
  mediaType: string;
  pointer: string;
}

export interface MediaDiffs {
  added: MediaInfo[];
  removed: MediaInfo[];
  changed: MediaDiff[];
}

export interface MediaDiff {
  mediaType: string;
  schema?: SchemaDiff;
}

export interface BodyInfo {
  required: boolean;
  mediaTypes: string[];
  pointer: string;
}

export interface RequestBodyDiff {
  base?: BodyInfo;
  revision?: BodyInfo;
  required?: Change<boolean>;
  media: MediaDiffs;
}

export interface ResponseInfo {
  status: string;
  pointer: string;
}

export interface ResponseDiff {
  status: string;
  base: ResponseInfo;
  revision: ResponseInfo;
  media: MediaDiffs;
  headers: HeaderDiffs;
}

/** A response header (`responses.<status>.headers.<name>`); names compared case-insensitively. */
export interface HeaderInfo {
  name: string;
  required: boolean;
  pointer: string;
  source?: Source;
}

export interface HeaderDiffs {
  added: HeaderInfo[];
  removed: HeaderInfo[];
  changed: Array<{ base: HeaderInfo; revision: HeaderInfo; type?: Change<string[]>; required?: Change<boolean> }>;
}

/** The resolved location of a schema (after following `$ref`s) and the nearest `x-source`. */
export interface SchemaRef {
  pointer: string;
  source?: Source;
}

export type LimitKeyword = "minLength" | "maxLength" | "minimum" | "maximum" | "exclusiveMinimum" | "exclusiveMaximum" | "minItems" | "maxItems";

export interface LimitChange {
  keyword: LimitKeyword;
  base?: number;
  revision?: number;
}

export interface PropertyInfo {
  name: string;
  /** Dotted path from the body or parameter root: `volume.size`, `volumes[].name`. */
  property: string;
  required: boolean;
  pointer: string;
  source?: Source;
}

export interface SchemaDiff {
  direction: Direction;
  /** Where in the operation: `query parameter size`, `request body application/json`, `response 200 application/json`. */
  where: string;
  /** Client-side root of `property`: `query.size`, `body`, `result`, `error 404`. */
  field: string;
  /** Dotted path from the root (`""` for the root itself). */
  property: string;
  base: SchemaRef;
  revision: SchemaRef;
  /** Whether this schema (a property) is required by its parent object. */
  required?: Change<boolean>;
  type?: Change<string[]>;
  format?: Change<string | undefined>;
  nullable?: Change<boolean>;
  /** Values added or removed; when only one side has an enum at all, `base`/`revision` hold the lists. */
  enum?: { added: unknown[]; removed: unknown[]; base?: unknown[]; revision?: unknown[] };
  pattern?: Change<string | undefined>;
  /** `default`, wrapped so that "no default" and a default of `null` differ. */
  default?: Change<{ value: unknown } | undefined>;
  readOnly?: Change<boolean>;
  writeOnly?: Change<boolean>;
  limits: LimitChange[];
  properties: { added: PropertyInfo[]; removed: PropertyInfo[]; changed: SchemaDiff[] };
  items?: SchemaDiff;
  additionalProperties?: SchemaDiff;
  variants: SchemaDiff[];
  /** How many `anyOf`/`oneOf` alternatives each side has, when the numbers differ (pairs are compared by position). */
  variantCount?: Change<number>;
  /** Set where the comparison stopped (schemas nested deeper than this many levels, e.g. a long `$ref` chain): nothing below was compared. */
  cutAtDepth?: number;
}

export interface OperationDiff {
  key: string;
  base: OperationInfo;
  revision: OperationInfo;
  operationId?: Change<string | undefined>;
  summary?: Change<string | undefined>;
  description?: Change<string | undefined>;
  tags?: { added: string[]; removed: string[] };
  /** The operation's own `security` alternatives (each as `A + B`), when either side has one. */
  security?: { added: string[]; removed: string[] };
  deprecated?: Change<boolean>;
  notBefore?: Change<string | undefined>;
  parameters: { added: ParameterInfo[]; removed: ParameterInfo[]; changed: ParameterDiff[] };
  requestBody?: RequestBodyDiff;
  responses: { added: ResponseInfo[]; removed: ResponseInfo[]; changed: ResponseDiff[] };
}

export interface DocumentDiff {
  /** `added`/`removed`: a whole spec file (an API version) appeared or vanished between snapshots. */
  kind: "added" | "removed" | "changed";
  base?: DocMeta;
  revision?: DocMeta;
  status?: Change<string | undefined>;
  notBefore?: Change<string | undefined>;
  /** Document-wide parts: servers, security schemes and requirements, the version header. */
  servers: ServerDiffs;
  securitySchemes: { added: string[]; removed: string[]; changed: Array<{ name: string; fields: string[]; base: string; revision: string }> };
  /** The document's `security` alternatives (each as `A + B`). */
  security: { added: string[]; removed: string[] };
  /** `info.x-version-header` as `Name: value`. */
  versionHeader?: Change<string | undefined>;
  operations: { added: OperationInfo[]; removed: OperationInfo[]; changed: OperationDiff[] };
}

export interface ServerInfo {
  url: string;
  description?: string;
  pointer: string;
}

export interface ServerDiffs {
  added: ServerInfo[];
  removed: ServerInfo[];
  /** Servers of the same URL whose variables changed. */
  changed: ServerVariableDiff[];
}

export interface ServerVariableDiff {
  url: string;
  variable: string;
  pointer: string;
  /** Values (`enum`) added and removed; a variable that appears or vanishes lists all its values. */
  added: string[];
  removed: string[];
  default?: Change<string | undefined>;
}
