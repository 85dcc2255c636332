package org.pyxis.compiler.symtable;

/**
 * One name of one {@link Scope}: how the scope's code uses it (the definition flags, CPython's
 * {@code DEF_*} bits with the same values) and, after analysis, where it lives
 * ({@link #scope()}). The query methods answer as Python's {@code symtable.Symbol} does.
 *
 * <p>Flags only grow while the {@link SymbolTable} is being built; afterwards a symbol is never
 * changed, so a finished table may be read from any thread.
 */
public final class Symbol {
    /** Declared {@code global}. CPython: DEF_GLOBAL. */
    public static final int DEF_GLOBAL = 1;
    /** Bound by assignment, {@code del}, a {@code for} or {@code with} target, a definition... CPython: DEF_LOCAL. */
    public static final int DEF_LOCAL = 2;
    /** A parameter (or an implicit one: {@code .0}, {@code .defaults}). CPython: DEF_PARAM. */
    public static final int DEF_PARAM = 4;
    /** Declared {@code nonlocal}. CPython: DEF_NONLOCAL. */
    public static final int DEF_NONLOCAL = 8;
    /** Read. CPython: USE. */
    public static final int USE = 16;
    /** Free in the scope. Never set by the 3.13 symbol table; kept for the numbering. CPython: DEF_FREE. */
    public static final int DEF_FREE = 32;
    /** A class (or annotation scope of a class) name that a nested function also uses freely. CPython: DEF_FREE_CLASS. */
    public static final int DEF_FREE_CLASS = 64;
    /** Bound by an import. CPython: DEF_IMPORT. */
    public static final int DEF_IMPORT = 128;
    /** Target of an annotated assignment. CPython: DEF_ANNOT. */
    public static final int DEF_ANNOT = 256;
    /** An iteration variable of a comprehension. CPython: DEF_COMP_ITER. */
    public static final int DEF_COMP_ITER = 512;
    /** A PEP 695 type parameter. CPython: DEF_TYPE_PARAM. */
    public static final int DEF_TYPE_PARAM = 1024;
    /** A cell of an inlined comprehension, held by the enclosing scope. CPython: DEF_COMP_CELL. */
    public static final int DEF_COMP_CELL = 2048;
    /** Any binding. CPython: DEF_BOUND. */
    public static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    /** CPython's {@code SCOPE_OFFSET}: where the scope number sits in the symtable module's flags. */
    public static final int SCOPE_OFFSET = 12;

    private final String name;
    private final Scope owner;
    int flags;
    SymbolScope scope;

    Symbol(String name, Scope owner, int flags) {
        this.name = name;
        this.owner = owner;
        this.flags = flags;
    }

    /** The name as the table keys it: mangled when it is a private name inside a class. */
    public String name() {
        return name;
    }

    /** The definition flags ({@code DEF_*} and {@code USE} bits), without the scope. */
    public int flags() {
        return flags;
    }

    /**
     * Where the name lives. Null only for the symbols of an {@link Scope.Kind#ANNOTATION} scope,
     * which CPython never analyses (the annotations become strings).
     */
    public SymbolScope scope() {
        return scope;
    }

    /** The flags as CPython's {@code ste_symbols} dictionary holds them: scope number included. */
    public int rawFlags() {
        return flags | (scope == null ? 0 : scope.number << SCOPE_OFFSET);
    }

    public boolean hasFlag(int flag) {
        return (flags & flag) != 0;
    }

    // ---- the queries of Python's symtable.Symbol ----

    /** CPython: symtable.Symbol.is_referenced. */
    public boolean isReferenced() {
        return hasFlag(USE);
    }

    /** CPython: symtable.Symbol.is_imported. */
    public boolean isImported() {
        return hasFlag(DEF_IMPORT);
    }

    /** CPython: symtable.Symbol.is_parameter. */
    public boolean isParameter() {
        return hasFlag(DEF_PARAM);
    }

    /** CPython 3.14: symtable.Symbol.is_type_parameter. */
    public boolean isTypeParameter() {
        return hasFlag(DEF_TYPE_PARAM);
    }

    /** CPython: symtable.Symbol.is_global (a bound name of the module counts). */
    public boolean isGlobal() {
        return scope == SymbolScope.GLOBAL_IMPLICIT || scope == SymbolScope.GLOBAL_EXPLICIT
                || (owner.kind() == Scope.Kind.MODULE && hasFlag(DEF_BOUND));
    }

    /** CPython: symtable.Symbol.is_declared_global. */
    public boolean isDeclaredGlobal() {
        return scope == SymbolScope.GLOBAL_EXPLICIT;
    }

    /** CPython: symtable.Symbol.is_local (a bound name of the module counts). */
    public boolean isLocal() {
        return scope == SymbolScope.LOCAL || scope == SymbolScope.CELL
                || (owner.kind() == Scope.Kind.MODULE && hasFlag(DEF_BOUND));
    }

    /** CPython: symtable.Symbol.is_annotated. */
    public boolean isAnnotated() {
        return hasFlag(DEF_ANNOT);
    }

    /** CPython: symtable.Symbol.is_free. */
    public boolean isFree() {
        return scope == SymbolScope.FREE;
    }

    /** CPython: symtable.Symbol.is_assigned. */
    public boolean isAssigned() {
        return hasFlag(DEF_LOCAL);
    }

    /** CPython: symtable.Symbol.is_nonlocal. */
    public boolean isNonlocal() {
        return hasFlag(DEF_NONLOCAL);
    }

    /** CPython: symtable.Symbol.is_namespace: the name is bound by a child scope (def, class, lambda...). */
    public boolean isNamespace() {
        return !owner.namespacesOf(name).isEmpty();
    }

    /** CPython: symtable.Symbol.get_namespaces. */
    public java.util.List<Scope> namespaces() {
        return owner.namespacesOf(name);
    }

    @Override
    public String toString() {
        return "<symbol " + name + ": " + scope + ", flags=" + flags + ">";
    }
}
