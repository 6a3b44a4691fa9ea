/** Shared by the runtime's tests: a recording fetch, a recording sleep and a descriptor. Not exported by index.ts. */
import type { RetryOptions, ServiceDescriptor } from "./types.js";

export const BASE = "https://backup.kr-west1.s.samsungsdscloud.com";

export const descriptor: ServiceDescriptor = {
  vendor: "scp",
  service: "backup",
  version: "1.2",
  servers: [
    {
      url: "https://backup.{region}.{environment}.samsungsdscloud.com",
      variables: {
        region: { default: "kr-west1", enum: ["kr-west1", "kr-east1"] },
        environment: { default: "s", enum: ["s", "g", "e"] },
      },
    },
  ],
  versionHeader: { name: "Scp-Api-Version", value: "backup 1.2" },
};

type Reply = Response | Error | ((request: Request) => Response | Promise<Response>);

/** A fetch answering with `replies` in turn (the last one repeats) and recording every request it got. */
export function recordingFetch(...replies: Reply[]) {
  const requests: Request[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    requests.push(request);
    const reply = replies[Math.min(requests.length, replies.length) - 1];
    if (reply === undefined) return json(200, {});
    if (reply instanceof Error) throw reply;
    if (typeof reply === "function") return reply(request);
    return reply.clone();
  };
  return { fetch, requests };
}

/** A sleep that records its delays and returns at once. */
export function recordingSleep(): { sleep: NonNullable<RetryOptions["sleep"]>; delays: number[] } {
  const delays: number[] = [];
  return {
    delays,
    sleep: async (ms, signal) => {
      delays.push(ms);
      if (signal?.aborted) throw signal.reason;
    },
  };
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });
}

/** A fetch that never answers unless the request is aborted (`honourSignal`), like a hung server. */
export function hangingFetch(honourSignal: boolean) {
  const requests: Request[] = [];
  const fetch = (request: Request) =>
    new Promise<Response>((_resolve, reject) => {
      requests.push(request);
      if (honourSignal) request.signal.addEventListener("abort", () => reject(request.signal.reason));
    });
  return { fetch, requests };
}
