import { LitElement, html, css } from 'lit';
import { JsonRpc } from 'jsonrpc';
import '@vaadin/grid';
import { columnBodyRenderer } from '@vaadin/grid/lit.js';

/** The JSON-RPC clients of the application, with the URL each calls, as the running application resolved them. */
export class QwcJsonrpcClientClients extends LitElement {

    jsonRpc = new JsonRpc(this);

    static styles = css`
        :host { display: flex; flex-direction: column; padding: 0 10px; }
        code { font-size: var(--lumo-font-size-s); }
        .methods { color: var(--lumo-contrast-60pct); font-size: var(--lumo-font-size-s); }
    `;

    static properties = {
        _clients: { state: true },
    };

    connectedCallback() {
        super.connectedCallback();
        this.jsonRpc.clients().then(response => { this._clients = response.result; });
    }

    render() {
        if (!this._clients) {
            return html`<span>Loading the clients...</span>`;
        }
        if (this._clients.length === 0) {
            return html`<span>No @RegisterJsonRpcClient interface in this application.</span>`;
        }
        return html`
            <vaadin-grid .items="${this._clients}" theme="no-border row-stripes" all-rows-visible>
                <vaadin-grid-column header="Config key" auto-width flex-grow="0"
                    ${columnBodyRenderer(c => html`<code><strong>${c.configKey}</strong></code>`, [])}></vaadin-grid-column>
                <vaadin-grid-column header="Interface" auto-width resizable
                    ${columnBodyRenderer(c => html`<code>${c.interface}</code>`, [])}></vaadin-grid-column>
                <vaadin-grid-column header="URL" auto-width resizable
                    ${columnBodyRenderer(c => html`<code>${c.url}</code>`, [])}></vaadin-grid-column>
                <vaadin-grid-column header="Transport" path="transport" auto-width></vaadin-grid-column>
                <vaadin-grid-column header="Timeout" path="timeout" auto-width></vaadin-grid-column>
                <vaadin-grid-column header="Methods" auto-width resizable
                    ${columnBodyRenderer(c => html`<span class="methods">${c.methods.join(', ')}</span>`, [])}></vaadin-grid-column>
            </vaadin-grid>`;
    }
}
customElements.define('qwc-jsonrpc-client-clients', QwcJsonrpcClientClients);
