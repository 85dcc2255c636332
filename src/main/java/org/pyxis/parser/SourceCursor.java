package org.pyxis.parser;

import java.util.Arrays;

/**
 * The tokenizer's reading position in the decoded source, and the conversions between the
 * positions it uses: char indexes into the source, 0-based UTF-8 byte columns (what tokens carry)
 * and 1-based code point offsets (what {@link SyntaxProblem} carries).
 *
 * <p>CPython: the buffer half of {@code struct tok_state} ({@code cur}, {@code line_start},
 * {@code inp}, {@code lineno}) and {@code tok_nextc}/{@code tok_backup}. As there, a line becomes
 * the current line only when its first character is read, so a NEWLINE token still belongs to the
 * line it ends.
 *
 * <p>The source is normalized on construction as CPython normalizes it before tokenizing:
 * {@code \r\n} and a lone {@code \r} become {@code \n}, and, for a module (mode EXEC), a last
 * line without a terminator gets one (CPython's "implicit newline"). In the other modes CPython
 * adds none, so there the last line may end at the end of the source instead.
 */
final class SourceCursor {
    static final int EOF = -1;

    final String filename;
    /**
     * The normalized source; every line ends with {@code '\n'}, except perhaps the last when the
     * source is not a module.
     */
    final String source;
    private final char[] buf;
    private final int length;

    /** Index of the next character to read (CPython: {@code tok->cur}). */
    int pos;
    /** Line of the current line, 1-based; 0 before anything is read (CPython: {@code tok->lineno}). */
    int lineno;
    /** Index of the first character of the current line (CPython: {@code tok->line_start}). */
    int lineStart;
    /** Index just past the current line's {@code '\n'} (CPython: {@code tok->inp}). */
    int lineEnd;
    /** True if the current line is pure ASCII, so byte columns equal char columns. */
    private boolean lineAscii = true;

    /**
     * Index where CPython's line buffer starts (CPython: {@code tok->buf}): the current line's
     * start, unless lines were read while a token was being scanned (a multi-line string, or a
     * backslash continuation), in which case the line where that token started. CPython shows
     * the buffer as the text of errors on the current line.
     */
    private int bufStart;
    /** Set while a token is being scanned (CPython: {@code tok->start != NULL}); keeps {@link #bufStart}. */
    boolean holdBuffer;

    // Byte column of cacheIndex in the current line: columns are asked for in increasing order
    // along a line, so each non-ASCII line is measured once.
    private int cacheIndex;
    private int cacheBytes;

    /** Start index of each line, built on first use by {@link #lineText} and friends. */
    private int[] lineStarts;
    private int lineCount;

    /**
     * {@code execInput}: the source is a module (CPython's {@code exec_input}), whose last line
     * gets a line break if it has none.
     */
    SourceCursor(String text, String filename, boolean execInput) {
        this.filename = filename;
        this.source = normalize(text, execInput);
        this.buf = source.toCharArray();
        this.length = buf.length;
    }

    private static String normalize(String text, boolean execInput) {
        String s = text;
        if (s.indexOf('\r') >= 0) {
            s = s.replace("\r\n", "\n").replace('\r', '\n');
        }
        if (execInput && !s.isEmpty() && s.charAt(s.length() - 1) != '\n') {
            s = s + "\n";
        }
        return s;
    }

    // ---- reading ----

    /** The next character, or {@link #EOF}. CPython: tok_nextc. */
    int nextc() {
        if (pos < lineEnd) {
            return buf[pos++];
        }
        return underflow();
    }

    /** Puts back the character just read by {@link #nextc}. CPython: tok_backup. */
    void backup(int c) {
        if (c != EOF) {
            pos--;
            assert buf[pos] == c;
        }
    }

    /** The character at {@code index}, or {@link #EOF} past the end; does not move. */
    int charAt(int index) {
        return index < length ? buf[index] : EOF;
    }

    boolean atEnd() {
        return pos >= length;
    }

    /**
     * Moves to the next line, checking it for NUL characters as CPython's tokenizer does when it
     * reads a file. ({@link Parser} refuses source holding NUL before tokenizing, as CPython's
     * {@code compile()} does, so only a tokenizer used on its own gets this error.)
     */
    private int underflow() {
        if (lineEnd >= length) {
            pos = length;
            return EOF;
        }
        int start = lineEnd;
        int i = start;
        boolean ascii = true;
        boolean nul = false;
        char c;
        do {
            c = buf[i++];
            if (c >= 0x80) {
                ascii = false;
            } else if (c == 0) {
                nul = true;
            }
        } while (c != '\n' && i < length);
        lineno++;
        lineStart = start;
        lineEnd = i;
        if (!holdBuffer) {
            bufStart = start;
        }
        lineAscii = ascii;
        cacheIndex = start;
        cacheBytes = 0;
        pos = start;
        if (nul) {
            pos = lineEnd;
            int cut = source.indexOf('\0', start);
            throw failure(SyntaxProblem.Kind.SYNTAX_ERROR, "source code cannot contain null bytes",
                    lineno, 0, lineno, 0, source.substring(start, cut));
        }
        return buf[pos++];
    }

    /** Moves the cursor back to {@code index} on line {@code line} starting at {@code start}. */
    void rewind(int index, int line, int start) {
        pos = index;
        if (line != lineno) {
            lineno = line;
            lineStart = start;
            int e = source.indexOf('\n', start);
            lineEnd = e < 0 ? length : e + 1;
            lineAscii = isAscii(start, lineEnd);
            cacheIndex = start;
            cacheBytes = 0;
        }
    }

    private boolean isAscii(int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] >= 0x80) {
                return false;
            }
        }
        return true;
    }

    String text(int from, int to) {
        return source.substring(from, to);
    }

    // ---- columns ----

    /** 0-based UTF-8 byte column of {@code index}, which must be on the current line. */
    int byteCol(int index) {
        if (lineAscii) {
            return index - lineStart;
        }
        if (index < cacheIndex) {
            cacheIndex = lineStart;
            cacheBytes = 0;
        }
        cacheBytes += utf8Length(buf, cacheIndex, index);
        cacheIndex = index;
        return cacheBytes;
    }

    /** 0-based UTF-8 byte column of {@code index} on the line starting at {@code start}. */
    int byteCol(int index, int start) {
        return start == lineStart ? byteCol(index) : utf8Length(buf, start, index);
    }

    /**
     * The number of source bytes of {@code chars[from, to)}: UTF-8 lengths, except that a
     * {@link Utf8} marker stands for one byte.
     */
    static int utf8Length(char[] chars, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c < 0x80 || Utf8.isMarker(c)) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(chars[i + 1])) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** Code points in {@code [from, to)}: CPython's character offsets count code points. */
    int codePoints(int from, int to) {
        return Character.codePointCount(source, from, to);
    }

    /**
     * The character offset of {@code index} from the start of its line {@code start}, as CPython's
     * tokenizer counts it: the code points of the source bytes before it decoded with the
     * "replace" handler, so that a run of undecodable bytes counts as one character where CPython
     * shows one U+FFFD.
     */
    int charOffset(int start, int index) {
        if (!Utf8.hasMarker(source, start, index)) {
            return codePoints(start, index);
        }
        String decoded = Utf8.decodeReplacing(Utf8.toBytes(source, start, index));
        return decoded.codePointCount(0, decoded.length());
    }

    // ---- lines ----

    private void indexLines() {
        if (lineStarts != null) {
            return;
        }
        int[] starts = new int[64];
        int n = 0;
        int i = 0;
        while (i < length) {
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
            }
            starts[n++] = i;
            int e = source.indexOf('\n', i);
            i = e < 0 ? length : e + 1;
        }
        lineStarts = starts;
        lineCount = n;
    }

    int lineCount() {
        indexLines();
        return lineCount;
    }

    /** Index of the first character of line {@code line} (1-based), or -1 if there is none. */
    int lineStartIndex(int line) {
        indexLines();
        return line >= 1 && line <= lineCount ? lineStarts[line - 1] : -1;
    }

    /**
     * Line {@code line} with its {@code '\n'}, or "" if there is no such line; undecodable bytes
     * are shown as U+FFFD, as in CPython's error messages.
     */
    String lineText(int line) {
        int start = lineStartIndex(line);
        if (start < 0) {
            return "";
        }
        int end = line < lineCount ? lineStarts[line] : length;
        return Utf8.forDisplay(source.substring(start, end));
    }

    /** Line {@code line} without its {@code '\n'} (what CPython's tokenizer errors show). */
    String lineTextNoNewline(int line) {
        String s = lineText(line);
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    /**
     * The text CPython gives a SyntaxError that its parser (rather than its tokenizer) reports on
     * line {@code line}: the whole line buffer, newline included, if {@code line} is the line being
     * read; otherwise that single line without its newline. CPython:
     * _PyPegen_raise_error_known_location with get_error_line_from_tokenizer_buffers.
     */
    String errorLineText(int line) {
        if (lineno > 0 && line >= lineno) {
            return Utf8.forDisplay(source.substring(bufStart, lineEnd));
        }
        return lineTextNoNewline(line);
    }

    /** The index where the current line's text ends: before its {@code '\n'}, if it has one. */
    int contentEnd() {
        return lineEnd > lineStart && buf[lineEnd - 1] == '\n' ? lineEnd - 1 : lineEnd;
    }

    int bufStart() {
        return bufStart;
    }

    /** The number of source bytes (UTF-8; a marker is one byte) of {@code source[from, to)}. */
    int bytesBetween(int from, int to) {
        return utf8Length(buf, from, to);
    }

    /**
     * The number of characters in the first {@code byteOffset} bytes of {@code text} (UTF-8), a
     * character cut in two counting as one; past the end, one more than the text holds. CPython
     * converts its parser's byte columns to SyntaxError offsets this way, measuring in the error's
     * text (even when that text starts on an earlier line). CPython:
     * _PyPegen_byte_offset_to_character_offset.
     */
    static int byteOffsetToCharOffset(String text, int byteOffset) {
        int chars = 0;
        int bytes = 0;
        int i = 0;
        while (i < text.length() && bytes < byteOffset) {
            int cp = text.codePointAt(i);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            chars++;
            i += Character.charCount(cp);
        }
        return bytes < byteOffset ? chars + 1 : chars;
    }

    /** The char index of byte column {@code byteCol} on line {@code line}. */
    int indexOf(int line, int byteCol) {
        int start = lineStartIndex(line);
        if (start < 0) {
            return length;
        }
        int end = line < lineCount ? lineStarts[line] : length;
        int bytes = 0;
        int i = start;
        while (i < end && bytes < byteCol) {
            int cp = source.codePointAt(i);
            bytes += cp < 0x80 || (cp >= 0xDC80 && cp <= 0xDCFF) ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
        }
        return i;
    }

    // ---- errors ----

    ParseFailure failure(SyntaxProblem.Kind kind, String message, int line, int offset, int endLine,
            int endOffset, String text) {
        return new ParseFailure(new SyntaxProblem(kind, message, filename, line, offset, endLine, endOffset, text));
    }

    /**
     * A problem at the cursor, as CPython's tokenizer reports it ({@code _syntaxerror_range} with
     * no explicit range): the offset is the code point count from the line start to the cursor,
     * and the text is the line without its newline.
     */
    SyntaxProblem problemAtCursor(String message) {
        int offset = charOffset(lineStart, Math.min(pos, lineEnd));
        String text = Utf8.forDisplay(source.substring(lineStart, contentEnd()));
        return new SyntaxProblem(SyntaxProblem.Kind.SYNTAX_ERROR, message, filename, lineno, offset, lineno,
                offset, text);
    }

    ParseFailure errorAtCursor(String message) {
        return new ParseFailure(problemAtCursor(message));
    }
}
