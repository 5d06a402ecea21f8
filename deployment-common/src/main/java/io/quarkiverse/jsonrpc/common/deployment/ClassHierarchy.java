package io.quarkiverse.jsonrpc.common.deployment;

import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;

/** What the build knows of a class's superclasses, from the index it is given. */
public final class ClassHierarchy {

    private ClassHierarchy() {
    }

    /** The class's superclass, {@code null} for none or for one the index does not know. */
    public static ClassInfo superClass(ClassInfo c, IndexView index) {
        DotName superName = c.superName();
        return superName == null ? null : index.getClassByName(superName);
    }

    /**
     * Whether {@code type} is {@code superclass} or extends it, as far as the index knows the hierarchy: give one that
     * indexes classes on demand (Quarkus's computing index) to reach the JDK's and the libraries' classes.
     */
    public static boolean isSubclass(IndexView index, DotName type, DotName superclass) {
        DotName current = type;
        while (current != null) {
            if (current.equals(superclass)) {
                return true;
            }
            ClassInfo info = index.getClassByName(current);
            current = info == null ? null : info.superName();
        }
        return false;
    }
}
