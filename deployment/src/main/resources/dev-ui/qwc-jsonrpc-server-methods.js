import { LitElement, html, css } from 'lit';
import '@vaadin/grid';
import '@vaadin/button';
import { columnBodyRenderer } from '@vaadin/grid/lit.js';
import { methods } from 'build-time-data';

/** How many of a WebSocket call's last messages the form shows, after the first. */
const MESSAGES_SHOWN = 100;

/**
 * Every JSON-RPC method, and a form that calls one over the application's own endpoints: a POST to the HTTP path, or
 * a message on a WebSocket to the WebSocket path for methods only served there.
 */
export class QwcJsonrpcServerMethods extends LitElement {

    static styles = css`
        :host { display: flex; flex-direction: column; gap: 10px; padding: 0 10px; }
        .summary { color: var(--lumo-contrast-60pct); font-size: var(--lumo-font-size-s); }
        .security { color: var(--lumo-warning-text-color); }
        code { font-size: var(--lumo-font-size-s); }
        /* long Java types wrap inside their column, where they would widen the table past the page */
        #methods code { overflow-wrap: anywhere; }
        .form { display: flex; flex-direction: column; gap: 8px; border-top: 1px solid var(--lumo-contrast-10pct);
            padding-top: 10px; }
        .row { display: flex; gap: 10px; align-items: center; flex-wrap: wrap; }
        textarea, pre { font-family: monospace; font-size: var(--lumo-font-size-s); width: 100%; box-sizing: border-box; }
        /* the theme's colours, dark ones too, where the browser's own would be white on any theme */
        textarea, input { background: var(--lumo-contrast-5pct); color: var(--lumo-body-text-color);
            border: 1px solid var(--lumo-contrast-20pct); border-radius: var(--lumo-border-radius-m); padding: 6px; }
        textarea { min-height: 6em; }
        input { font-size: var(--lumo-font-size-m); }
        select { font-size: var(--lumo-font-size-m); padding: 4px; background: var(--lumo-base-color);
            color: var(--lumo-body-text-color); }
        /* a stream's hundred messages scroll inside the answer, under the form, rather than lengthen the page */
        pre { background: var(--lumo-contrast-5pct); padding: 8px; border-radius: var(--lumo-border-radius-m);
            white-space: pre-wrap; margin: 0; max-height: 60vh; overflow: auto; }
        .status { font-weight: bold; }
        .error { color: var(--lumo-error-text-color); }
        .ok { color: var(--lumo-success-text-color); }
    `;

    static properties = {
        _method: { state: true },
        _status: { state: true },
        _response: { state: true },
        _failed: { state: true },
    };

    constructor() {
        super();
        this._method = methods.length > 0 ? methods[0] : null;
        this._status = '';
        this._response = '';
        this._failed = false;
        this._nextId = 1;
        this._socket = null;
        // counts the calls ended (by the next call, or another method chosen): an answer of an ended call is not shown
        this._ended = 0;
    }

    disconnectedCallback() {
        this._closeSocket();
        super.disconnectedCallback();
    }

    render() {
        return html`
            <!-- the columns of types share the page's width and wrap: the table never grows past it, and Try shows -->
            <vaadin-grid id="methods" .items="${methods}" theme="no-border row-stripes wrap-cell-content" all-rows-visible>
                <vaadin-grid-column header="Method" width="12em" flex-grow="1" resizable
                    ${columnBodyRenderer(this._renderName, [])}></vaadin-grid-column>
                <vaadin-grid-column header="Params" width="10em" flex-grow="2" resizable
                    ${columnBodyRenderer(this._renderParams, [])}></vaadin-grid-column>
                <vaadin-grid-column header="Result" width="8em" flex-grow="1" resizable
                    ${columnBodyRenderer(this._renderResult, [])}></vaadin-grid-column>
                <vaadin-grid-column header="Transports" auto-width flex-grow="0" resizable
                    ${columnBodyRenderer(m => html`${m.transports.join(', ')}`, [])}></vaadin-grid-column>
                <vaadin-grid-column header="Java" width="10em" flex-grow="2" resizable
                    ${columnBodyRenderer(this._renderJava, [])}></vaadin-grid-column>
                <vaadin-grid-column header="Security" width="8em" flex-grow="1" resizable
                    ${columnBodyRenderer(this._renderSecurity, [])}></vaadin-grid-column>
                <vaadin-grid-column auto-width flex-grow="0"
                    ${columnBodyRenderer(m => html`<vaadin-button theme="small" @click="${() => this._select(m)}">Try</vaadin-button>`, [])}></vaadin-grid-column>
            </vaadin-grid>
            ${this._renderForm()}
        `;
    }

    _renderName(method) {
        return html`<div><code><strong>${method.name}</strong></code></div>
            ${method.endpoint ? html`<div class="summary">at ${method.endpoint}</div>` : ''}
            ${method.summary ? html`<div class="summary">${method.summary}</div>` : ''}`;
    }

    _renderParams(method) {
        if (method.params.length === 0) {
            return html`<span class="summary">none</span>`;
        }
        return html`${method.params.map(p => html`<div><code>${p.name}${p.required ? '' : '?'}: ${p.type}</code></div>`)}`;
    }

    _renderResult(method) {
        return html`<code>${method.resultType}</code>${method.subscription ? html`<div class="summary">subscription</div>` : ''}`;
    }

    _renderJava(method) {
        return html`<div><code>${method.javaMethod}</code></div><div class="summary">${method.bean}</div>`;
    }

    _renderSecurity(method) {
        return html`${method.security.map(s => html`<div class="security"><code>${s}</code></div>`)}`;
    }

    _renderForm() {
        if (!this._method) {
            return html`<p>No <code>@JsonRpc</code> methods.</p>`;
        }
        const overHttp = this._overHttp(this._method);
        return html`
            <div class="form">
                <div class="row">
                    <label for="method">Call</label>
                    <select id="method" @change="${e => this._select(methods[Number(e.target.value)])}">
                        ${methods.map((m, i) => html`<option value="${i}" ?selected="${m === this._method}">${m.name}${m.endpoint ? ' at ' + m.endpoint : ''}</option>`)}
                    </select>
                    <span class="summary">over ${overHttp ? 'HTTP POST ' + this._method.httpPath : 'WebSocket ' + this._method.webSocketPath}</span>
                </div>
                ${this._method.pathParams.map(p => html`
                    <div class="row">
                        <label for="path-${p}">Path parameter <code>${p}</code></label>
                        <input id="path-${p}" .value="${p}">
                    </div>`)}
                <label for="params">Params (JSON: an object by name, an array by position; empty for none)</label>
                <textarea id="params" .value="${this._template(this._method)}"></textarea>
                <div class="row">
                    <vaadin-button id="call" theme="primary" @click="${this._call}">Call</vaadin-button>
                    <span id="status" class="status ${this._failed ? 'error' : 'ok'}">${this._status}</span>
                </div>
                <pre id="response">${this._response}</pre>
            </div>`;
    }

    _select(method) {
        // the previous call's connection ends with it: its items would show under this method
        this._closeSocket();
        this._method = method;
        this._status = '';
        this._response = '';
        const textarea = this.renderRoot.querySelector('#params');
        if (textarea) {
            textarea.value = this._template(method);
        }
        this.renderRoot.querySelector('.form')?.scrollIntoView({ behavior: 'smooth' });
    }

    /** Named params with a placeholder for each required one. */
    _template(method) {
        const required = method.params.filter(p => p.required);
        if (required.length === 0) {
            return '';
        }
        const params = {};
        for (const p of required) {
            // from the OpenRPC document's schema (an enum's first constant, an object's required properties), else
            // from the Java type's name
            params[p.name] = p.template !== undefined && p.template !== null ? p.template : this._placeholder(p.type);
        }
        return JSON.stringify(params, null, 2);
    }

    _placeholder(type) {
        if (/^(int|long|short|byte|double|float|Integer|Long|Short|Byte|Double|Float|BigDecimal|BigInteger)$/.test(type)) {
            return 0;
        }
        if (/^(boolean|Boolean)$/.test(type)) {
            return false;
        }
        if (/^(String|char|Character|UUID|LocalDate|LocalDateTime|Instant|OffsetDateTime|ZonedDateTime|Duration)$/.test(type)) {
            return '';
        }
        if (/\[\]$|^(List|Set|Collection)</.test(type)) {
            return [];
        }
        return {};
    }

    /**
     * JSON whose numbers stay as written, which JSON.stringify writes back so: a long beyond 2^53 or a BigDecimal
     * would be rounded by a JavaScript number. Where the browser cannot (no JSON.rawJSON), plain JSON.parse.
     */
    static _parse(text) {
        if (typeof JSON.rawJSON !== 'function') {
            return JSON.parse(text);
        }
        return JSON.parse(text, (key, value, context) =>
            typeof value === 'number' && context ? JSON.rawJSON(context.source) : value);
    }

    _overHttp(method) {
        return method.httpPath && method.transports.includes('HTTP');
    }

    _call() {
        const text = this.renderRoot.querySelector('#params').value.trim();
        const request = { jsonrpc: '2.0', method: this._method.name, id: this._nextId++ };
        if (text) {
            try {
                request.params = QwcJsonrpcServerMethods._parse(text);
            } catch (e) {
                this._show('Params are not valid JSON: ' + e.message, '', true);
                return;
            }
        }
        if (this._overHttp(this._method)) {
            this._callOverHttp(request, this._resolved(this._method.httpPath));
        } else {
            this._callOverWebSocket(request, this._resolved(this._method.webSocketPath));
        }
    }

    /** The path with each of its path parameters, {name}, replaced by the value in its field. */
    _resolved(path) {
        return path.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (whole, name) =>
            encodeURIComponent(this.renderRoot.querySelector('#path-' + name)?.value || name));
    }

    _callOverHttp(request, httpPath) {
        // the previous call's connection is closed by this one, whatever its transport: its notifications stop
        this._closeSocket();
        const call = this._ended;
        const start = performance.now();
        fetch(httpPath, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(request)
        }).then(response => response.text().then(body => {
            if (call !== this._ended) {
                return; // a later call, or another method, took the form
            }
            const millis = (performance.now() - start).toFixed(1);
            this._show(`HTTP ${response.status} · ${millis} ms`, this._pretty(body), this._isError(body));
        })).catch(e => {
            if (call === this._ended) {
                this._show('Request failed: ' + e, '', true);
            }
        });
    }

    /**
     * Keeps the connection open after the response, so that notifications (a subscription's items) show too, until
     * the next call; the status says when the server closes it first.
     */
    _callOverWebSocket(request, webSocketPath) {
        this._closeSocket();
        const start = performance.now();
        const scheme = window.location.protocol === 'https:' ? 'wss://' : 'ws://';
        const socket = new WebSocket(scheme + window.location.host + webSocketPath);
        this._socket = socket;
        // the first message and the last ones: a stream without end must not grow the page without end
        let received = 0;
        let first = '';
        const last = [];
        // the response to the call, which notifications the method sends first (its progress) may come before
        let answered = false;
        socket.onopen = () => socket.send(JSON.stringify(request));
        socket.onmessage = event => {
            if (this._socket !== socket) {
                return; // a frame in flight as a later call closed this connection
            }
            received++;
            if (received === 1) {
                // what the previous call showed goes: this call's first message replaces it
                this._status = '';
                this._failed = false;
            }
            if (!answered && this._answers(event.data, request.id)) {
                answered = true;
                const millis = (performance.now() - start).toFixed(1);
                this._status = `WebSocket · ${millis} ms`;
                this._failed = this._failed || this._isError(event.data);
            } else {
                // a subscription that ends in an error (its stream failed, its caller was refused) failed
                this._failed = this._failed || this._isStreamError(event.data);
            }
            if (received === 1) {
                first = this._pretty(event.data);
            } else {
                last.push(this._pretty(event.data));
                if (last.length > MESSAGES_SHOWN) {
                    last.shift();
                }
            }
            const hidden = received - 1 - last.length;
            this._response = [first,
                ...(hidden > 0 ? [`… ${hidden} more not shown: the first message and the last ${MESSAGES_SHOWN} are`] : []),
                ...last].join('\n');
        };
        socket.onerror = () => {
            if (this._socket === socket) {
                this._show('WebSocket error', '', true);
            }
        };
        // closed by the server (a hook turning the connection away, the method, a reload): not by the next call
        socket.onclose = event => {
            if (this._socket === socket) {
                this._socket = null;
                const closed = `closed by the server: ${event.code}${event.reason ? ' ' + event.reason : ''}`;
                this._status = this._status ? `${this._status} · ${closed}` : `WebSocket ${closed}`;
                this._failed = this._failed || !answered;
            }
        };
    }

    _closeSocket() {
        this._ended++;
        if (this._socket) {
            this._socket.close();
            this._socket = null;
        }
    }

    _show(status, response, failed) {
        this._status = status;
        this._response = response;
        this._failed = failed;
    }

    /** An `rpc.subscription` notification that ends its stream with an error. */
    _isStreamError(body) {
        try {
            const parsed = JSON.parse(body);
            return parsed && parsed.method === 'rpc.subscription' && parsed.params && parsed.params.error !== undefined;
        } catch (e) {
            return false;
        }
    }

    /** The response to the request with this id: no method, and its id (or a null one, about a message not read). */
    _answers(body, id) {
        try {
            const parsed = JSON.parse(body);
            return parsed !== null && typeof parsed === 'object' && parsed.method === undefined
                && (parsed.id === id || parsed.id === null);
        } catch (e) {
            return true; // not JSON: whatever came instead of the response
        }
    }

    _isError(body) {
        try {
            const parsed = JSON.parse(body);
            return parsed && parsed.error !== undefined;
        } catch (e) {
            return true;
        }
    }

    _pretty(body) {
        try {
            return JSON.stringify(QwcJsonrpcServerMethods._parse(body), null, 2);
        } catch (e) {
            return body;
        }
    }
}
customElements.define('qwc-jsonrpc-server-methods', QwcJsonrpcServerMethods);
