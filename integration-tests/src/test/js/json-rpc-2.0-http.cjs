// The npm package json-rpc-2.0, over HTTP with Node's fetch: node json-rpc-2.0-http.cjs <port>
const { JSONRPCClient, JSONRPCErrorException } = require("json-rpc-2.0");
const { run, rejection, assert } = require("./checks.cjs");

const url = `http://localhost:${process.argv[2]}/jsonrpc`;

let lastStatus;
const client = new JSONRPCClient(async (request) => {
    const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(request),
    });
    lastStatus = response.status;
    if (response.status === 204) {
        return; // notifications only: no response
    }
    assert.equal(response.headers.get("content-type"), "application/json");
    client.receive(await response.json());
});

run({
    "positional params": async () => {
        assert.equal(await client.request("subtract", [42, 23]), 19);
    },
    "named params": async () => {
        assert.equal(await client.request("subtract", { subtrahend: 23, minuend: 42 }), 19);
    },
    "a method of a namespace": async () => {
        assert.equal(await client.request("math.pow", [2, 10]), 1024);
    },
    "structured values": async () => {
        assert.deepEqual(await client.request("echo", [{ a: [1, "two", null], b: { c: true } }]),
            { a: [1, "two", null], b: { c: true } });
    },
    "a notification": async () => {
        // notify() neither waits for the exchange nor reports its failure: send() does both
        await client.send({ jsonrpc: "2.0", method: "update", params: [1, 2, 3, 4, 5] });
        assert.equal(lastStatus, 204);
    },
    "an error the application declares": async () => {
        const error = await rejection(client.request("math.divide", [1, 0]));
        assert.ok(error instanceof JSONRPCErrorException);
        assert.equal(error.code, 1001);
        assert.equal(error.message, "Division by zero");
    },
    "an error with data": async () => {
        const error = await rejection(client.request("math.sqrt", [-4]));
        assert.equal(error.code, -32011);
        assert.equal(error.data, -4);
    },
    "method not found": async () => {
        assert.equal((await rejection(client.request("foobar", []))).code, -32601);
    },
    "invalid params": async () => {
        assert.equal((await rejection(client.request("subtract", [42]))).code, -32602);
    },
    "a batch": async () => {
        const responses = await client.requestAdvanced([
            { jsonrpc: "2.0", method: "sum", params: [1, 2, 4], id: "1" },
            { jsonrpc: "2.0", method: "notify_hello", params: [7] },
            { jsonrpc: "2.0", method: "subtract", params: [42, 23], id: "2" },
            { jsonrpc: "2.0", method: "foo.get", params: { name: "myself" }, id: "5" },
            { jsonrpc: "2.0", method: "get_data", id: "9" },
        ]);
        const byId = Object.fromEntries(responses.map((r) => [r.id, r]));
        assert.equal(responses.length, 4);
        assert.equal(byId["1"].result, 7);
        assert.equal(byId["2"].result, 19);
        assert.equal(byId["5"].error.code, -32601);
        assert.deepEqual(byId["9"].result, ["hello", 5]);
    },
    "concurrent calls": async () => {
        const results = await Promise.all([...Array(20).keys()].map((i) => client.request("subtract", [i, 1])));
        assert.deepEqual(results, [...Array(20).keys()].map((i) => i - 1));
    },
}).then((ok) => process.exit(ok ? 0 : 1));
