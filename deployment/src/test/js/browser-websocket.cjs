// Calls JSON-RPC methods from a page in headless Chromium over the browser's own WebSocket and prints, as JSON, the
// extensions the browser offered in its upgrade request, the ones the server agreed to, and every answer received.
// Usage: node browser-websocket.cjs <playwright-core module dir> <chromium executable> <base URL>
const { chromium } = require(process.argv[2]);
const executablePath = process.argv[3];
const base = process.argv[4].replace(/\/$/, '');

(async () => {
    const browser = await chromium.launch({
        executablePath,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
            '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const seen = { errors: [] };
    try {
        const page = await browser.newPage();
        page.on('pageerror', e => seen.errors.push(String(e)));
        // the upgrade request as the browser sent it, from Chromium's own network events
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Network.enable');
        cdp.on('Network.webSocketWillSendHandshakeRequest', e => {
            seen.offered = e.request.headers['Sec-WebSocket-Extensions'];
        });
        // a page of the server's, so that the connection's Origin is the server's own
        await page.goto(base + '/');
        Object.assign(seen, await page.evaluate(async (url) => {
            const ws = new WebSocket(url);
            await new Promise((opened, failed) => {
                ws.onopen = opened;
                ws.onerror = () => failed(new Error('the WebSocket connection failed'));
            });
            const answers = [];
            const expected = 22; // 20 calls, one batch, one large result
            const all = new Promise((done) => {
                ws.onmessage = (event) => {
                    answers.push(JSON.parse(event.data));
                    if (answers.length === expected) done();
                };
            });
            for (let i = 1; i <= 20; i++) {
                ws.send(JSON.stringify({ jsonrpc: '2.0', method: 'subtract', params: [100, i], id: i }));
            }
            ws.send(JSON.stringify([
                { jsonrpc: '2.0', method: 'subtract', params: { minuend: 5, subtrahend: 3 }, id: 'b1' },
                { jsonrpc: '2.0', method: 'nope', id: 'b2' },
            ]));
            ws.send(JSON.stringify({ jsonrpc: '2.0', method: 'repeat', params: ['json-rpc ', 20000], id: 'large' }));
            const late = new Promise((_, failed) => setTimeout(
                () => failed(new Error(answers.length + ' of ' + expected + ' answers after 60 s')), 60000));
            await Promise.race([all, late]);
            const extensions = ws.extensions;
            ws.close(1000);
            return { extensions, answers };
        }, base.replace(/^http/, 'ws') + '/jsonrpc'));
    } finally {
        await browser.close();
    }
    process.stdout.write(JSON.stringify(seen));
})().catch(e => {
    console.error(e);
    process.exit(1);
});
