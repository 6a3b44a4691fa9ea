/**
 * The answer to a request that passed the checks: the status `Prefer: code=` asks for (a documented one), else
 * the first documented success; the body prepared for it, or the named example (`Prefer: example=`), or one
 * generated from the schema (`Prefer: dynamic=true`). A preference the spec cannot satisfy is answered as Prism
 * does (404 problem), marked as the mock's own answer.
 */
import { lookupStatus } from "../spec/statuses.js";
import type { CompiledSpec } from "../validate/compile.js";
import { dynamicBody } from "./dynamic-body.js";
import type { Preferences } from "./prefer.js";
import { finish, serialise, type PreparedOperation, type PreparedResponse } from "./prepare-responses.js";
import { problemResponse } from "./problem.js";
import type { MockResponse } from "./responder.js";

export interface AnswerContext {
  compiled: CompiledSpec;
  /** Seed of `Prefer: dynamic=true` bodies. */
  seed: number;
}

export function answer(op: PreparedOperation, prefer: Preferences, context: AnswerContext): MockResponse {
  const { entry } = op;
  let key = op.defaultKey;
  const { code } = prefer;
  if (code) {
    const wanted = entry.statusKeys.find((k) => k.toLowerCase() === code.toLowerCase()) ?? entry.statusKeys.find((k) => /^[1-5]xx$/i.test(k) && k[0] === code[0] && /^\d{3}$/.test(code));
    if (!wanted) {
      return notFound(context, op, `Prefer: code=${code}`, `${entry.operation.operationId} in ${context.compiled.spec.id} documents no status ${code}`, "undocumented-status", {
        documented: entry.statusKeys,
      });
    }
    key = wanted;
  }
  const r = op.byKey.get(key)!;
  const status = code && /^\d{3}$/.test(code) ? Number(code) : r.status;
  let chosen: PreparedResponse = r;
  if (prefer.example !== undefined || prefer.dynamic) {
    const media = entry.responses.get(key)?.media.find((m) => m.contentType === r.contentType);
    if (prefer.example !== undefined) {
      const named = media?.media.examples.find((e) => e.name === prefer.example);
      if (!media || !named) {
        const names = media?.media.examples.map((e) => e.name) ?? [];
        return notFound(context, op, `Prefer: example=${prefer.example}`, `response ${key} of ${entry.operation.operationId} has no example named ${prefer.example}`, "unknown-example", {
          examples: names,
        });
      }
      chosen = finish({ ...r, body: serialise(media.contentType, named.value), origin: "example", valid: !media.validate || media.validate(named.value) }, `example:${named.name}`);
    } else if (media) {
      const generated = dynamicBody(media, context.compiled.spec.document, context.seed, `${entry.operation.operationId} ${key} ${media.contentType}`);
      chosen = generated
        ? finish({ ...r, body: serialise(media.contentType, generated.value), origin: "dynamic", valid: true })
        : { ...r, headers: { ...r.headers, "x-mock-dynamic": "failed: no generated body validated; serving the static one" } };
    }
  }
  const bodyless = status === 204 || status === 304;
  if (chosen.body === undefined || bodyless) return { status, headers: chosen.body === undefined ? chosen.headers : { "x-mock-origin": chosen.origin, "content-length": "0" } };
  return { status, headers: chosen.headers, body: chosen.body, ...(chosen.bytes ? { bytes: chosen.bytes } : {}) };
}

/** Prism's NOT_FOUND for a preference the document cannot satisfy. */
function notFound(context: AnswerContext, op: PreparedOperation, asked: string, detail: string, code: string, extra: Record<string, unknown>): MockResponse {
  const documented = lookupStatus(op.entry.statuses, 404) !== undefined;
  return problemResponse({
    status: 404,
    code,
    title: "The mock cannot serve what the Prefer header asks for",
    detail,
    extra: { spec: context.compiled.spec.id, operation: op.entry.operation.operationId, ...extra },
    ...(documented ? {} : { undocumentedReason: `${asked} cannot be served; 404 is Prism's answer to that, not a status ${op.entry.operation.operationId} documents` }),
  });
}
