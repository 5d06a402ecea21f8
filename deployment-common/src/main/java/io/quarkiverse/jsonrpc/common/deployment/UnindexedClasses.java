package io.quarkiverse.jsonrpc.common.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.CompositeIndex;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.IndexView;
import org.jboss.logging.Logger;

import io.quarkus.deployment.ApplicationArchive;
import io.quarkus.deployment.builditem.ApplicationArchivesBuildItem;
import io.quarkus.deployment.util.IoUtil;

/**
 * The superclasses and interfaces of a class that no archive's index has, read from their class files. The builds read
 * JSON-RPC methods and errors from the Jandex index, which holds an archive's classes only where the archive has an
 * index (the Jandex Maven plugin's, or a {@code META-INF/beans.xml}): a contract module shared by a server and its
 * clients often has none, and its classes are indexed from what this finds, before the index is made.
 */
public final class UnindexedClasses {

    private static final Logger LOG = Logger.getLogger(UnindexedClasses.class);

    /** Packages whose classes are no application's contracts: not read. */
    private static final List<String> PLATFORM = List.of("java.", "javax.", "jakarta.", "kotlin.", "io.quarkus.",
            "io.smallrye.", "io.vertx.", "io.netty.", "org.jboss.");

    private final IndexView indexed;
    private final ClassLoader loader;
    /** The classes read from their class files; empty for one that is not on the class path. */
    private final Map<DotName, Optional<ClassInfo>> read = new HashMap<>();

    private UnindexedClasses(IndexView indexed, ClassLoader loader) {
        this.indexed = indexed;
        this.loader = loader;
    }

    /** Those outside the application's archives that have an index, read with the build's class loader. */
    public static UnindexedClasses outside(ApplicationArchivesBuildItem archives) {
        return new UnindexedClasses(CompositeIndex.create(archives.getAllApplicationArchives().stream()
                .map(ApplicationArchive::getIndex).toList()), Thread.currentThread().getContextClassLoader());
    }

    /** The classes of the application's archives that have an index. */
    public IndexView indexed() {
        return indexed;
    }

    /**
     * The superclasses of {@code type} and the interfaces it extends or implements, directly or through others, that no
     * index has, by name; the platform's left out.
     */
    public Map<DotName, ClassInfo> of(ClassInfo type) {
        Map<DotName, ClassInfo> unindexed = new LinkedHashMap<>();
        Deque<DotName> pending = new ArrayDeque<>();
        for (ClassInfo c = type; c != null; c = superClass(c, unindexed)) {
            pending.addAll(c.interfaceNames());
        }
        while (!pending.isEmpty()) {
            DotName name = pending.poll();
            if (unindexed.containsKey(name) || platform(name)) {
                continue;
            }
            ClassInfo contract = indexed.getClassByName(name);
            if (contract == null) {
                contract = readOnce(name);
                if (contract != null) {
                    unindexed.put(name, contract);
                }
            }
            if (contract != null) {
                pending.addAll(contract.interfaceNames());
            }
        }
        return unindexed;
    }

    /** {@code type} itself where no index has it, and the superclasses and interfaces {@link #of(ClassInfo)} gives. */
    public Map<DotName, ClassInfo> ofType(DotName type) {
        if (platform(type)) {
            return Map.of();
        }
        ClassInfo info = indexed.getClassByName(type);
        if (info != null) {
            return of(info);
        }
        info = readOnce(type);
        if (info == null) {
            return Map.of();
        }
        Map<DotName, ClassInfo> unindexed = new LinkedHashMap<>();
        unindexed.put(type, info);
        unindexed.putAll(of(info));
        return unindexed;
    }

    /** The superclass of {@code c} from the index, or from its class file (then added to {@code unindexed}). */
    private ClassInfo superClass(ClassInfo c, Map<DotName, ClassInfo> unindexed) {
        DotName name = c.superName();
        if (name == null || platform(name)) {
            return null;
        }
        ClassInfo superClass = indexed.getClassByName(name);
        if (superClass == null) {
            superClass = readOnce(name);
            if (superClass != null) {
                unindexed.put(name, superClass);
            }
        }
        return superClass;
    }

    /** The class read from its class file, the first time it is asked for; {@code null} where it cannot be. */
    private ClassInfo readOnce(DotName name) {
        return read.computeIfAbsent(name, this::read).orElse(null);
    }

    private Optional<ClassInfo> read(DotName name) {
        try (InputStream classFile = IoUtil.readClass(loader, name.toString())) {
            return classFile == null ? Optional.empty() : Optional.of(Index.singleClass(classFile));
        } catch (IOException | RuntimeException e) {
            // any library's interface is looked at: one that cannot be read is no contract this build could serve
            LOG.debugf(e, "Cannot read the class file of %s", name);
            return Optional.empty();
        }
    }

    private static boolean platform(DotName name) {
        String qualified = name.toString();
        return PLATFORM.stream().anyMatch(qualified::startsWith);
    }
}
