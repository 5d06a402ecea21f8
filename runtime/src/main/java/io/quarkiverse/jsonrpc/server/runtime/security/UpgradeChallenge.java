package io.quarkiverse.jsonrpc.server.runtime.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.quarkus.websockets.next.HttpUpgradeCheck.CheckResult;
import io.quarkus.websockets.next.HttpUpgradeCheck.HttpUpgradeContext;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * The refusal of an anonymous WebSocket upgrade where every caller must be authenticated: 401 with the challenge of
 * the application's authentication mechanisms ({@code WWW-Authenticate: basic ...}), as {@link HttpCallerGate} answers
 * an HTTP request, so that a client that answers challenges sends its credentials with its next upgrade. A bare 401
 * where there is no challenge to give: the upgrade's routing context cannot be reached, or the mechanism's challenge is
 * not a 401 (a form login's redirect, which a WebSocket client would not follow).
 */
final class UpgradeChallenge {

    private static final CheckResult BARE = CheckResult.rejectUpgradeSync(401);

    private UpgradeChallenge() {
    }

    static Uni<CheckResult> of(HttpUpgradeContext upgrade) {
        RoutingContext request = UpgradeRoutingContext.of(upgrade);
        HttpAuthenticator authenticator = request == null ? null : request.get(HttpAuthenticator.class.getName());
        if (authenticator == null) {
            return Uni.createFrom().item(BARE);
        }
        return authenticator.getChallenge(request).map(UpgradeChallenge::refusal)
                .onFailure().recoverWithItem(BARE);
    }

    private static CheckResult refusal(ChallengeData challenge) {
        if (challenge == null || challenge.status != 401 || challenge.getHeaders().isEmpty()) {
            return BARE;
        }
        Map<String, List<String>> headers = new HashMap<>();
        challenge.getHeaders().forEach((name, value) -> headers.computeIfAbsent(name.toString(), n -> new ArrayList<>())
                .add(value));
        return CheckResult.rejectUpgradeSync(401, headers);
    }
}
