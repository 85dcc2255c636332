package org.pyxis.compiler.symtable;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Where a symbol-table error finds the {@code text} of its line. CPython's symbol table does not
 * see the source it was given: {@code PyErr_RangedSyntaxLocationObject} reads the line back from
 * the file named by the filename, so {@code compile(src, "x.py", "exec")} reports the text of
 * whatever {@code x.py} holds on disk, and none when there is no such file. {@link #ofFile}
 * reproduces that; embedders that compile text with no file behind it may pass {@link #NONE} or
 * {@link #of(String)}.
 */
@FunctionalInterface
public interface SourceLines {
    /** No text for any line (a filename like {@code <string>}). */
    SourceLines NONE = lineno -> null;

    /** The text of line {@code lineno} (1-based) with its line terminator, or null when unknown. */
    String line(int lineno);

    /** The lines of a text, split at {@code \n}, {@code \r\n} and {@code \r}, each ending in {@code \n} if it had one. */
    static SourceLines of(String source) {
        return lineno -> nthLine(source, lineno);
    }

    /**
     * Reads the line from the named file when an error needs it, as CPython 3.13 does
     * ({@code _PyErr_ProgramDecodedTextObject}): universal newlines; a byte-order mark is kept;
     * the file is read in chunks of at most 999 bytes, and the text is the last chunk of the line
     * (so only the end of a very long line); a chunk that is not valid UTF-8 gives no text.
     */
    static SourceLines ofFile(String filename) {
        return lineno -> {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(Path.of(filename));
            } catch (IOException | InvalidPathException | SecurityException e) {
                return null;
            }
            return fileLine(bytes, lineno);
        };
    }

    private static String nthLine(String source, int lineno) {
        int start = 0;
        for (int n = 1; start <= source.length(); n++) {
            int end = start;
            while (end < source.length() && source.charAt(end) != '\n' && source.charAt(end) != '\r') {
                end++;
            }
            boolean terminated = end < source.length();
            int next = end + (terminated && source.charAt(end) == '\r' && end + 1 < source.length()
                    && source.charAt(end + 1) == '\n' ? 2 : terminated ? 1 : 0);
            if (n == lineno) {
                return !terminated && start == source.length() ? null : source.substring(start, end) + (terminated ? "\n" : "");
            }
            if (!terminated) {
                return null;
            }
            start = next;
        }
        return null;
    }

    /** CPython: err_programtext, reading through a 1000-byte buffer with universal newlines. */
    private static String fileLine(byte[] raw, int lineno) {
        byte[] bytes = translateNewlines(raw);
        int chunkSize = 999;
        int pos = 0;
        int chunkStart = 0;
        for (int n = 0; n < lineno; ) {
            if (pos >= bytes.length) {
                return null;
            }
            chunkStart = pos;
            int end = pos;
            while (end < bytes.length && end - pos < chunkSize && bytes[end] != '\n') {
                end++;
            }
            if (end < bytes.length && end - pos < chunkSize) {
                end++; // the newline ends the chunk and the line
                n++;
            } else if (end - pos < chunkSize) {
                n++; // the file's last line, unterminated
            }
            // else a full chunk without newline: the line goes on in the next chunk
            pos = end;
        }
        return decodeStrict(bytes, chunkStart, pos);
    }

    private static byte[] translateNewlines(byte[] raw) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(raw.length);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '\r') {
                out.write('\n');
                if (i + 1 < raw.length && raw[i + 1] == '\n') {
                    i++;
                }
            } else {
                out.write(raw[i]);
            }
        }
        return out.toByteArray();
    }

    private static String decodeStrict(byte[] bytes, int from, int to) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return d.decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }
}
