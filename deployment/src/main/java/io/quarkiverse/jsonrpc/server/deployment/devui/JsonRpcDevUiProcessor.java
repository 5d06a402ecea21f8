package io.quarkiverse.jsonrpc.server.deployment.devui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.MethodInfo;

import io.quarkiverse.jsonrpc.common.deployment.TypeNames;
import io.quarkiverse.jsonrpc.server.deployment.EndpointPaths;
import io.quarkiverse.jsonrpc.server.deployment.JsonRpcEndpointsBuildItem;
import io.quarkiverse.jsonrpc.server.deployment.JsonRpcMethodBuildItem;
import io.quarkiverse.jsonrpc.server.deployment.OpenRpcDocumentBuildItem;
import io.quarkiverse.jsonrpc.server.runtime.config.JsonRpcServerBuildTimeConfig;
import io.quarkiverse.jsonrpc.server.runtime.devui.JsonRpcDevUiService;
import io.quarkiverse.jsonrpc.server.runtime.devui.RecentCalls;
import io.quarkiverse.jsonrpc.server.runtime.invocation.RecordedMethod;
import io.quarkiverse.jsonrpc.server.runtime.invocation.ResultKind;
import io.quarkiverse.jsonrpc.server.runtime.openrpc.OpenRpcDocuments;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.deployment.IsDevelopment;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.devui.spi.JsonRPCProvidersBuildItem;
import io.quarkus.devui.spi.page.CardPageBuildItem;
import io.quarkus.devui.spi.page.Page;
import io.quarkus.vertx.http.deployment.HttpRootPathBuildItem;

/**
 * The JSON-RPC card of the Dev UI: the methods, a form to call them over the real endpoints, the last calls as they
 * happen, and the OpenRPC document.
 */
public class JsonRpcDevUiProcessor {

    /** Security annotations are recognized by package: Jakarta's and Quarkus' own. */
    private static final List<String> SECURITY_PACKAGES = List.of("jakarta.annotation.security.",
            "io.quarkus.security.");

    @BuildStep(onlyIf = IsDevelopment.class)
    CardPageBuildItem card(List<JsonRpcMethodBuildItem> methods, JsonRpcEndpointsBuildItem endpoints,
            JsonRpcServerBuildTimeConfig config, HttpRootPathBuildItem rootPath, OpenRpcDocumentBuildItem documents) {
        CardPageBuildItem card = new CardPageBuildItem();
        List<Map<String, Object>> described = new ArrayList<>();
        Map<String, ParamTemplates> templates = new HashMap<>();
        for (JsonRpcMethodBuildItem method : methods.stream().sorted().toList()) {
            String endpoint = method.endpoint();
            ParamTemplates ofEndpoint = templates.computeIfAbsent(endpoint == null ? "" : endpoint,
                    path -> new ParamTemplates(path.isEmpty() ? documents.json() : documents.endpoints().get(path)));
            Map<String, Object> one = describe(method, ofEndpoint);
            // where the form calls it: its endpoint's paths, whose path parameters the form asks for, or the configured
            // ones; empty where a transport is off
            one.put("endpoint", endpoint == null ? "" : endpoint);
            one.put("pathParams", endpoint == null ? List.of() : EndpointPaths.params(endpoint));
            one.put("httpPath", !config.http().enabled() ? ""
                    : EndpointPaths.underRoot(rootPath, endpoint == null ? EndpointPaths.http(config) : endpoint));
            one.put("webSocketPath", !config.websocket().enabled() ? ""
                    : EndpointPaths.underRoot(rootPath, endpoint == null ? EndpointPaths.webSocket(config) : endpoint));
            described.add(one);
        }
        card.addBuildTimeData("methods", described);

        card.addPage(Page.webComponentPageBuilder()
                .title("Methods")
                .icon("font-awesome-solid:list")
                .componentLink("qwc-jsonrpc-server-methods.js")
                .staticLabel(String.valueOf(described.size())));
        card.addPage(Page.webComponentPageBuilder()
                .title("Recent calls")
                .icon("font-awesome-solid:clock-rotate-left")
                .componentLink("qwc-jsonrpc-server-calls.js"));
        documentPage(card, "OpenRPC document", underRoot(rootPath, OpenRpcDocuments.path(EndpointPaths.http(config))));
        for (String endpoint : endpoints.paths()) {
            documentPage(card, "OpenRPC document of " + titled(endpoint),
                    underRoot(rootPath, OpenRpcDocuments.path(EndpointPaths.example(endpoint))));
        }
        return card;
    }

    /**
     * An endpoint's path in a page's title, its segments apart, in letters, digits and the few signs that stay as they
     * are in a page's address, which is made of its title: {@code tenants tenant} for {@code /tenants/{tenant}}. A
     * slash or a brace would be encoded there, and a reload or a bookmark would not find the page.
     */
    static String titled(String endpoint) {
        return endpoint.replaceAll("[^A-Za-z0-9._*-]+", " ").trim();
    }

    private static void documentPage(CardPageBuildItem card, String title, String document) {
        card.addPage(Page.externalPageBuilder(title)
                .icon("font-awesome-solid:file-code")
                .url(document + "?pretty", document + "?pretty")
                .isJsonContent());
    }

    /**
     * Where the browser finds an endpoint: the routes are the application's, under {@code quarkus.http.root-path}
     * (as {@code /api/jsonrpc}), which {@code resolvePath} would leave out of an absolute path.
     */
    static String underRoot(HttpRootPathBuildItem rootPath, String path) {
        return rootPath.relativePath(path);
    }

    @BuildStep(onlyIf = IsDevelopment.class)
    JsonRPCProvidersBuildItem service() {
        return new JsonRPCProvidersBuildItem(JsonRpcDevUiService.class);
    }

    /** Listens to the engine only in dev mode: the last calls cost nothing in production. */
    @BuildStep(onlyIf = IsDevelopment.class)
    AdditionalBeanBuildItem recentCalls() {
        return AdditionalBeanBuildItem.unremovableOf(RecentCalls.class);
    }

    private static Map<String, Object> describe(JsonRpcMethodBuildItem item, ParamTemplates templates) {
        MethodInfo method = item.method();
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("name", item.name());
        described.put("summary", item.summary());
        described.put("description", item.description());
        List<Map<String, Object>> params = new ArrayList<>();
        for (int i = 0; i < item.params().size(); i++) {
            RecordedMethod.Param param = item.params().get(i);
            if (param.kind().fromParams()) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("name", param.name());
                one.put("type", TypeNames.simple(method.parameterType(i)));
                one.put("required", param.kind().required());
                // a value the server takes, for the form's template; none where the document does not list the method
                Object template = templates.of(item.name(), param.name());
                if (template != null) {
                    one.put("template", template);
                }
                params.add(one);
            }
        }
        described.put("params", params);
        described.put("resultType", TypeNames.simple(item.returnType()));
        described.put("subscription", item.resultKind() == ResultKind.MULTI);
        described.put("transports", item.transports().stream().map(Enum::name).toList());
        described.put("bean", item.bean().getImplClazz().name().toString());
        described.put("javaMethod", method.declaringClass().name().withoutPackagePrefix() + "#" + method.name()
                + method.parameterTypes().stream().map(TypeNames::simple)
                        .collect(Collectors.joining(", ", "(", ")")));
        described.put("security", security(item));
        return described;
    }

    /**
     * The security annotations of the method that runs, or else its class's: the method's own take precedence. On an
     * interface they do nothing, as interceptor bindings on an interface do nothing in CDI.
     */
    private static List<String> security(JsonRpcMethodBuildItem item) {
        List<String> found = securityAnnotations(item.implementation().declaredAnnotations());
        if (found.isEmpty()) {
            found = securityAnnotations(item.implementation().declaringClass().declaredAnnotations());
        }
        if (found.isEmpty()) {
            found = securityAnnotations(item.bean().getImplClazz().declaredAnnotations());
        }
        return found;
    }

    private static List<String> securityAnnotations(List<AnnotationInstance> annotations) {
        List<String> found = new ArrayList<>();
        for (AnnotationInstance annotation : annotations) {
            String name = annotation.name().toString();
            if (SECURITY_PACKAGES.stream().anyMatch(name::startsWith)) {
                found.add(annotation.toString(true));
            }
        }
        found.sort(null);
        return found;
    }
}
