package org.pyxis.parser.ast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link Constants}: the two forms of a str value and the conversions between them. */
class ConstantsTest {
    @Test
    void strPicksCodePointsOnlyForAHighSurrogateBeforeALowOne() {
        assertEquals("ab", Constants.str(new int[] {'a', 'b', 'c'}, 2));
        assertEquals("\ud834\udd1e", Constants.str(new int[] {0x1d11e}, 1));
        assertEquals("\udd1e\ud834", Constants.str(new int[] {0xdd1e, 0xd834}, 2));
        assertEquals("\ud834\ud834\udd1e", Constants.str(new int[] {0xd834, 0x1d11e}, 2));
        assertEquals(new Constants.CodePoints(new int[] {0xd834, 0xd834, 0xdd1e}),
                Constants.str(new int[] {0xd834, 0xd834, 0xdd1e, 'x'}, 3));
    }

    @Test
    void codePointsOfEitherForm() {
        assertArrayEquals(new int[] {0xd834, 0x1d11e}, Constants.codePoints("\ud834\ud834\udd1e"));
        assertArrayEquals(new int[] {0xd834, 0xdd1e}, Constants.codePoints(new Constants.CodePoints(new int[] {0xd834, 0xdd1e})));
        assertThrows(IllegalArgumentException.class, () -> Constants.codePoints(new Constants.Bytes(new byte[0])));
        assertTrue(Constants.isStr("x"));
        assertTrue(Constants.isStr(new Constants.CodePoints(new int[] {0xdbff, 0xdc00})));
        assertFalse(Constants.isStr(new Constants.Bytes(new byte[0])));
    }

    @Test
    void codePointsIsImmutableWithValueEquality() {
        int[] array = {0xd834, 0xdd1e};
        Constants.CodePoints c = new Constants.CodePoints(array);
        array[0] = 'x';
        assertEquals(0xd834, c.codePointAt(0));
        c.codePoints()[1] = 'y';
        assertEquals(0xdd1e, c.codePointAt(1));
        assertEquals(2, c.length());
        Constants.CodePoints same = new Constants.CodePoints(new int[] {0xd834, 0xdd1e});
        assertEquals(same, c);
        assertEquals(same.hashCode(), c.hashCode());
        assertNotEquals(new Constants.CodePoints(new int[] {0xd834, 0xdd1f}), c);
        assertNotEquals("\ud834\udd1e", c);
    }

    @Test
    void codePointsRefusesWhatAStringHolds() {
        assertThrows(IllegalArgumentException.class, () -> new Constants.CodePoints(new int[] {'a', 'b'}));
        assertThrows(IllegalArgumentException.class, () -> new Constants.CodePoints(new int[] {0xdd1e, 0xd834}));
        assertThrows(IllegalArgumentException.class, () -> new Constants.CodePoints(new int[] {0xd834, 0xdd1e, -1}));
        assertThrows(IllegalArgumentException.class,
                () -> new Constants.CodePoints(new int[] {0xd834, 0xdd1e, 0x110000}));
    }
}
