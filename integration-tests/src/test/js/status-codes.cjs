// With quarkus.jsonrpc-server.http.error-status-codes=true, an error comes with a 4xx or 5xx status and its JSON body:
// json-rpc-2.0 with fetch reads the body whatever the status; jayson rejects the call with the status and the body
// as text: node status-codes.cjs <port>
const { JSONRPCClient, JSONRPCErrorException } = require("json-rpc-2.0");
const jayson = require("jayson");
const { run, rejection, assert } = require("./checks.cjs");

const port = Number(process.argv[2]);

let lastStatus;
const client = new JSONRPCClient(async (request) => {
    const response = await fetch(`http://localhost:${port}/jsonrpc`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(request),
    });
    lastStatus = response.status;
    client.receive(await response.json());
});

const jaysonClient = jayson.client.http({ host: "localhost", port, path: "/jsonrpc" });

run({
    "json-rpc-2.0 with fetch: the error of a 404, read from its body": async () => {
        const error = await rejection(client.request("foobar", []));
        assert.equal(lastStatus, 404);
        assert.ok(error instanceof JSONRPCErrorException);
        assert.equal(error.code, -32601);
    },
    "jayson: a plain Error whose code is the status and whose message is the body": async () => {
        const error = await rejection(new Promise((resolve, reject) => {
            jaysonClient.request("foobar", [], 7, (err, response) => err ? reject(err) : resolve(response));
        }));
        assert.ok(!(error instanceof JSONRPCErrorException));
        assert.equal(error.code, 404);
        assert.equal(JSON.parse(error.message).error.code, -32601);
    },
}).then((ok) => process.exit(ok ? 0 : 1));
