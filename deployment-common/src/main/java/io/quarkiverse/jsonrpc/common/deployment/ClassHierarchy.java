package io.quarkiverse.jsonrpc.common.deployment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;

/** What the build knows of a class's superclasses and interfaces, from the index it is given. */
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

    /**
     * Every interface a class or interface implements, directly, through its superclasses or through other interfaces;
     * nearest first, as the class lists them. Interfaces the index does not know are left out: they cannot carry
     * annotations the build could read.
     */
    public static List<ClassInfo> interfaces(ClassInfo type, IndexView index) {
        Set<DotName> visited = new HashSet<>();
        List<ClassInfo> found = new ArrayList<>();
        Deque<DotName> pending = new ArrayDeque<>();
        for (ClassInfo c = type; c != null; c = superClass(c, index)) {
            pending.addAll(c.interfaceNames());
        }
        while (!pending.isEmpty()) {
            DotName name = pending.poll();
            ClassInfo contract = visited.add(name) ? index.getClassByName(name) : null;
            if (contract != null) {
                found.add(contract);
                pending.addAll(contract.interfaceNames());
            }
        }
        return found;
    }

    /** Whether {@code type} implements or extends the interface {@code contract}, as far as the index knows. */
    public static boolean extendsInterface(ClassInfo type, DotName contract, IndexView index) {
        return interfaces(type, index).stream().anyMatch(c -> c.name().equals(contract));
    }
}
