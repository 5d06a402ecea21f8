package io.quarkiverse.jsonrpc.server.runtime.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkiverse.jsonrpc.server.JsonRpcContext;
import io.quarkiverse.jsonrpc.server.JsonRpcErrorCodes;
import io.quarkiverse.jsonrpc.server.JsonRpcException;
import io.quarkiverse.jsonrpc.server.runtime.engine.MethodCall;
import io.quarkiverse.jsonrpc.server.runtime.invocation.RecordedMethod;
import io.smallrye.mutiny.Uni;

/**
 * A method Hibernate Validator checks: its interceptor, bound at build time by quarkus-hibernate-validator to methods
 * with constraints, validates the arguments with the {@code ExecutableValidator} of Quarkus' {@code Validator} before
 * the method runs. Its violations of the parameters' constraints become {@code -32602 Invalid params}, the message
 * naming the first, {@code data} listing all as {@code {"path", "message"}} with paths in the JSON names the client
 * sent. Violations of the result's constraints, or of another bean's the method called, are the server's fault: they
 * stay failures, reported as {@code -32603}, as quarkus-rest answers them with 500.
 * <p>
 * Only methods the build found validated are wrapped: the others pay nothing. The class is loaded only then, so the
 * extension runs without Bean Validation on the classpath.
 */
public final class ValidatedMethodCall implements MethodCall {

    private static final Comparator<Violation> ORDER = Comparator.comparingInt(Violation::param)
            .thenComparing(Violation::path).thenComparing(Violation::message);

    private final MethodCall delegate;
    private final String beanClass;
    private final String javaMethod;
    private final List<RecordedMethod.Param> params;
    private final JsonNames names;

    private ValidatedMethodCall(MethodCall delegate, RecordedMethod method, JsonNames names) {
        this.delegate = delegate;
        this.beanClass = method.declaringClass();
        this.javaMethod = method.javaMethod();
        this.params = method.params();
        this.names = names;
    }

    /** Declared to return the interface: callers that never take this branch never load the class. */
    public static MethodCall of(MethodCall delegate, RecordedMethod method, ObjectMapper mapper) {
        return new ValidatedMethodCall(delegate, method, new JsonNames(mapper));
    }

    @Override
    public Uni<Object> call(Object[] args, JsonRpcContext context) {
        return delegate.call(args, context).onFailure(ConstraintViolationException.class).transform(this::translate);
    }

    private Throwable translate(Throwable failure) {
        Iterable<ConstraintViolation<?>> violations = ((ConstraintViolationException) failure).getConstraintViolations();
        List<Violation> found = new ArrayList<>();
        for (ConstraintViolation<?> violation : violations) {
            int param = paramIndex(violation);
            if (param < -1) {
                return failure;
            }
            found.add(new Violation(param, path(violation, param), violation.getMessage()));
        }
        if (found.isEmpty()) {
            return failure;
        }
        found.sort(ORDER);
        List<Map<String, String>> data = new ArrayList<>(found.size());
        for (Violation violation : found) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("path", violation.path());
            entry.put("message", violation.message());
            data.add(entry);
        }
        Violation first = found.get(0);
        String message = first.path().isEmpty() ? first.message() : "'" + first.path() + "' " + first.message();
        return new JsonRpcException(JsonRpcErrorCodes.INVALID_PARAMS, "Invalid params: " + message, data);
    }

    /**
     * The index of the parameter a violation is about; -1 for a cross-parameter constraint; less for a violation
     * that is not about this method's parameters (its result, or another bean's method it called).
     */
    private int paramIndex(ConstraintViolation<?> violation) {
        if (!isBeanClass(violation.getRootBeanClass())) {
            return -2;
        }
        Iterator<Path.Node> nodes = violation.getPropertyPath().iterator();
        if (!nodes.hasNext()) {
            return -2;
        }
        Path.Node method = nodes.next();
        if (method.getKind() != ElementKind.METHOD || !javaMethod.equals(method.getName()) || !nodes.hasNext()) {
            return -2;
        }
        Path.Node param = nodes.next();
        return switch (param.getKind()) {
            case PARAMETER -> param.as(Path.ParameterNode.class).getParameterIndex();
            case CROSS_PARAMETER -> -1;
            default -> -2;
        };
    }

    /** The validated object is the bean's intercepted subclass, or the bean class itself. */
    private boolean isBeanClass(Class<?> rootBeanClass) {
        for (Class<?> c = rootBeanClass; c != null; c = c.getSuperclass()) {
            if (c.getName().equals(beanClass)) {
                return true;
            }
        }
        return false;
    }

    private String path(ConstraintViolation<?> violation, int param) {
        if (param < 0) {
            return "";
        }
        Object[] args = violation.getExecutableParameters();
        return names.path(params.get(param).name(), args == null ? null : args[param], violation.getPropertyPath());
    }

    private record Violation(int param, String path, String message) {
    }
}
