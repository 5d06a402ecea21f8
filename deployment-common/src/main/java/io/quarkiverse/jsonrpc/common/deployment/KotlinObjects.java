package io.quarkiverse.jsonrpc.common.deployment;

import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;

import kotlin.metadata.ClassKind;

/**
 * Kotlin's {@code object} and {@code companion object}, whose one instance no bean is: ArC knows no such thing, and
 * makes a bean of one a second instance, through its private constructor, into which it injects nothing. What the
 * extension serves or calls on a bean (its methods, a filter) cannot be one; the server's and the client's build
 * checks say why alike.
 */
public final class KotlinObjects {

    private KotlinObjects() {
    }

    /**
     * Why the class is no bean the extension calls, and what to do, for a message after its name; {@code null} for a
     * class that is neither an object nor a companion object.
     */
    public static String notABean(ClassInfo c) {
        return notABean(c, KotlinMetadata.kind(c));
    }

    /** As {@link #notABean(ClassInfo)}, given the kind of declaration the class is, read once by the caller. */
    public static String notABean(ClassInfo c, ClassKind kind) {
        if (kind == ClassKind.OBJECT) {
            return "a Kotlin object, whose one instance is no bean (ArC would construct another, into which it"
                    + " injects nothing): declare it a class, which becomes a @Singleton bean, one instance of it";
        }
        if (kind == ClassKind.COMPANION_OBJECT) {
            DotName enclosing = c.enclosingClass();
            return "the companion object of " + enclosing + ", whose one instance is no bean (ArC would construct"
                    + " another): declare it in " + enclosing + " itself, which becomes a @Singleton bean";
        }
        return null;
    }
}
