// Runs named checks in order, prints one line each, and a closing count; exits 1 when any failed.
const assert = require("node:assert/strict");

async function run(checks) {
    let passed = 0;
    let failed = 0;
    for (const [name, check] of Object.entries(checks)) {
        try {
            await withTimeout(check(), 10000, name);
            console.log(`ok - ${name}`);
            passed++;
        } catch (error) {
            console.log(`not ok - ${name}: ${error && error.stack ? error.stack : error}`);
            failed++;
        }
    }
    console.log(`${passed} passed, ${failed} failed`);
    return failed === 0;
}

function withTimeout(promise, ms, name) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${name}: no answer within ${ms} ms`)), ms);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Resolves with what a promise rejected with; fails if it resolves. */
async function rejection(promise) {
    try {
        await promise;
    } catch (error) {
        return error;
    }
    assert.fail("expected an error, got a result");
}

module.exports = { run, rejection, assert };
