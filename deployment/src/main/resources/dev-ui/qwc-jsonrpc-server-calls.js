import { LitElement, html, css } from 'lit';
import '@vaadin/grid';
import '@vaadin/button';
import { columnBodyRenderer } from '@vaadin/grid/lit.js';
import { JsonRpc } from 'jsonrpc';

/** The last calls the application answered, over either transport, the latest first, updated as calls end. */
export class QwcJsonrpcServerCalls extends LitElement {

    jsonRpc = new JsonRpc(this);

    static styles = css`
        :host { display: flex; flex-direction: column; gap: 10px; padding: 0 10px; }
        .bar { display: flex; gap: 10px; align-items: center; }
        .error { color: var(--lumo-error-text-color); }
        .ok { color: var(--lumo-success-text-color); }
        .cancelled { color: var(--lumo-secondary-text-color); }
        code { font-size: var(--lumo-font-size-s); }
        /* a value quoted in an error message is one long word: it breaks too, where it would be cut */
        .message { overflow-wrap: anywhere; }
    `;

    static properties = {
        _calls: { state: true },
    };

    /** As many as the server keeps. */
    static MAX = 50;

    constructor() {
        super();
        this._calls = null;
    }

    connectedCallback() {
        super.connectedCallback();
        this._calls = [];
        // the kept calls, the oldest first, then the next ones: one stream, so that none is missed in between, and
        // one a page left at once cancels
        this._stream = this.jsonRpc.streamCalls().onNext(next => {
            this._calls = [next.result, ...this._calls].slice(0, QwcJsonrpcServerCalls.MAX);
        });
    }

    disconnectedCallback() {
        if (this._stream) {
            this._stream.cancel();
        }
        super.disconnectedCallback();
    }

    render() {
        if (this._calls === null) {
            return html`<span>Loading calls...</span>`;
        }
        return html`
            <div class="bar">
                <vaadin-button id="clear" theme="small" @click="${this._clear}">Clear</vaadin-button>
                <span>${this._calls.length} calls</span>
            </div>
            <!-- a long error message wraps in its column, the one that grows: the table never grows past the page -->
            <vaadin-grid id="calls" .items="${this._calls}" theme="no-border row-stripes compact wrap-cell-content"
                all-rows-visible>
                <vaadin-grid-column header="Time" auto-width
                    ${columnBodyRenderer(c => html`${new Date(c.startedAt).toLocaleTimeString()}`, [])}></vaadin-grid-column>
                <vaadin-grid-column header="Method" auto-width
                    ${columnBodyRenderer(c => html`<code>${c.method}</code>${c.endpoint ? html` <span class="endpoint">at ${c.endpoint}</span>` : ''}`, [])}></vaadin-grid-column>
                <vaadin-grid-column header="Id" auto-width
                    ${columnBodyRenderer(c => html`<code>${c.id == null ? 'notification' : c.id}</code>`, [])}></vaadin-grid-column>
                <vaadin-grid-column header="Transport" auto-width path="transport"></vaadin-grid-column>
                <vaadin-grid-column header="Duration" auto-width text-align="end"
                    ${columnBodyRenderer(c => html`${c.durationMillis.toFixed(2)} ms`, [])}></vaadin-grid-column>
                <vaadin-grid-column header="Outcome" auto-width
                    ${columnBodyRenderer(this._renderOutcome, [])}></vaadin-grid-column>
                <vaadin-grid-column header="Error" width="16em" flex-grow="1"
                    ${columnBodyRenderer(c => html`<span class="message">${c.errorCode === 0 ? '' : c.errorCode + ' ' + (c.errorMessage || '')}</span>`, [])}></vaadin-grid-column>
            </vaadin-grid>`;
    }

    _renderOutcome(call) {
        const style = { result: 'ok', error: 'error', cancelled: 'cancelled' }[call.outcome];
        return html`<span class="${style}">${call.outcome}</span>`;
    }

    _clear() {
        this.jsonRpc.clearCalls().then(() => {
            this._calls = [];
        });
    }
}
customElements.define('qwc-jsonrpc-server-calls', QwcJsonrpcServerCalls);
