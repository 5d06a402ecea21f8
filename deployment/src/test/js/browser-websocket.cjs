// A page of the server's in headless Chromium opens a WebSocket to <base URL>/jsonrpc with the browser's own client,
// sends the messages given, waits for as many answers as expected, and prints, as JSON: the extensions the browser
// offered in its upgrade request, the extensions and subprotocol the server agreed to, and the answers in the order
// they came.
// Usage: node browser-websocket.cjs <playwright-core module dir> <chromium executable> <base URL> <conversation JSON>
// where the conversation is {"protocols": [...subprotocols offered...], "messages": [...], "answers": N}.
require('./chromium.cjs').run(async (browser, [baseUrl, conversationJson]) => {
    const base = baseUrl.replace(/\/$/, '');
    const conversation = JSON.parse(conversationJson);
    const seen = { errors: [] };
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
    Object.assign(seen, await page.evaluate(async ({ url, protocols, messages, expected }) => {
        const ws = new WebSocket(url, protocols);
        await new Promise((opened, failed) => {
            ws.onopen = opened;
            ws.onerror = () => failed(new Error('the WebSocket connection failed'));
        });
        const answers = [];
        const all = new Promise((done) => {
            ws.onmessage = (event) => {
                answers.push(JSON.parse(event.data));
                if (answers.length === expected) done();
            };
        });
        messages.forEach(message => ws.send(JSON.stringify(message)));
        const late = new Promise((_, failed) => setTimeout(
            () => failed(new Error(answers.length + ' of ' + expected + ' answers after 60 s')), 60000));
        await Promise.race([all, late]);
        const agreed = { extensions: ws.extensions, protocol: ws.protocol };
        ws.close(1000);
        return { ...agreed, answers };
    }, { url: base.replace(/^http/, 'ws') + '/jsonrpc', protocols: conversation.protocols || [],
        messages: conversation.messages, expected: conversation.answers }));
    return seen;
});
