package org.pyxis.cli;

import org.pyxis.parser.ParseFailure;
import org.pyxis.parser.SourceDecoder;

/** Reads one line of a program's source back, as CPython's {@code linecache} does for warnings. */
final class SourceLines {
    private SourceLines() {}

    /** Line {@code lineno} (1-based) of the decoded source, without its terminator; "" if absent. */
    static String line(byte[] source, int lineno) {
        String text;
        try {
            text = SourceDecoder.decode(source, "<warning>");
        } catch (ParseFailure e) {
            return "";
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        return lineno >= 1 && lineno <= lines.length ? lines[lineno - 1] : "";
    }
}
