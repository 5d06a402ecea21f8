// An OpenTelemetry collector that keeps nothing: answers every OTLP/HTTP export (POST /v1/traces, protobuf) with an
// empty success, so that the application pays for making and sending its spans and none of it fails. Counts what it
// took; on SIGTERM writes "requests N bytes M" to FILE and exits.
// Usage: node otlp-sink.mjs PORT FILE
import { createServer } from 'node:http';
import { writeFileSync } from 'node:fs';
const [port, file] = process.argv.slice(2);
let requests = 0, bytes = 0;
const server = createServer((req, res) => {
  req.on('data', (chunk) => { bytes += chunk.length; });
  req.on('end', () => {
    requests++;
    res.writeHead(200, { 'Content-Type': 'application/x-protobuf' });
    res.end();
  });
});
server.listen(Number(port), '127.0.0.1');
process.on('SIGTERM', () => {
  writeFileSync(file, `requests ${requests} bytes ${bytes}\n`);
  process.exit(0);
});
