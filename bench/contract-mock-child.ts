/** Child process of the contract bench: the mock server of one spec on 127.0.0.1, port sent over IPC. */
import { loadSpec } from "../contract-tests/spec/load.js";
import { compileSpec } from "../contract-tests/validate/compile.js";
import { createResponder } from "../contract-tests/mock/responder.js";
import { startMockServer } from "../contract-tests/mock/node-server.js";

const [specDir = "spec", specId = "scp/backup/1.2"] = process.argv.slice(2);
const server = await startMockServer(createResponder(compileSpec(loadSpec(specDir, specId))), { host: "127.0.0.1", port: 0 });
process.send?.({ port: server.port });
process.on("message", (m) => {
  if (m === "stop") void server.close().then(() => process.exit(0));
});
process.on("disconnect", () => void server.close().then(() => process.exit(0)));
