package org.pyxis.parser;

/**
 * What CPython would raise for bad source (a {@code SyntaxError} or subclass, or the
 * {@code MemoryError} of a too-deep parse), as pure data: the caller turns it into a Python
 * exception or prints it. The fields mirror the exception's attributes:
 * <ul>
 * <li>{@code lineno}, {@code endLineno}: 1-based lines; 0 where CPython reports line 0 (source
 * decoding problems); -1 where CPython's attribute is None.
 * <li>{@code offset}, {@code endOffset}: 1-based offsets into {@code text} as CPython reports them
 * (characters for parser and tokenizer errors; UTF-8 bytes for symbol-table errors, as in CPython);
 * 0 for unknown.
 * <li>{@code text}: the source line as CPython reports it (with or without its newline, as CPython
 * has it), or null. {@code filename} may be null where CPython has none.
 * </ul>
 */
public record SyntaxProblem(
        Kind kind, String message, String filename, int lineno, int offset, int endLineno, int endOffset,
        String text) {

    /** The Python exception class the problem becomes. */
    public enum Kind {
        SYNTAX_ERROR("SyntaxError"),
        INDENTATION_ERROR("IndentationError"),
        TAB_ERROR("TabError"),
        /**
         * Not a SyntaxError: CPython raises MemoryError when the source nests too deeply for its
         * parser (only message is set; no position).
         */
        MEMORY_ERROR("MemoryError");

        public final String pythonName;

        Kind(String pythonName) {
            this.pythonName = pythonName;
        }
    }
}
