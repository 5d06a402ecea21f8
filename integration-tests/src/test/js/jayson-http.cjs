// The npm package jayson's HTTP client: node jayson-http.cjs <port>
const jayson = require("jayson");
const { run, assert } = require("./checks.cjs");

const client = jayson.client.http({ host: "localhost", port: Number(process.argv[2]), path: "/jsonrpc" });

/** One request; resolves with the whole response, or undefined for a notification. */
function call(method, params, id) {
    return new Promise((resolve, reject) => {
        client.request(method, params, id, (error, response) => error ? reject(error) : resolve(response));
    });
}

run({
    "positional params": async () => {
        assert.equal((await call("subtract", [42, 23])).result, 19);
    },
    "named params": async () => {
        assert.equal((await call("subtract", { subtrahend: 23, minuend: 42 })).result, 19);
    },
    "the id comes back as it was sent": async () => {
        const response = await call("subtract", [42, 23], "a-string-id");
        assert.equal(response.id, "a-string-id");
        assert.equal(response.jsonrpc, "2.0");
    },
    "a notification": async () => {
        assert.equal(await call("update", [1, 2, 3], null), undefined);
    },
    "an error": async () => {
        const response = await call("math.divide", [1, 0]);
        assert.deepEqual(response.error, { code: 1001, message: "Division by zero" });
    },
    "method not found": async () => {
        assert.equal((await call("foobar", [])).error.code, -32601);
    },
    "a batch": async () => {
        const batch = [
            client.request("subtract", [42, 23], undefined, false),
            client.request("update", [1], null, false),
            client.request("math.pow", { base: 2, exponent: 3 }, undefined, false),
        ];
        const responses = await new Promise((resolve, reject) => {
            client.request(batch, (error, responses) => error ? reject(error) : resolve(responses));
        });
        const byId = Object.fromEntries(responses.map((r) => [r.id, r]));
        assert.equal(responses.length, 2);
        assert.equal(byId[batch[0].id].result, 19);
        assert.equal(byId[batch[2].id].result, 8);
    },
}).then((ok) => process.exit(ok ? 0 : 1));
