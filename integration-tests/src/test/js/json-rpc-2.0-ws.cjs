// The npm package json-rpc-2.0, over WebSocket with the npm package ws; the server's notifications are calls of
// methods this side serves: node json-rpc-2.0-ws.cjs <port>
const { JSONRPCClient, JSONRPCServer, JSONRPCServerAndClient } = require("json-rpc-2.0");
const WebSocket = require("ws");
const { run, rejection, assert } = require("./checks.cjs");

const url = `ws://localhost:${process.argv[2]}/jsonrpc`;

/** A connection: a client for our calls, a server for the notifications the other side sends. */
function connect() {
    return new Promise((resolve, reject) => {
        const socket = new WebSocket(url);
        const peer = new JSONRPCServerAndClient(new JSONRPCServer(),
            new JSONRPCClient((request) => socket.send(JSON.stringify(request))));
        const received = [];
        const waiting = [];
        const deliver = (method) => (params) => {
            const waiter = waiting.shift();
            waiter ? waiter({ method, params }) : received.push({ method, params });
        };
        for (const method of ["chat.message", "chat.announcement", "rpc.subscription"]) {
            peer.addMethod(method, deliver(method));
        }
        peer.next = () => received.length > 0 ? Promise.resolve(received.shift())
            : new Promise((r) => waiting.push(r));
        peer.close = () => socket.close();
        socket.on("message", (data) => peer.receiveAndSend(JSON.parse(data.toString())));
        socket.on("close", (code, reason) => peer.rejectAllPendingRequests(`closed: ${code} ${reason}`));
        socket.on("open", () => resolve(peer));
        socket.on("error", reject);
    });
}

(async () => {
    const ada = await connect();
    const bob = await connect();
    const ok = await run({
        "positional params": async () => {
            assert.equal(await ada.request("subtract", [42, 23]), 19);
        },
        "named params": async () => {
            assert.equal(await ada.request("subtract", { subtrahend: 23, minuend: 42 }), 19);
        },
        "a notification": async () => {
            ada.notify("update", [1, 2, 3, 4, 5]);
            assert.equal(await ada.request("subtract", [2, 1]), 1, "the connection still answers");
        },
        "an error the application declares": async () => {
            const error = await rejection(ada.request("math.divide", [1, 0]));
            assert.equal(error.code, 1001);
            assert.equal(error.message, "Division by zero");
        },
        "method not found": async () => {
            assert.equal((await rejection(ada.request("foobar", []))).code, -32601);
        },
        "invalid params": async () => {
            assert.equal((await rejection(ada.request("subtract", { minuend: 1 }))).code, -32602);
        },
        "a batch": async () => {
            const responses = await ada.client.requestAdvanced([
                { jsonrpc: "2.0", method: "subtract", params: [42, 23], id: 101 },
                { jsonrpc: "2.0", method: "notify_sum", params: [1, 2, 4] },
                { jsonrpc: "2.0", method: "math.divide", params: [1, 0], id: 102 },
            ]);
            const byId = Object.fromEntries(responses.map((r) => [r.id, r]));
            assert.equal(responses.length, 2);
            assert.equal(byId[101].result, 19);
            assert.equal(byId[102].error.code, 1001);
        },
        "calls answered out of order": async () => {
            const slow = ada.request("sleep", [300]);
            assert.equal(await ada.request("subtract", [5, 3]), 2);
            assert.equal(await slow, 300);
        },
        "notifications from the server": async () => {
            assert.deepEqual(await ada.request("join", ["kitchen"]), ["kitchen"]);
            assert.equal(await bob.request("say", ["kitchen", "hello"]), null);
            assert.deepEqual(await ada.next(), { method: "chat.message", params: { room: "kitchen", text: "hello" } });
        },
        "a subscription": async () => {
            const id = await bob.request("ticks", [3]);
            assert.equal(typeof id, "string");
            const items = [];
            for (let i = 0; i < 4; i++) {
                items.push((await bob.next()).params);
            }
            assert.deepEqual(items, [
                { subscription: id, result: 0 },
                { subscription: id, result: 1 },
                { subscription: id, result: 2 },
                { subscription: id, complete: true },
            ]);
        },
    });
    ada.close();
    bob.close();
    process.exit(ok ? 0 : 1);
})().catch((error) => {
    console.log(`not ok - connect: ${error}`);
    process.exit(1);
});
