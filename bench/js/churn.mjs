// A connection's whole life, over and over: PARALLEL loops, each opening a WebSocket connection with Node's `ws` client
// (offering permessage-deflate, as browsers do), making one call, checking its answer, closing the connection with a
// close handshake as a page being left does, and opening the next, for SECONDS seconds. Prints one JSON line: the
// lives completed per second and, with PID, the server's CPU time per life (from /proc), besides the failures.
// Usage: node churn.mjs WS_MODULE URL METHOD PARALLEL SECONDS [PID]   (WS_MODULE: the `ws` package's index.js)
import { readFileSync } from 'node:fs';

const [wsModule, url, method, parallel, seconds, pid] = process.argv.slice(2);
const { default: WebSocket } = await import(wsModule);
const cpuTicks = () => {
  if (!pid) return 0;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(fields[11]) + Number(fields[12]);
};

let lives = 0, wrong = 0, failed = 0, stop = false;

// one life: open, call, answer, close; resolves once the close handshake is over, whatever happened
function life(id) {
  return new Promise((done) => {
    const ws = new WebSocket(url);
    ws.on('open', () => ws.send(JSON.stringify({ jsonrpc: '2.0', method, params: [42, id % 1000], id })));
    ws.on('message', (data) => {
      const answer = JSON.parse(data.toString());
      if (answer.id === id && answer.result === 42 - (id % 1000)) lives++;
      else wrong++;
      ws.close(1000);
    });
    ws.on('error', () => failed++);
    ws.on('close', done);
  });
}

async function loop(n) {
  for (let i = 0; !stop; i++) await life(n * 1_000_000 + i);
}

const cpu0 = cpuTicks();
const loops = Array.from({ length: Number(parallel) }, (_, n) => loop(n));
await new Promise((r) => setTimeout(r, Number(seconds) * 1000));
const cpu1 = cpuTicks();
const counted = lives;
stop = true;
await Promise.all(loops);
console.log(JSON.stringify({ url, method, parallel: Number(parallel), seconds: Number(seconds),
  lives: counted, lives_per_s: Math.round(counted / Number(seconds)), wrong, failed,
  ...(pid ? { server_cpu_us_per_life: Number(((cpu1 - cpu0) * 10000 / Math.max(counted, 1)).toFixed(1)) } : {}) }));
