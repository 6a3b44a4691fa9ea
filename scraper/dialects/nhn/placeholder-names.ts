/**
 * Field tables that name their rows by the placeholders of the example, not by the fields (Compute v1.0 guides:
 * `| TOAST ID | Body | String | … |` under `{"auth": {"username": "{TOAST ID}"}}`): a row whose name is no key of
 * the example but is the one placeholder `{name}` of an example value describes the field that value stands in. A name
 * that is no field name (`User Name`) also matches a value that is the name itself (`"username": "User Name"`).
 */
import type { FieldRow } from "./field-table.js";
import type { SchemaEnv } from "./field-schema.js";
import type { Example } from "./align-example.js";
import { placeholderName } from "./lines.js";
import { isFieldName } from "./row-grammar.js";

/** The rows with placeholder names read as the dotted paths of the example values they stand in; other rows as they are. */
export function namesFromPlaceholders(rows: readonly FieldRow[], example: Example | undefined, env: SchemaEnv): FieldRow[] {
  if (!example || rows.length === 0) return [...rows];
  const { keys, placeholders, literals } = examplePaths(example.value);
  return rows.map((row) => {
    const name = row.name.trim();
    if (keys.has(name)) return row;
    const paths = placeholders.get(name.toLowerCase()) ?? (isFieldName(name) ? undefined : literals.get(name));
    if (!paths || paths.size !== 1) return row;
    const [path] = paths;
    env.ctx.sink.info("nhn-row-named-by-placeholder", `${env.where}: field ${JSON.stringify(row.name)} is a placeholder of the example; read as ${JSON.stringify(path)}`, row.pos, {
      placeholder: name,
      path,
    });
    return { ...row, name: path! };
  });
}

/** Every key of the example (as a dotted path and alone), and each placeholder value's dotted paths, array levels left out. */
function examplePaths(value: unknown): { keys: Set<string>; placeholders: Map<string, Set<string>>; literals: Map<string, Set<string>> } {
  const keys = new Set<string>();
  const placeholders = new Map<string, Set<string>>();
  /** Each string value as written (trimmed) → its dotted paths. */
  const literals = new Map<string, Set<string>>();
  const stack: Array<{ value: unknown; path: string }> = [{ value, path: "" }];
  while (stack.length > 0) {
    const { value: v, path } = stack.pop()!;
    if (Array.isArray(v)) {
      for (const item of v) stack.push({ value: item, path });
    } else if (v !== null && typeof v === "object") {
      for (const [key, child] of Object.entries(v)) {
        // A key with a dot cannot be named by a dotted path: its placeholders are left alone.
        if (key.includes(".")) continue;
        const childPath = path === "" ? key : `${path}.${key}`;
        keys.add(key);
        keys.add(childPath);
        stack.push({ value: child, path: childPath });
      }
    } else if (typeof v === "string" && path !== "") {
      let same = literals.get(v.trim());
      if (!same) literals.set(v.trim(), (same = new Set()));
      same.add(path);
      const placeholder = placeholderName(v);
      if (placeholder === undefined) continue;
      const name = placeholder.toLowerCase();
      let paths = placeholders.get(name);
      if (!paths) placeholders.set(name, (paths = new Set()));
      paths.add(path);
    }
  }
  return { keys, placeholders, literals };
}
