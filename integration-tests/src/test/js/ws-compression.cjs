// The npm package ws, which offers permessage-deflate as browsers do, against a server with compression on: small
// answers come uncompressed, large ones compressed, and both read back whole in any order: node ws-compression.cjs <port>
const WebSocket = require("ws");
const { run, assert } = require("./checks.cjs");

const url = `ws://localhost:${process.argv[2]}/jsonrpc`;

/** A connection whose calls resolve with the answer and the bytes its frame took on the wire. */
function connect() {
    return new Promise((resolve, reject) => {
        const socket = new WebSocket(url);
        const waiting = [];
        let read = 0;
        socket.on("message", (data) => {
            // ws has read the whole frame by now: the TCP bytes since the last answer are its frame's
            const bytes = socket._socket.bytesRead - read;
            read = socket._socket.bytesRead;
            waiting.shift()({ answer: JSON.parse(data.toString()), bytes });
        });
        socket.on("open", () => {
            read = socket._socket.bytesRead;
            resolve({
                // the Sec-WebSocket-Extensions header the server answered with
                extensions: socket.extensions,
                echo: (id, value) => new Promise((r) => {
                    waiting.push(r);
                    socket.send(JSON.stringify({ jsonrpc: "2.0", method: "echo", params: [value], id }));
                }),
                close: () => socket.close(),
            });
        });
        socket.on("error", reject);
    });
}

(async () => {
    const client = await connect();
    const ok = await run({
        "permessage-deflate agreed": async () => {
            assert.match(client.extensions, /^permessage-deflate/);
        },
        "small and large answers in turn": async () => {
            for (let id = 1; id <= 6; id++) {
                const value = "json-rpc ".repeat(id % 2 === 1 ? 3 : 2000);
                const { answer, bytes } = await client.echo(id, value);
                assert.deepEqual(answer, { jsonrpc: "2.0", result: value, id });
                const length = Buffer.byteLength(JSON.stringify(answer));
                if (id % 2 === 1) {
                    // a 2-byte frame header and the message as it is
                    assert.equal(bytes, length + 2, `answer ${id} uncompressed`);
                } else {
                    assert.ok(bytes < length / 10, `answer ${id} compressed: ${bytes} bytes for ${length}`);
                }
            }
        },
    });
    client.close();
    process.exit(ok ? 0 : 1);
})().catch((error) => {
    console.log(`not ok - connect: ${error}`);
    process.exit(1);
});
