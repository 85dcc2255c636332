package org.pyxis.compiler.symtable;

/**
 * Where a name lives at run time, as the analysis pass decides it. The numbers are CPython's
 * ({@code symtable.h}), which the {@code symtable} module exposes as {@code LOCAL},
 * {@code GLOBAL_EXPLICIT} and so on.
 */
public enum SymbolScope {
    /** A fast local of a function, or a name of a class or module namespace. CPython: LOCAL. */
    LOCAL(1),
    /** Declared {@code global} here (or in the enclosing class, for an annotation scope). CPython: GLOBAL_EXPLICIT. */
    GLOBAL_EXPLICIT(2),
    /** Not bound in any enclosing function: looked up in globals, then builtins. CPython: GLOBAL_IMPLICIT. */
    GLOBAL_IMPLICIT(3),
    /** Bound in an enclosing function scope and reached through a cell. CPython: FREE. */
    FREE(4),
    /** A local that a nested scope reads, so it lives in a cell. CPython: CELL. */
    CELL(5);

    /** CPython's number for this scope, as the {@code symtable} module shows it. */
    public final int number;

    SymbolScope(int number) {
        this.number = number;
    }

    static SymbolScope ofNumber(int number) {
        return number == 0 ? null : values()[number - 1];
    }
}
