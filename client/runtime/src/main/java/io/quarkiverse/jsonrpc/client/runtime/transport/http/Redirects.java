package io.quarkiverse.jsonrpc.client.runtime.transport.http;

import java.net.URI;
import java.net.URISyntaxException;

import io.quarkiverse.jsonrpc.client.JsonRpcTransportException;
import io.quarkiverse.jsonrpc.client.runtime.config.ClientSettings;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/**
 * What the HTTP transport does with a redirect: an answer of status 301, 302, 303, 307 or 308 with a {@code Location}.
 * Where {@code follow-redirects} is on, a {@code 307} or {@code 308} is followed with the same request, method, body
 * and headers; a {@code 303} with a {@code GET} of the answer, without the body. A {@code 301} or {@code 302} is not
 * followed for a {@code POST}, as Vert.x, whose redirect handler the REST client uses, follows them for a {@code GET}
 * or {@code HEAD} only: clients make them a {@code GET}, which would carry no call.
 */
final class Redirects {

    private final String prefix;
    private final boolean follow;
    private final int max;

    Redirects(ClientSettings settings) {
        this.prefix = "quarkus.jsonrpc-client.\"" + settings.configKey() + "\".";
        this.follow = settings.httpOptions().followRedirects();
        this.max = settings.httpOptions().maxRedirects();
    }

    /** The request a redirect makes. */
    record Hop(RequestOptions options, String url, boolean withBody) {
    }

    /**
     * The request that follows an answer; {@code null} where the answer is no redirect, and ends the exchange.
     *
     * @param exchange the request answered, as {@code POST <url>}
     * @param sent its options
     * @param followed how many redirects the exchange followed before it
     * @throws JsonRpcTransportException for a redirect the client does not follow, which fails the call
     */
    Hop next(HttpClientResponse response, String exchange, String url, RequestOptions sent, int followed) {
        int status = response.statusCode();
        String location = response.getHeader(HttpHeaders.LOCATION);
        if (location == null || !(status == 301 || status == 302 || status == 303 || status == 307 || status == 308)) {
            return null;
        }
        String answered = exchange + " answered HTTP " + status + " " + response.statusMessage() + ", to ";
        URI target;
        try {
            target = new URI(url).resolve(new URI(location));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new JsonRpcTransportException(answered + location + ", which is not a URL: " + e.getMessage(), status,
                    e);
        }
        if ((status == 301 || status == 302) && sent.getMethod() == HttpMethod.POST) {
            throw new JsonRpcTransportException(answered + target + ", which the client does not follow for a POST"
                    + " (follow-redirects follows 303, 307 and 308): give the client that URL, or have the server answer"
                    + " 307 or 308", status, null);
        }
        if (!follow) {
            throw new JsonRpcTransportException(answered + target + ": set " + prefix
                    + "follow-redirects=true to follow it, or give the client that URL", status, null);
        }
        if (!"http".equalsIgnoreCase(target.getScheme()) && !"https".equalsIgnoreCase(target.getScheme())
                || target.getHost() == null) {
            throw new JsonRpcTransportException(answered + target + ", which is no http:// or https:// URL: the client"
                    + " sends no call there", status, null);
        }
        if (followed >= max) {
            throw new JsonRpcTransportException(answered + target + ", after " + followed + " redirects: more than "
                    + prefix + "max-redirects allows", status, null);
        }
        RequestOptions options = new RequestOptions(sent).setAbsoluteURI(target.toString());
        if (status != 303) {
            return new Hop(options, target.toString(), true);
        }
        // the server took the call, and says where its answer is
        MultiMap headers = HttpHeaders.headers().addAll(sent.getHeaders()).remove(HttpHeaders.CONTENT_TYPE);
        return new Hop(options.setMethod(HttpMethod.GET).setHeaders(headers), target.toString(), false);
    }
}
