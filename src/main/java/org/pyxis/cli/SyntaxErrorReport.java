package org.pyxis.cli;

import org.pyxis.parser.SyntaxProblem;

/**
 * Formats a syntax problem as CPython's {@code traceback.format_exception_only} does for a
 * SyntaxError (without colour): the file and line, the stripped source line, the caret line under
 * the offending range, then {@code Type: message}.
 */
final class SyntaxErrorReport {
    private SyntaxErrorReport() {}

    static String format(SyntaxProblem p) {
        if (p.kind() == SyntaxProblem.Kind.MEMORY_ERROR) {
            // Not a SyntaxError: printed as any other exception without a traceback.
            return p.kind().pythonName + ": " + p.message() + "\n";
        }
        StringBuilder sb = new StringBuilder();
        String filenameSuffix = "";
        if (p.lineno() >= 0) {
            sb.append("  File \"").append(p.filename() == null ? "<string>" : p.filename()).append("\", line ")
                    .append(p.lineno()).append('\n');
        } else if (p.filename() != null) {
            filenameSuffix = " (" + p.filename() + ")";
        }
        String text = p.text();
        if (text != null) {
            String rtext = stripTrailingNewlines(text);
            String ltext = stripLeading(rtext);
            sb.append("    ").append(ltext).append('\n');
            // An unknown offset (0) makes colno negative: the line is shown without carets.
            int spaces = length(rtext) - length(ltext);
            int offset = p.offset();
            int endOffset;
            if (p.lineno() == p.endLineno()) {
                endOffset = p.endOffset() != 0 ? p.endOffset() : offset;
            } else {
                endOffset = length(rtext) + 1;
            }
            int textLength = length(text);
            if (textLength > 0 && offset > textLength) {
                offset = length(rtext) + 1;
            }
            if (textLength > 0 && endOffset > textLength) {
                endOffset = length(rtext) + 1;
            }
            if (offset >= endOffset || endOffset < 0) {
                endOffset = offset + 1;
            }
            int colno = offset - 1 - spaces;
            int endColno = endOffset - 1 - spaces;
            if (colno >= 0) {
                // Whitespace other than spaces (tabs) is kept so the carets line up.
                StringBuilder caretSpace = new StringBuilder();
                int k = 0;
                for (int i = 0; i < ltext.length() && k < colno; k++) {
                    int cp = ltext.codePointAt(i);
                    i += Character.charCount(cp);
                    caretSpace.appendCodePoint(isPythonSpace(cp) ? cp : ' ');
                }
                sb.append("    ").append(caretSpace).append("^".repeat(Math.max(0, endColno - colno))).append('\n');
            }
        }
        String msg = p.message() == null || p.message().isEmpty() ? "<no detail available>" : p.message();
        sb.append(p.kind().pythonName).append(": ").append(msg).append(filenameSuffix).append('\n');
        return sb.toString();
    }

    private static String stripTrailingNewlines(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '\n') {
            end--;
        }
        return s.substring(0, end);
    }

    private static String stripLeading(String s) {
        int start = 0;
        while (start < s.length() && (s.charAt(start) == ' ' || s.charAt(start) == '\n' || s.charAt(start) == '\f')) {
            start++;
        }
        return s.substring(start);
    }

    /** Python's len(): code points. */
    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** CPython: str.isspace for one code point. */
    private static boolean isPythonSpace(int cp) {
        return (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x20) || cp == 0x85 || cp == 0xa0
                || Character.isSpaceChar(cp);
    }
}
