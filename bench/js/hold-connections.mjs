// Opens N WebSocket connections with Node's `ws` client (offering permessage-deflate, as browsers do), makes one call
// on each, prints "ready N" once every call is answered, and holds them open until killed.
// Usage: node hold-connections.mjs WS_MODULE URL N METHOD   (WS_MODULE: the path of the `ws` package's index.js)
const [wsModule, url, count, method] = process.argv.slice(2);
const { default: WebSocket } = await import(wsModule);
const n = Number(count);
let answered = 0;
const sockets = [];
for (let i = 0; i < n; i++) {
  await new Promise((opened) => {
    const ws = new WebSocket(url);
    sockets.push(ws);
    ws.on('open', () => {
      ws.send(JSON.stringify({ jsonrpc: '2.0', method, params: [42, 23], id: i }));
      opened();
    });
    ws.on('message', () => answered++);
    ws.on('error', (error) => {
      console.error(`connection ${i}: ${error.message}`);
      process.exit(1);
    });
  });
}
for (let waited = 0; answered < n; waited += 100) {
  if (waited > 60000) {
    console.error(`only ${answered} of ${n} calls answered within 60 s`);
    process.exit(1);
  }
  await new Promise((r) => setTimeout(r, 100));
}
console.log(`ready ${answered}`);
setInterval(() => {}, 1 << 30);
