package io.quarkiverse.jsonrpc.common.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.util.BitSet;

import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.PrimitiveType;
import org.jboss.jandex.Type;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import io.quarkus.arc.processor.KotlinUtils;

/**
 * Which parameters of a Kotlin function have a default value. kotlinc writes, beside such a function, a static
 * synthetic {@code name$default(owner, params..., int mask, Object marker)} that computes the default of each
 * parameter whose bit is set in the mask and then calls the function; the metadata of the class says the same, in a
 * format only Kotlin's own libraries read. The {@code $default} method's code tests the mask once for each parameter
 * with a default ({@code iload mask; const (1 << i); iand; ifeq}), which is read here.
 */
public final class KotlinDefaultValues {

    /** A {@code $default} method takes a mask for every 32 parameters; a function with more is not looked at. */
    private static final int MAX_PARAMS = 32;
    public static final DotName DEFAULT_CONSTRUCTOR_MARKER = DotName
            .createSimple("kotlin.jvm.internal.DefaultConstructorMarker");

    /**
     * @param method the static {@code $default} method kotlinc wrote for the function
     * @param defaulted the parameters with a default value, by index among the function's parameters
     */
    public record Found(MethodInfo method, BitSet defaulted) {
    }

    private KotlinDefaultValues() {
    }

    /**
     * @param function a function of a Kotlin class or interface: kotlinc 2.2 and later write an interface's
     *        {@code $default} in the interface itself (earlier ones, and {@code -jvm-default=disable}, only in its
     *        {@code DefaultImpls} class, which is not looked at: those params stay required)
     * @return what it has, or {@code null} for a function without default values
     */
    public static Found of(MethodInfo function) {
        ClassInfo declaring = function.declaringClass();
        if (!KotlinUtils.isKotlinClass(declaring) || function.parametersCount() > MAX_PARAMS) {
            return null;
        }
        MethodInfo defaults = defaultsMethod(declaring, function);
        if (defaults == null) {
            return null;
        }
        BitSet defaulted = defaulted(defaults);
        return defaulted.isEmpty() ? null : new Found(defaults, defaulted);
    }

    /**
     * Which parameters of a Kotlin class's constructor have a default value, from the synthetic constructor kotlinc
     * writes beside it, {@code <init>(params..., int mask, DefaultConstructorMarker marker)}; empty if none.
     */
    public static BitSet ofConstructor(MethodInfo constructor) {
        int count = constructor.parametersCount();
        if (count > MAX_PARAMS) {
            return new BitSet();
        }
        for (MethodInfo candidate : constructor.declaringClass().constructors()) {
            if (candidate.parametersCount() != count + 2 || !candidate.parameterType(count).equals(PrimitiveType.INT)
                    || !candidate.parameterType(count + 1).name().equals(DEFAULT_CONSTRUCTOR_MARKER)) {
                continue;
            }
            boolean same = true;
            for (int i = 0; i < count && same; i++) {
                same = candidate.parameterType(i).name().equals(constructor.parameterType(i).name());
            }
            if (same) {
                return defaulted(candidate);
            }
        }
        return new BitSet();
    }

    /** {@code name$default(owner, params..., int mask, Object marker)}, static, in {@code owner}. */
    private static MethodInfo defaultsMethod(ClassInfo owner, MethodInfo function) {
        int count = function.parametersCount();
        for (MethodInfo candidate : owner.methods()) {
            if (!candidate.name().equals(function.name() + "$default") || !Modifier.isStatic(candidate.flags())
                    || candidate.parametersCount() != count + 3
                    || !candidate.parameterType(0).name().equals(function.declaringClass().name())
                    || !candidate.parameterType(count + 1).equals(PrimitiveType.INT)
                    || !candidate.parameterType(count + 2).name().equals(CommonDotNames.OBJECT)) {
                continue;
            }
            boolean same = true;
            for (int i = 0; i < count && same; i++) {
                same = candidate.parameterType(i + 1).name().equals(function.parameterType(i).name());
            }
            if (same) {
                return candidate;
            }
        }
        return null;
    }

    /** The bits the {@code $default} method's (or constructor's) code tests in its mask. */
    private static BitSet defaulted(MethodInfo defaults) {
        // a constructor's slot 0 is this
        int maskSlot = Modifier.isStatic(defaults.flags()) ? 0 : 1;
        for (int i = 0; i < defaults.parametersCount() - 2; i++) {
            Type type = defaults.parameterType(i);
            maskSlot += type.kind() == Type.Kind.PRIMITIVE
                    && (type.asPrimitiveType().primitive() == PrimitiveType.Primitive.LONG
                            || type.asPrimitiveType().primitive() == PrimitiveType.Primitive.DOUBLE) ? 2 : 1;
        }
        BitSet defaulted = new BitSet();
        MaskTests tests = new MaskTests(maskSlot, defaulted);
        String resource = defaults.declaringClass().name().toString().replace('.', '/') + ".class";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return defaulted;
            }
            new ClassReader(in).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                        String[] exceptions) {
                    return name.equals(defaults.name()) && descriptor.equals(defaults.descriptor()) ? tests : null;
                }
            }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
        return defaulted;
    }

    /** Finds {@code iload mask; const; iand}: the constant is the bit of a parameter with a default. */
    private static final class MaskTests extends MethodVisitor {

        private final int maskSlot;
        private final BitSet defaulted;
        /** Where the last instructions are in the pattern: 1 after the load of the mask, 2 after the constant. */
        private int step;
        private int constant;

        MaskTests(int maskSlot, BitSet defaulted) {
            super(Opcodes.ASM9);
            this.maskSlot = maskSlot;
            this.defaulted = defaulted;
        }

        @Override
        public void visitVarInsn(int opcode, int slot) {
            step = opcode == Opcodes.ILOAD && slot == maskSlot ? 1 : 0;
        }

        @Override
        public void visitInsn(int opcode) {
            if (step == 1 && opcode >= Opcodes.ICONST_0 && opcode <= Opcodes.ICONST_5) {
                constant(opcode - Opcodes.ICONST_0);
            } else if (step == 2 && opcode == Opcodes.IAND) {
                if (Integer.bitCount(constant) == 1) {
                    defaulted.set(Integer.numberOfTrailingZeros(constant));
                }
                step = 0;
            } else {
                step = 0;
            }
        }

        @Override
        public void visitIntInsn(int opcode, int operand) {
            if (step == 1 && (opcode == Opcodes.BIPUSH || opcode == Opcodes.SIPUSH)) {
                constant(operand);
            } else {
                step = 0;
            }
        }

        @Override
        public void visitLdcInsn(Object value) {
            if (step == 1 && value instanceof Integer integer) {
                constant(integer);
            } else {
                step = 0;
            }
        }

        private void constant(int value) {
            constant = value;
            step = 2;
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            step = 0;
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            step = 0;
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            step = 0;
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            step = 0;
        }
    }
}
