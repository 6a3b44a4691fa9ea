/**
 * What the page reader hands on: parameter and field tables as rows, status rows, example bodies.
 */
import type { Position } from "../../document/model.js";
import type { TypeInfo } from "./type-words.js";

export interface FieldRow {
  name: string;
  /** Undefined when the table has no Type column. */
  type?: TypeInfo;
  /** Undefined when the table has no Mandatory column. */
  required?: boolean;
  description: string;
  /** Numbers of the tables the row points to ("For details, see Table 4."): they list its fields. */
  refs?: string[];
  pos: Position;
}

export interface FieldTable {
  rows: FieldRow[];
  pos: Position;
  /** The number of its caption ("Table 4 …"), which rows point to. */
  number?: string;
  /** The field a nested table describes ("backup field description" → backup). */
  of?: { name: string; pos: Position };
}

export interface ExampleBody {
  value: unknown;
  pos: Position;
}

export interface StatusRow {
  code: string;
  /** "Bad Request" from "400 Bad Request". */
  reason: string;
  description: string;
  /** Listed under "Normal" (or a 1xx–3xx code in a table without Normal/Abnormal labels). */
  normal: boolean;
  pos: Position;
}
