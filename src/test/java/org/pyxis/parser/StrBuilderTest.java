package org.pyxis.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.pyxis.parser.ast.Constants;

/** {@link StrBuilder}: joins str values as CPython joins str objects, code point by code point. */
class StrBuilderTest {
    private static Constants.CodePoints cps(int... codePoints) {
        return new Constants.CodePoints(codePoints);
    }

    @Test
    void staysAStringUntilAHighSurrogateMeetsALowOne() {
        assertEquals("ab\ud834\udd1e", new StrBuilder(4).append('a').appendStr("b").appendCodePoint(0x1d11e).build());
        assertEquals("\udd1e\ud834", new StrBuilder(4).appendCodePoint(0xdd1e).appendCodePoint(0xd834).build());
        assertEquals("", new StrBuilder(0).build());
    }

    @Test
    void aPairAcrossTheJoinIsTwoCodePoints() {
        // CPython: '\ud834' '\udd1e' == '\ud834\udd1e', two code points.
        assertEquals(cps(0xd834, 0xdd1e), new StrBuilder(2).appendStr("\ud834").appendStr("\udd1e").build());
        assertEquals(cps('x', 0xd834, 0xdd1e, 'y'),
                new StrBuilder(2).append('x').appendCodePoint(0xd834).appendCodePoint(0xdd1e).append('y').build());
        assertEquals(cps(0xd834, 0xdd1e, 0x1d11e),
                new StrBuilder(2).appendCodePoint(0xd834).append("\udd1e\ud834\udd1e", 0, 3).build());
        // A supplementary character after a lone high surrogate is no pair of code points.
        assertEquals("\ud834\ud834\udd1e", new StrBuilder(2).appendStr("\ud834").appendStr("\ud834\udd1e").build());
    }

    @Test
    void codePointsValuesJoin() {
        assertEquals(cps('a', 0xd834, 0xdd1e, 'b', 0x1d11e),
                new StrBuilder(2).append('a').appendStr(cps(0xd834, 0xdd1e)).appendStr("b\ud834\udd1e").build());
        assertEquals(cps(0xd834, 0xdd1e, 0xdbff, 0xdc00),
                new StrBuilder(2).appendStr(cps(0xd834, 0xdd1e)).appendStr(cps(0xdbff, 0xdc00)).build());
    }
}
