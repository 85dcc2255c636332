package org.pyxis.parser;

import java.util.Arrays;

/**
 * Character classes the tokenizer needs: PEP 3131 identifier characters (Unicode XID_Start and
 * XID_Continue, as CPython's {@code _PyUnicode_IsXidStart}/{@code _PyUnicode_IsXidContinue}) and
 * printability ({@code Py_UNICODE_ISPRINTABLE}), built on {@link Character}.
 *
 * <p>Java's {@link Character#isUnicodeIdentifierStart(int)} and {@link
 * Character#isUnicodeIdentifierPart(int)} implement ID_Start/ID_Continue plus some extras; the
 * differences from XID_Start/XID_Continue are corrected here (checked against CPython 3.13 for every
 * code point, on JDK 25). Characters assigned in a Unicode version other than CPython 3.13's (15.1)
 * follow the running JDK's data.
 */
final class Identifiers {
    private Identifiers() {}

    /** Characters with ID_Start but not XID_Start (NFKC would turn them into non-identifiers). */
    private static final int[] NOT_XID_START = {
        0x037A, 0x0E33, 0x0EB3, 0x309B, 0x309C, 0xFC5E, 0xFC5F, 0xFC60, 0xFC61, 0xFC62, 0xFC63, 0xFDFA,
        0xFDFB, 0xFE70, 0xFE72, 0xFE74, 0xFE76, 0xFE78, 0xFE7A, 0xFE7C, 0xFE7E, 0xFF9E, 0xFF9F,
    };

    /** Characters with ID_Continue but not XID_Continue. */
    private static final int[] NOT_XID_CONTINUE = {
        0x037A, 0x309B, 0x309C, 0xFC5E, 0xFC5F, 0xFC60, 0xFC61, 0xFC62, 0xFC63, 0xFDFA, 0xFDFB, 0xFE70,
        0xFE72, 0xFE74, 0xFE76, 0xFE78, 0xFE7A, 0xFE7C, 0xFE7E,
    };

    private static boolean listed(int[] sorted, int cp) {
        return Arrays.binarySearch(sorted, cp) >= 0;
    }

    /** May {@code cp} start an identifier? ('_' or XID_Start.) */
    static boolean isStart(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
        }
        return Character.isUnicodeIdentifierStart(cp) && cp != 0x2E2F && !listed(NOT_XID_START, cp);
    }

    /** May {@code cp} continue an identifier? (XID_Continue.) */
    static boolean isContinue(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
        }
        if (cp == 0x200C || cp == 0x200D) {
            return true; // ZERO WIDTH (NON-)JOINER joined ID_Continue in Unicode 15.1
        }
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp) && cp != 0x2E2F
                && !listed(NOT_XID_CONTINUE, cp);
    }

    /** CPython: Py_UNICODE_ISPRINTABLE (str.isprintable for one character). */
    static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
