// JSON-RPC servers written with npm packages nobody here wrote, for the client's tests:
//   json-rpc-2.0 over HTTP and over WebSocket with the ws package, jayson over HTTP.
// Each listens on a port the system gives (0): no port is chosen by the test and taken by someone else first.
// Prints "ready <json-rpc-2.0 HTTP port> <json-rpc-2.0 WebSocket port> <jayson HTTP port>" once all three listen;
// ends when its standard input closes (the test's process ends).
'use strict';
const http = require('http');
const { WebSocketServer } = require('ws');
const { JSONRPCServer, JSONRPCErrorException } = require('json-rpc-2.0');
const jayson = require('jayson');

// The methods, each taking positional ([a, b]) or named ({a, b}) params.
function pair(params, first, second) {
  return Array.isArray(params) ? [params[0], params[1]] : [params[first], params[second]];
}

function methods(server) {
  const notes = [];
  server.addMethod('add', (params) => { const [a, b] = pair(params, 'a', 'b'); return a + b; });
  server.addMethod('greet', (params) => {
    const [name] = pair(params, 'name');
    return { greeting: 'Hello, ' + name + '!', length: name.length };
  });
  server.addMethod('withdraw', (params) => {
    const [amount] = pair(params, 'amount');
    throw new JSONRPCErrorException('Insufficient funds', 3, { balance: 5, requested: amount });
  });
  server.addMethod('note', (params) => { notes.push(pair(params, 'text')[0]); return null; });
  server.addMethod('notes', () => notes.slice());
}

// json-rpc-2.0 over HTTP: a POST body in, the response (or 204 for notifications only) out
const httpServer = new JSONRPCServer();
methods(httpServer);
const httpListening = http.createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    httpServer.receive(JSON.parse(body)).then((response) => {
      if (response) {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(response));
      } else {
        res.writeHead(204);
        res.end();
      }
    });
  });
}).listen(0, '127.0.0.1');

// json-rpc-2.0 over WebSocket, with Ethereum's subscriptions: eth_subscribe("newHeads") answers an id, then
// every 20 ms an eth_subscription notification carries a block head, until eth_unsubscribe(id).
const wsServer = new JSONRPCServer();
methods(wsServer);
const unsubscribed = [];
let nextSubscription = 0x1a0;
wsServer.addMethod('eth_subscribe', (params, socket) => {
  if (params[0] !== 'newHeads') {
    throw new JSONRPCErrorException('Unsupported subscription: ' + params[0], -32602);
  }
  const id = '0x' + (nextSubscription++).toString(16);
  let number = 0;
  const timer = setInterval(() => {
    number++;
    socket.send(JSON.stringify({ jsonrpc: '2.0', method: 'eth_subscription',
      params: { subscription: id, result: { number: '0x' + number.toString(16), hash: '0xh' + number } } }));
  }, 20);
  socket.subscriptions.set(id, timer);
  return id;
});
wsServer.addMethod('eth_unsubscribe', ([id], socket) => {
  const timer = socket.subscriptions.get(id);
  if (!timer) {
    return false;
  }
  clearInterval(timer);
  socket.subscriptions.delete(id);
  unsubscribed.push(id);
  return true;
});
wsServer.addMethod('eth_unsubscribed', () => unsubscribed.slice());
const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
wss.on('connection', (socket) => {
  socket.subscriptions = new Map();
  socket.on('close', () => socket.subscriptions.forEach((timer) => clearInterval(timer)));
  socket.on('message', (data) => {
    wsServer.receive(JSON.parse(data.toString()), socket).then((response) => {
      if (response) {
        socket.send(JSON.stringify(response));
      }
    });
  });
});

// jayson over HTTP: methods take (args, callback)
const jaysonNotes = [];
const jaysonServer = new jayson.Server({
  add: (args, callback) => { const [a, b] = pair(args, 'a', 'b'); callback(null, a + b); },
  greet: (args, callback) => {
    const [name] = pair(args, 'name');
    callback(null, { greeting: 'Hello, ' + name + '!', length: name.length });
  },
  withdraw: (args, callback) => {
    const [amount] = pair(args, 'amount');
    callback({ code: 3, message: 'Insufficient funds', data: { balance: 5, requested: amount } });
  },
  note: (args, callback) => { jaysonNotes.push(pair(args, 'text')[0]); callback(null, null); },
  notes: (args, callback) => callback(null, jaysonNotes.slice()),
});
const jaysonListening = jaysonServer.http().listen(0, '127.0.0.1');

let waiting = 3;
function listening() {
  if (--waiting === 0) {
    console.log(['ready', httpListening.address().port, wss.address().port, jaysonListening.address().port].join(' '));
  }
}
httpListening.on('listening', listening);
wss.on('listening', listening);
jaysonListening.on('listening', listening);

process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
