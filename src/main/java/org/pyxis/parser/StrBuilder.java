package org.pyxis.parser;

import org.pyxis.parser.ast.Constants;

/**
 * Builds a str value ({@link String}, or {@link Constants.CodePoints} when a high surrogate code
 * point ends up just before a low one). Appending keeps to a {@link StringBuilder} and moves to an
 * array of code points only when such a pair forms, which Python source can only do with escapes
 * (<code>'&#92;ud834&#92;udd1e'</code>) or by joining literals.
 *
 * <p>While on chars, everything appended is whole code points, so a high surrogate char at the
 * end is always a lone code point: a pair forms exactly when a lone low surrogate follows it.
 */
final class StrBuilder {
    private final StringBuilder chars;
    /** The code points, once a surrogate pair has formed; null before. */
    private int[] codePoints;
    private int count;

    StrBuilder(int capacity) {
        chars = new StringBuilder(capacity);
    }

    /** Appends a char that is not a surrogate. */
    StrBuilder append(char c) {
        if (codePoints == null) {
            chars.append(c);
        } else {
            add(c);
        }
        return this;
    }

    /** Appends one code point, which may be a lone surrogate. */
    StrBuilder appendCodePoint(int cp) {
        if (codePoints == null) {
            if (!(isLowSurrogate(cp) && endsWithHighSurrogate())) {
                chars.appendCodePoint(cp);
                return this;
            }
            switchToCodePoints();
        }
        add(cp);
        return this;
    }

    /**
     * Appends {@code s[from, to)}, read as code points with every high-low char pair one
     * supplementary code point: source text, or part of a String str value.
     */
    StrBuilder append(CharSequence s, int from, int to) {
        if (from == to) {
            return this;
        }
        if (codePoints == null) {
            if (!(Character.isLowSurrogate(s.charAt(from)) && endsWithHighSurrogate())) {
                chars.append(s, from, to);
                return this;
            }
            switchToCodePoints();
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                add(Character.toCodePoint(c, s.charAt(++i)));
            } else {
                add(c);
            }
        }
        return this;
    }

    /** Appends a str value: a {@link String} or a {@link Constants.CodePoints}. */
    StrBuilder appendStr(Object str) {
        switch (str) {
            case String s -> append(s, 0, s.length());
            case Constants.CodePoints c -> {
                if (codePoints == null) {
                    switchToCodePoints();
                }
                for (int i = 0; i < c.length(); i++) {
                    add(c.codePointAt(i));
                }
            }
            default -> throw new IllegalArgumentException("not a str value: " + str);
        }
        return this;
    }

    /** The value built. */
    Object build() {
        return codePoints == null ? chars.toString() : Constants.str(codePoints, count);
    }

    private boolean endsWithHighSurrogate() {
        return !chars.isEmpty() && Character.isHighSurrogate(chars.charAt(chars.length() - 1));
    }

    private static boolean isLowSurrogate(int cp) {
        return cp >= Character.MIN_LOW_SURROGATE && cp <= Character.MAX_LOW_SURROGATE;
    }

    private void switchToCodePoints() {
        codePoints = chars.codePoints().toArray();
        count = codePoints.length;
        codePoints = java.util.Arrays.copyOf(codePoints, Math.max(16, count * 2));
    }

    private void add(int cp) {
        if (count == codePoints.length) {
            codePoints = java.util.Arrays.copyOf(codePoints, count * 2);
        }
        codePoints[count++] = cp;
    }
}
