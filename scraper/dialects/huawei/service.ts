/**
 * Which service and API version a Huawei page belongs to. A page documents one API and never names its
 * service id, so it is derived: the API version is the version segment of the URI (`/v2/…` → v2); the
 * service is the service acronym of the title ("Restoring a Disk Using a VBS Backup" → vbs), else of
 * an example request's host placeholder (`https://{ECS Endpoint}/…` → ecs), else of the Function text,
 * else the URI's resource family (`/v2/{project_id}/os-keypairs` → os-keypairs).
 */
import type { Position } from "../../document/model.js";
import type { HuaweiContext } from "./context.js";

export interface ServiceIdentity {
  id: string;
  title: string;
}

const VERSION_SEGMENT = /^v\d+(?:\.\d+)*$/i;
/** An acronym, also in the plural ("VPCs", "ECSs" → VPC, ECS). */
const ACRONYM = /\b([A-Z][A-Z0-9]{1,5})s?\b/g;

export function apiVersionOf(path: string): string | undefined {
  return path
    .split("/")
    .find((s) => VERSION_SEGMENT.test(s))
    ?.toLowerCase();
}

/** Whether two paths are one API in two versions (`/v2/{project_id}/os-keypairs`, `/v2.1/{project_id}/os-keypairs`). */
export function isOtherVersion(a: string, b: string): boolean {
  const sa = a.split("/");
  const sb = b.split("/");
  if (a === b || sa.length !== sb.length) return false;
  return sa.every((s, i) => s === sb[i] || (VERSION_SEGMENT.test(s) && VERSION_SEGMENT.test(sb[i]!)));
}

export interface ServiceClues {
  title: string;
  /** Hosts of example requests (`{ECS Endpoint}`). */
  hosts: readonly string[];
  description: readonly string[];
  path: string;
  /** All text of the page, to break ties between several acronyms. */
  pageText: string;
}

export function serviceIdentity(clues: ServiceClues, pos: Position, ctx: HuaweiContext): ServiceIdentity {
  const { title, hosts, description, path, pageText } = clues;
  const sources = [title, hosts.filter((h) => h.startsWith("{")).join(" "), description.join(" ")];
  const candidates = sources.map((text) => acronyms(text, ctx)).find((found) => found.length > 0) ?? [];
  if (candidates.length > 0) {
    // Several ("Attaching an EVS Disk to an ECS"): the one the page mentions most, the first on ties.
    const count = (a: string) => pageText.match(new RegExp(`\\b${a}s?\\b`, "g"))?.length ?? 0;
    const best = candidates.reduce((a, b) => (count(b) > count(a) ? b : a));
    return { id: best.toLowerCase(), title: best };
  }
  const family = resourceFamily(path);
  ctx.sink.info("huawei-service-id-from-path", `neither the title nor the Function text names the service; using the URI's resource family ${JSON.stringify(family)}`, pos);
  return { id: family, title: family };
}

function acronyms(text: string, ctx: HuaweiContext): string[] {
  const stop = new Set(ctx.labels.notServiceAcronyms.map((a) => a.toUpperCase()));
  const found = [...text.matchAll(ACRONYM)].map((m) => m[1]!).filter((a) => /[A-Z].*[A-Z]/.test(a) && !stop.has(a));
  return [...new Set(found)];
}

/** The first literal path segment after the version and any `{placeholder}` (the project id). */
export function resourceFamily(path: string): string {
  const segments = path.split("/").filter((s) => s !== "");
  const start = segments.findIndex((s) => VERSION_SEGMENT.test(s)) + 1;
  const literal = segments.slice(start).find((s) => !/^\{.*\}$/.test(s)) ?? segments.find((s) => !/^\{.*\}$/.test(s)) ?? "service";
  return (
    literal
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, "-")
      .replace(/^-|-$/g, "") || "service"
  );
}
