// Drives the JSON-RPC pages of the Dev UI in headless Chromium and prints what a developer would see, as JSON.
// Usage: node dev-ui-call.cjs <playwright-core module dir> <chromium executable> <base URL>
require('./chromium.cjs').run(async (browser, [base]) => {
    const seen = { errors: [] };
    const page = await browser.newPage({ viewport: { width: 1600, height: 1200 } });
    page.on('pageerror', e => seen.errors.push(String(e)));
    // each wait is for the Dev UI in dev mode, whose first page load builds its scripts: under a load average of 50,
    // more than 30 s. A hang is ended by the script's own timeout (Browser.SCRIPT_TIMEOUT)
    page.setDefaultTimeout(120000);

    // the methods page: the listing, then a call through the form
    await page.goto(base + '/q/dev-ui/quarkus-jsonrpc-server/methods');
    await page.locator('#methods').filter({ hasText: 'subtract' }).waitFor();
    seen.methods = await page.locator('#methods').innerText();
    // on a laptop's screen too, the table fits the page: every column, the buttons to try a method included
    await page.setViewportSize({ width: 1280, height: 1200 });
    seen.methodsFit = await page.locator('#methods').evaluate(grid => {
        const table = grid.shadowRoot.querySelector('#table');
        return table.scrollWidth <= table.clientWidth;
    });
    await page.setViewportSize({ width: 1600, height: 1200 });
    await page.locator('#method').selectOption('subtract');
    seen.template = await page.locator('#params').inputValue();
    await page.locator('#params').fill('{"minuend": 42, "subtrahend": 23}');
    await page.locator('#call').click();
    await page.locator('#response').filter({ hasText: 'result' }).waitFor();
    seen.status = await page.locator('#status').innerText();
    seen.response = await page.locator('#response').innerText();

    // a stream over WebSocket, then a call over HTTP: the HTTP answer replaces the items, whose connection it closes
    await page.locator('#method').selectOption('ticks');
    await page.locator('#call').click();
    await page.locator('#response').filter({ hasText: 'rpc.subscription' }).waitFor();
    await page.locator('#method').selectOption('subtract');
    // choosing another method ends the stream, whose items would show under it
    seen.streamClosedOnChoice = await page.evaluate(() =>
        document.querySelector('qwc-jsonrpc-server-methods')._socket === null);
    seen.responseOnChoice = await page.locator('#response').innerText();
    await page.locator('#params').fill('[5, 3]');
    await page.locator('#call').click();
    await page.locator('#response').filter({ hasText: '"result": 2,' }).waitFor();
    seen.afterStream = await page.locator('#response').innerText();
    seen.streamClosed = await page.evaluate(() => document.querySelector('qwc-jsonrpc-server-methods')._socket === null);

    // a stream of more items than the form keeps: the subscription's id, then the last items and the completion
    await page.locator('#method').selectOption('burst');
    await page.locator('#call').click();
    await page.locator('#response').filter({ hasText: '"complete": true' }).waitFor();
    seen.burst = await page.locator('#response').innerText();
    // they scroll inside the answer, which stays within the window
    seen.burstBox = await page.locator('#response').evaluate(pre => ({
        scrolls: pre.scrollHeight > pre.clientHeight,
        withinWindow: pre.getBoundingClientRect().height <= window.innerHeight,
    }));

    // numbers beyond a JavaScript number's precision: sent and shown as written, not rounded
    await page.locator('#method').selectOption('negate');
    await page.locator('#params').fill('[9007199254740993]');
    await page.locator('#call').click();
    await page.locator('#response').filter({ hasText: '"id": 5' }).waitFor();
    seen.bigNumber = await page.locator('#response').innerText();

    // a stream that fails after an item: the call failed, though its first answer did not
    await page.locator('#method').selectOption('failing');
    await page.locator('#call').click();
    await page.locator('#response').filter({ hasText: 'stream broke' }).waitFor();
    seen.failedStreamStatus = await page.locator('#status').getAttribute('class');

    // a method that notifies before it answers with an error: the call failed, as its answer says, timed to the answer
    await page.locator('#method').selectOption('refuseAfterNotice');
    await page.locator('#call').click();
    await page.locator('#response').filter({ hasText: 'Refused after the notice' }).waitFor();
    seen.noticeThenError = await page.locator('#status').getAttribute('class');
    seen.noticeThenErrorStatus = await page.locator('#status').innerText();

    // a template from the params' schemas, called as it is
    await page.locator('#method').selectOption('paint');
    seen.schemaTemplate = await page.locator('#params').inputValue();
    await page.locator('#call').click();
    await page.locator('#response').filter({ hasText: 'RED at' }).waitFor();
    seen.schemaTemplateCall = await page.locator('#response').innerText();

    // a connection the server closes: the form says so, with the code and reason
    await page.locator('#method').selectOption('hangUp');
    await page.locator('#call').click();
    await page.locator('#status').filter({ hasText: 'closed' }).waitFor();
    seen.hungUp = await page.locator('#status').innerText();

    // a method of an endpoint, named as one at the configured paths, then one over WebSocket: each at its own path
    await page.locator('#method').selectOption({ label: 'subtract at /admin' });
    await page.locator('#params').fill('[5, 3]');
    await page.locator('#call').click();
    await page.locator('#response').filter({ hasText: '/admin says' }).waitFor();
    seen.atEndpoint = await page.locator('#response').innerText();
    await page.locator('#method').selectOption({ label: 'echo at /admin' });
    await page.locator('#params').fill('["hi"]');
    await page.locator('#call').click();
    await page.locator('#response').filter({ hasText: '/admin echoes' }).waitFor();
    seen.atEndpointOverWebSocket = await page.locator('#status').innerText() + ' ' + await page.locator('#response').innerText();

    // a method of an endpoint with a path parameter: the form asks for its value
    await page.locator('#method').selectOption({ label: 'whose at /tenants/{tenant}' });
    await page.locator('#path-tenant').fill('acme corp');
    // the field takes the theme's colours, as the params' does, where the browser's own are white on any theme
    seen.pathParamStyled = await page.evaluate(() => {
        const form = document.querySelector('qwc-jsonrpc-server-methods').renderRoot;
        const [field, params] = [form.querySelector('#path-tenant'), form.querySelector('#params')].map(getComputedStyle);
        return field.backgroundColor === params.backgroundColor && field.color === params.color
            && field.borderTopColor === params.borderTopColor;
    });
    await page.locator('#call').click();
    await page.locator('#response').filter({ hasText: 'tenant ' }).waitFor();
    seen.withPathParam = await page.locator('#response').innerText();

    // an endpoint's OpenRPC page, opened by its address, as a reload or a bookmark does
    seen.endpointDocuments = [];
    for (const [id, endpoint] of [['openrpc-document-of-admin', '/admin'],
        ['openrpc-document-of-tenants-tenant', '/tenants/{tenant}']]) {
        await page.goto(base + '/q/dev-ui/quarkus-jsonrpc-server/' + id);
        // the document's title, the application's name and the endpoint's path
        await page.getByText('-deployment ' + endpoint).first().waitFor();
        seen.endpointDocuments.push(page.url());
    }

    // the recent calls list the call just made, then the calls made while the page is open, as they end
    await page.goto(base + '/q/dev-ui/quarkus-jsonrpc-server/recent-calls');
    await page.locator('#calls').filter({ hasText: 'subtract' }).waitFor();
    seen.calls = await page.locator('#calls').innerText();
    await page.evaluate(() => fetch('/jsonrpc', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ jsonrpc: '2.0', method: 'nope', id: 'later' }),
    }));
    await page.locator('#calls').filter({ hasText: 'later' }).waitFor();
    // a notification, which has no id
    await page.evaluate(() => fetch('/jsonrpc', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ jsonrpc: '2.0', method: 'subtract', params: [7, 7] }),
    }));
    await page.locator('#calls').filter({ hasText: 'notification' }).waitFor();
    seen.liveCalls = await page.locator('#calls').innerText();
    // a long error message wraps in its column: on a laptop's screen the table still fits the page, all of it shown
    await page.setViewportSize({ width: 1280, height: 1200 });
    await page.evaluate(() => fetch('/jsonrpc', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ jsonrpc: '2.0', method: 'paint', params: ['MAGENTA'.repeat(30), { x: 0, y: 0 }], id: 'long' }),
    }));
    await page.locator('#calls').filter({ hasText: 'long' }).waitFor();
    seen.longError = await page.locator('#calls').innerText();
    seen.callsFit = await page.locator('#calls').evaluate(grid => {
        const table = grid.shadowRoot.querySelector('#table');
        const error = [...grid.querySelectorAll('vaadin-grid-cell-content')].find(cell => cell.innerText.includes('MAGENTA'));
        return table.scrollWidth <= table.clientWidth
            && error.scrollWidth <= error.clientWidth && error.scrollHeight <= error.clientHeight;
    });
    return seen;
});
