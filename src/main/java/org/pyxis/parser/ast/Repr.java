package org.pyxis.parser.ast;

import java.math.BigInteger;

/**
 * Python's {@code repr()} of the constant values the parser produces (see {@link Constants}), as
 * {@code ast.dump} prints them.
 */
public final class Repr {
    private Repr() {}

    /** CPython: PyObject_Repr, for a constant value. */
    public static String of(Object value) {
        return switch (value) {
            case null -> "None";
            case String s -> str(s);
            case Constants.CodePoints s -> str(s);
            case Constants.Bytes b -> bytes(b.value());
            case BigInteger i -> i.toString();
            case Integer i -> i.toString();
            case Long l -> l.toString();
            case Double d -> floatRepr(d);
            case Constants.Imaginary c -> imaginary(c.imag());
            case Boolean b -> b ? "True" : "False";
            case Constants.Singleton s -> s == Constants.Singleton.NONE ? "None" : "Ellipsis";
            default -> throw new IllegalArgumentException("not a constant: " + value.getClass().getName());
        };
    }

    /** CPython: unicode_repr. */
    public static String str(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            appendStrChar(sb, cp, quote);
        }
        return sb.append(quote).toString();
    }

    /** CPython: unicode_repr, for a str held as {@link Constants.CodePoints}. */
    public static String str(Constants.CodePoints s) {
        boolean single = false;
        boolean dbl = false;
        for (int i = 0; i < s.length(); i++) {
            single |= s.codePointAt(i) == '\'';
            dbl |= s.codePointAt(i) == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); i++) {
            appendStrChar(sb, s.codePointAt(i), quote);
        }
        return sb.append(quote).toString();
    }

    /** One code point of a str's repr. Surrogates are never printable: they appear as escapes. */
    private static void appendStrChar(StringBuilder sb, int cp, char quote) {
        if (cp == quote || cp == '\\') {
            sb.append('\\').appendCodePoint(cp);
        } else if (cp == '\t') {
            sb.append("\\t");
        } else if (cp == '\n') {
            sb.append("\\n");
        } else if (cp == '\r') {
            sb.append("\\r");
        } else if (cp < 0x20 || cp == 0x7f) {
            hex(sb, "\\x", cp, 2);
        } else if (cp < 0x7f || isPrintable(cp)) {
            sb.appendCodePoint(cp);
        } else if (cp <= 0xff) {
            hex(sb, "\\x", cp, 2);
        } else if (cp <= 0xffff) {
            hex(sb, "\\u", cp, 4);
        } else {
            hex(sb, "\\U", cp, 8);
        }
    }

    /** CPython: bytes_repr. */
    public static String bytes(byte[] b) {
        boolean single = false;
        boolean dbl = false;
        for (byte x : b) {
            single |= x == '\'';
            dbl |= x == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder(b.length + 3).append('b').append(quote);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                hex(sb, "\\x", c, 2);
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }

    /** CPython: float_repr (format code 'r', with ".0" added to integral values). */
    public static String floatRepr(double d) {
        return shortestRepr(d, true);
    }

    /** CPython: complex_repr, for a complex whose real part is +0.0. */
    public static String imaginary(double imag) {
        return shortestRepr(imag, false) + "j";
    }

    /**
     * CPython: PyOS_double_to_string with format code 'r'. Java's {@link Double#toString} gives the
     * shortest digits that round-trip (since JDK 19), the same digits as CPython's dtoa in mode 0;
     * only the layout differs.
     */
    private static String shortestRepr(double d, boolean addDotZero) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            String zero = addDotZero ? "0.0" : "0";
            return (1 / d < 0 ? "-" : "") + zero;
        }
        String java = Double.toString(Math.abs(d));
        String mantissa = java;
        int exp = 0;
        int e = java.indexOf('E');
        if (e >= 0) {
            mantissa = java.substring(0, e);
            exp = Integer.parseInt(java.substring(e + 1));
        }
        int dot = mantissa.indexOf('.');
        String digits = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int decpt = dot + exp;
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
            lead++;
        }
        digits = digits.substring(lead);
        decpt -= lead;
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        digits = digits.substring(0, end);
        if (digits.length() == 2) {
            // Java's format has at least two significant digits; CPython's may have one.
            String one = shortestOneDigit(Math.abs(d), digits, decpt);
            if (one != null) {
                digits = one.equals("10") ? "1" : one;
                decpt += one.equals("10") ? 1 : 0;
            }
        }

        StringBuilder sb = new StringBuilder(24);
        if (d < 0) {
            sb.append('-');
        }
        if (decpt <= -4 || decpt > 16) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            int x = decpt - 1;
            sb.append('e').append(x < 0 ? '-' : '+');
            if (Math.abs(x) < 10) {
                sb.append('0');
            }
            sb.append(Math.abs(x));
        } else if (decpt <= 0) {
            sb.append("0.").append("0".repeat(-decpt)).append(digits);
        } else if (decpt >= digits.length()) {
            sb.append(digits).append("0".repeat(decpt - digits.length()));
            if (addDotZero) {
                sb.append(".0");
            }
        } else {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return sb.toString();
    }

    /**
     * The one-digit decimal that reads back as {@code x}, given its shortest two-digit form
     * {@code digits} (0.d1d2 &times; 10^decpt), or null if none does. When both neighbours do, the
     * nearer wins, as in CPython's dtoa.
     */
    private static String shortestOneDigit(double x, String digits, int decpt) {
        int first = digits.charAt(0) - '0';
        String best = null;
        java.math.BigDecimal bestDistance = null;
        java.math.BigDecimal exact = new java.math.BigDecimal(x);
        for (int candidate = first; candidate <= first + 1; candidate++) {
            java.math.BigDecimal value = new java.math.BigDecimal(java.math.BigInteger.valueOf(candidate), 1 - decpt);
            if (Double.parseDouble(value.toString()) != x) {
                continue;
            }
            java.math.BigDecimal distance = value.subtract(exact).abs();
            if (bestDistance == null || distance.compareTo(bestDistance) < 0) {
                best = Integer.toString(candidate);
                bestDistance = distance;
            }
        }
        return best;
    }

    /** CPython: Py_UNICODE_ISPRINTABLE, with CPython 3.13's Unicode data (see {@link NonPrintable}). */
    public static boolean isPrintable(int cp) {
        return !NonPrintable.contains(cp);
    }

    private static void hex(StringBuilder sb, String prefix, int value, int width) {
        String h = Integer.toHexString(value);
        sb.append(prefix);
        for (int i = h.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(h);
    }
}
