// A page of one origin in headless Chromium calls the JSON-RPC endpoint of another origin: over HTTP with fetch (a
// JSON POST, which makes the browser ask with a CORS preflight first), and over WebSocket, which CORS does not cover.
// Prints, as JSON, what the page got: the HTTP answer or the error fetch failed with, and whether the WebSocket opened.
// Usage: node browser-cross-origin.cjs <playwright-core module dir> <chromium executable> <page URL> <endpoint URL>
require('./chromium.cjs').run(async (browser, [pageUrl, endpoint]) => {
    const seen = { errors: [] };
    const page = await browser.newPage();
    page.on('pageerror', e => seen.errors.push(String(e)));
    await page.goto(pageUrl);
    seen.origin = await page.evaluate(() => location.origin);
    Object.assign(seen, await page.evaluate(async (endpoint) => {
        const got = {};
        try {
            const response = await fetch(endpoint, {
                method: 'POST',
                headers: { 'Content-Type': 'application/json' },
                body: JSON.stringify({ jsonrpc: '2.0', method: 'subtract', params: [42, 23], id: 1 }),
            });
            got.http = { status: response.status, body: await response.text() };
        } catch (e) {
            got.http = { failed: String(e) };
        }
        got.webSocket = await new Promise((settled) => {
            const ws = new WebSocket(endpoint.replace(/^http/, 'ws'));
            const late = setTimeout(() => settled('no answer after 30 s'), 30000);
            ws.onopen = () => { clearTimeout(late); ws.close(1000); settled('opened'); };
            ws.onerror = () => { clearTimeout(late); settled('refused'); };
        });
        return got;
    }, endpoint));
    return seen;
});
