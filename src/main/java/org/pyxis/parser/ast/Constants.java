package org.pyxis.parser.ast;

import java.util.Arrays;

/**
 * The values a {@code Constant} or {@code MatchSingleton} node holds, as plain Java values (the
 * parser knows nothing of Python objects; the compiler maps these to them):
 *
 * <table>
 * <caption>Python type to Java class</caption>
 * <tr><td>str</td><td>{@link String} (code points; lone surrogates allowed)</td></tr>
 * <tr><td>bytes</td><td>{@link Bytes}</td></tr>
 * <tr><td>int</td><td>{@link java.math.BigInteger}</td></tr>
 * <tr><td>float</td><td>{@link Double}</td></tr>
 * <tr><td>complex (an imaginary literal)</td><td>{@link Imaginary}</td></tr>
 * <tr><td>bool</td><td>{@link Boolean}</td></tr>
 * <tr><td>None, Ellipsis</td><td>{@link Singleton#NONE}, {@link Singleton#ELLIPSIS}</td></tr>
 * </table>
 */
public final class Constants {
    /** The two constants that are neither numbers nor strings. */
    public enum Singleton {
        NONE,
        ELLIPSIS
    }

    /** An immutable bytes value; the array is never modified after construction. */
    public record Bytes(byte[] value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes b && Arrays.equals(value, b.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return Repr.bytes(value);
        }
    }

    /** An imaginary literal such as {@code 2j}: the complex number with real part +0.0. */
    public record Imaginary(double imag) {}

    private Constants() {}
}
