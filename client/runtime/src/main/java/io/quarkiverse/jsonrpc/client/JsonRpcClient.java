package io.quarkiverse.jsonrpc.client;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;

/**
 * Injects the client of a {@link RegisterJsonRpcClient} interface: {@code @Inject @JsonRpcClient Calc calc;}.
 */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE })
public @interface JsonRpcClient {

    /** The qualifier as a value, for {@code Instance.select(...)}. */
    final class Literal extends AnnotationLiteral<JsonRpcClient> implements JsonRpcClient {
        public static final Literal INSTANCE = new Literal();
        private static final long serialVersionUID = 1L;
    }
}
