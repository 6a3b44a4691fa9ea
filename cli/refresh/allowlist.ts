/**
 * Which hosts `refresh` may talk to: the hosts of the manifest's URLs plus any given with
 * `--allow-host`. Every request and every redirect target is checked against it.
 */

export class HostAllowlist {
  private readonly hosts: ReadonlySet<string>;

  constructor(hosts: Iterable<string>) {
    this.hosts = new Set([...hosts].map((h) => h.trim().toLowerCase()).filter((h) => h !== ""));
  }

  /** The hosts of the given URLs (those that parse), plus `extra` (`host` or `host:port`). */
  static from(urls: Iterable<string>, extra: Iterable<string> = []): HostAllowlist {
    const hosts: string[] = [...extra];
    for (const u of urls) {
      const parsed = parseHttpUrl(u);
      if (parsed) hosts.push(parsed.host);
    }
    return new HostAllowlist(hosts);
  }

  /** Why the URL may not be fetched, or undefined when it may. */
  refusal(url: URL): string | undefined {
    if (url.protocol !== "https:" && url.protocol !== "http:") return `scheme ${url.protocol} is not http or https`;
    if (url.username !== "" || url.password !== "") return "URLs with credentials are refused";
    if (!this.hosts.has(url.host.toLowerCase())) return `host ${url.host} is not on the allowlist (${this.list().join(", ") || "empty"})`;
    return undefined;
  }

  list(): string[] {
    return [...this.hosts].sort();
  }
}

/** The URL when it is an absolute http(s) URL, else undefined. */
export function parseHttpUrl(text: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  return url.protocol === "https:" || url.protocol === "http:" ? url : undefined;
}
