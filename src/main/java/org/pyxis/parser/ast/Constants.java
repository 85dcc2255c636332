package org.pyxis.parser.ast;

import java.util.Arrays;

/**
 * The values a {@code Constant} or {@code MatchSingleton} node holds, as plain Java values (the
 * parser knows nothing of Python objects; the compiler maps these to them):
 *
 * <table>
 * <caption>Python type to Java class</caption>
 * <tr><td>str</td><td>{@link String} (code points; lone surrogates allowed), or {@link CodePoints}
 * in the one case a String cannot hold: a high surrogate code point followed by a low one</td></tr>
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

    /**
     * A str value as its code points, for the rare str a {@link String} cannot represent. A Python
     * str is a sequence of code points, lone surrogates included; a String holds them as UTF-16
     * chars, so the two code points U+D834 U+DD1E (from <code>'&#92;ud834&#92;udd1e'</code>) and
     * the one code point U+1D11E would be the same String. A str value is therefore a String
     * unless its code points contain a high surrogate (U+D800..U+DBFF) immediately followed by a
     * low surrogate (U+DC00..U+DFFF), and then a CodePoints. In a String value, every high-low
     * char pair is one supplementary code point. {@link #str(int[], int)} and
     * {@link #codePoints(Object)} convert between code points and either form.
     *
     * <p>Immutable: the array is copied on construction and by {@link #codePoints()}. The
     * constructor refuses values that are not code points or that a String could represent, so
     * equal str values are always equal Java objects.
     */
    public record CodePoints(int[] codePoints) {
        public CodePoints {
            codePoints = codePoints.clone();
            for (int cp : codePoints) {
                if (cp < 0 || cp > Character.MAX_CODE_POINT) {
                    throw new IllegalArgumentException("not a code point: " + cp);
                }
            }
            if (!hasSurrogatePair(codePoints, codePoints.length)) {
                throw new IllegalArgumentException("a String represents these code points; use Constants.str");
            }
        }

        /** A copy of the code points. */
        @Override
        public int[] codePoints() {
            return codePoints.clone();
        }

        /** The number of code points (Python's {@code len}). */
        public int length() {
            return codePoints.length;
        }

        /** The code point at {@code index}. */
        public int codePointAt(int index) {
            return codePoints[index];
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CodePoints c && Arrays.equals(codePoints, c.codePoints);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(codePoints);
        }

        /** Python's {@code repr()} of the str. */
        @Override
        public String toString() {
            return Repr.str(this);
        }
    }

    /** True if {@code value} is a str value: a {@link String} or a {@link CodePoints}. */
    public static boolean isStr(Object value) {
        return value instanceof String || value instanceof CodePoints;
    }

    /**
     * The str value of the code points {@code codePoints[0, count)}: a {@link String}, or a
     * {@link CodePoints} if a high surrogate code point is followed by a low one.
     */
    public static Object str(int[] codePoints, int count) {
        if (hasSurrogatePair(codePoints, count)) {
            return new CodePoints(Arrays.copyOf(codePoints, count));
        }
        return new String(codePoints, 0, count);
    }

    /** The code points of a str value ({@link String} or {@link CodePoints}). */
    public static int[] codePoints(Object str) {
        return switch (str) {
            case String s -> s.codePoints().toArray();
            case CodePoints c -> c.codePoints();
            default -> throw new IllegalArgumentException("not a str value: " + str);
        };
    }

    private static boolean hasSurrogatePair(int[] codePoints, int count) {
        for (int i = 0; i + 1 < count; i++) {
            if (codePoints[i] >= Character.MIN_HIGH_SURROGATE && codePoints[i] <= Character.MAX_HIGH_SURROGATE
                    && codePoints[i + 1] >= Character.MIN_LOW_SURROGATE
                    && codePoints[i + 1] <= Character.MAX_LOW_SURROGATE) {
                return true;
            }
        }
        return false;
    }

    private Constants() {}
}
