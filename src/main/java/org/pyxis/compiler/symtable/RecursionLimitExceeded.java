package org.pyxis.compiler.symtable;

/**
 * The tree nests deeper than the compiler follows: the caller raises Python's
 * {@code RecursionError} with {@link #getMessage()}. CPython counts its symbol table's
 * statement and expression visits against its C recursion limit ({@code Py_C_RECURSION_LIMIT},
 * 10,000); Pyxis uses the same limit counted from the module, where CPython also counts the C
 * frames of its caller, so the two may disagree by a few levels.
 *
 * <p>A control-flow carrier like {@link org.pyxis.parser.ParseFailure}: no Java stack trace.
 */
public final class RecursionLimitExceeded extends RuntimeException {
    /** CPython: Py_C_RECURSION_LIMIT. */
    public static final int LIMIT = 10_000;

    private static final long serialVersionUID = 1L;

    RecursionLimitExceeded() {
        super("maximum recursion depth exceeded during compilation", null, false, false);
    }
}
