/**
 * Which service and API version a Huawei page belongs to. A page documents one API and never names its
 * service id, so it is derived: the API version is the version segment of the URI (`/v2/…` → v2); the
 * service is, from the most to the least certain clue:
 * - the service of the page's IAM actions (`ces:alarms:list` in the Authorization Information table → ces);
 * - the service of a concrete endpoint in an example (`https://dds.cn-north-1.myhuaweicloud.com/v3/…` → dds);
 * - the product the breadcrumb names ("Help Center/ Log Tank Service/ …" → lts; see `productId`);
 * - the service acronym of the title ("Restoring a Disk Using a VBS Backup" → vbs), else of an example request's
 *   host placeholder (`https://{ECS Endpoint}/…` → ecs), else of the Function text;
 * - else the URI's resource family (`/v2/{project_id}/os-keypairs` → os-keypairs), reported as a note.
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
  /** The product the breadcrumb names ("Log Tank Service"). */
  product?: string;
}

/** An IAM action as a whole cell or line (`ces:alarms:list`, `workspace:statistics:listAlarm`): service:resource:verb. */
const IAM_ACTION = /(?:^|[|\s])([a-z][a-z0-9]{1,19}):[a-z][A-Za-z0-9]*:[a-z][A-Za-z0-9]*(?=\s*(?:\||$))/m;
/** A concrete regional endpoint: `https://<service>.<region>.<domain>/` (`dds.cn-north-1.myhuaweicloud.com`, `ecs.eu-de.otc.t-systems.com`). */
const REGIONAL_ENDPOINT = /\bhttps?:\/\/([a-z][a-z0-9]{1,19})\.([a-z]{2}-[a-z]+(?:-\d+)?)\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?=[/:\s]|$)/;
/** Words left out of a product's initials ("Identity and Access Management" → IAM). */
const MINOR_WORDS = new Set(["and", "for", "of", "the", "with", "on", "to", "in"]);

export function serviceIdentity(clues: ServiceClues, pos: Position, ctx: HuaweiContext): ServiceIdentity {
  const { title, hosts, description, path, pageText, product } = clues;
  const action = IAM_ACTION.exec(pageText)?.[1];
  if (action) return { id: action, title: action.toUpperCase() };
  const endpoint = REGIONAL_ENDPOINT.exec(pageText)?.[1];
  if (endpoint) return { id: endpoint, title: endpoint.toUpperCase() };
  if (product !== undefined) {
    const named = productId(product, ctx);
    if (named) return named;
  }
  const sources = [title, hosts.filter((h) => h.startsWith("{")).join(" "), description.join(" ")];
  const candidates = sources.map((text) => acronyms(text, ctx)).find((found) => found.length > 0) ?? [];
  if (candidates.length > 0) {
    // Several ("Attaching an EVS Disk to an ECS"): the one the page mentions most, the first on ties.
    const count = (a: string) => pageText.match(new RegExp(`\\b${a}s?\\b`, "g"))?.length ?? 0;
    const best = candidates.reduce((a, b) => (count(b) > count(a) ? b : a));
    return { id: best.toLowerCase(), title: best };
  }
  const family = resourceFamily(path);
  // A warning: pages of different services sharing a resource (`/v1/{project_id}/instances`) would share one spec.
  ctx.sink.warn(
    "huawei-service-id-from-path",
    `the page names its service nowhere (title, Function text, IAM actions, endpoints, breadcrumb); using the URI's resource family ${JSON.stringify(family)} as the service id (name the service with scrape --service, or the manifest entry's "service")`,
    pos,
    // A guess the input can overrule (PageInput.service): the scrape drops this warning when it does.
    { guess: "service-id" },
  );
  return { id: family, title: family };
}

/**
 * The id of a product the breadcrumb names: an acronym in the name ("NAT Gateway" → nat), else the initials of a
 * name of capitalised words ("Log Tank Service" → lts, "Identity and Access Management" → iam), else the name
 * itself ("FunctionGraph" → functiongraph, "API Gateway" → api-gateway).
 */
function productId(product: string, ctx: HuaweiContext): ServiceIdentity | undefined {
  const acronym = acronyms(product, ctx)[0];
  if (acronym) return { id: acronym.toLowerCase(), title: acronym };
  const words = product.split(/\s+/).filter((w) => w !== "" && !MINOR_WORDS.has(w.toLowerCase()));
  if (words.length >= 2 && words.every((w) => /^[A-Z][a-z]/.test(w))) {
    const initials = words.map((w) => w[0]!).join("");
    return { id: initials.toLowerCase(), title: initials };
  }
  const slug = product
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return slug === "" ? undefined : { id: slug, title: product };
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
