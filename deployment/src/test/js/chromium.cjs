// What the browser scripts share: headless Chromium from the given playwright-core module and executable, and a run
// that prints its result as JSON, or fails the process with the error.
// Usage, in a script started as `node script.cjs <playwright-core module dir> <chromium executable> ...`:
//   require('./chromium.cjs').run(async (browser, args) => ({ ...what was seen... }))
exports.run = (script) => {
    const { chromium } = require(process.argv[2]);
    (async () => {
        const browser = await chromium.launch({
            executablePath: process.argv[3],
            args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
                '--disable-component-update', '--disable-sync', '--no-first-run'],
        });
        let seen;
        try {
            seen = await script(browser, process.argv.slice(4));
        } finally {
            await browser.close();
        }
        process.stdout.write(JSON.stringify(seen));
    })().catch(e => {
        console.error(e);
        process.exit(1);
    });
};
