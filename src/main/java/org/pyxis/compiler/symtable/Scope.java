package org.pyxis.compiler.symtable;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pyxis.parser.ast.Node;

/**
 * One block of code with its own namespace: the module, a function, lambda or comprehension, a
 * class body, or one of the PEP 695 annotation scopes. CPython: {@code PySTEntryObject}, which
 * Python's {@code symtable.SymbolTable} wraps.
 *
 * <p>Holds the {@link Symbol}s in the order the code first mentions them, the child scopes in
 * source order, and the facts the code generator needs (generator, coroutine, varargs, class
 * cells...). Built and analysed by one thread; never changed once {@link SymbolTable#build}
 * returns.
 */
public final class Scope {
    /** The kind of block, named as Python's {@code symtable.SymbolTableType} names it. CPython: _Py_block_ty. */
    public enum Kind {
        /** CPython: FunctionBlock (also lambdas and comprehensions). */
        FUNCTION("function"),
        /** CPython: ClassBlock. */
        CLASS("class"),
        /** CPython: ModuleBlock. */
        MODULE("module"),
        /** Annotations under {@code from __future__ import annotations}. CPython: AnnotationBlock. */
        ANNOTATION("annotation"),
        /** The value of a {@code type} statement. CPython: TypeAliasBlock. */
        TYPE_ALIAS("type alias"),
        /** The type parameters of a generic function, class or type alias. CPython: TypeParametersBlock. */
        TYPE_PARAMETERS("type parameters"),
        /** A TypeVar bound or constraints, or a type parameter's default. CPython: TypeVariableBlock. */
        TYPE_VARIABLE("type variable");

        /** The value of {@code symtable.SymbolTableType} for this kind. */
        public final String pythonName;

        Kind(String pythonName) {
            this.pythonName = pythonName;
        }
    }

    /** Which comprehension a function scope implements, if any. CPython: _Py_comprehension_ty. */
    public enum ComprehensionKind {
        NONE, LIST, SET, DICT, GENERATOR
    }

    private final Kind kind;
    private final String name;
    private final Node node;
    private final Scope parent;
    private final int lineno;
    private final int colOffset;
    private final int endLineno;
    private final int endColOffset;

    // CPython: ste_symbols, ste_varnames, ste_children.
    final Map<String, Symbol> symbols = new LinkedHashMap<>();
    final List<String> varnames = new ArrayList<>();
    final List<Scope> children = new ArrayList<>();

    // ---- facts recorded while building (CPython's ste_* bit fields) ----
    boolean nested;
    boolean generator;
    boolean coroutine;
    ComprehensionKind comprehension = ComprehensionKind.NONE;
    boolean varargs;
    boolean varkeywords;
    boolean returnsValue;
    boolean canSeeClassScope;

    // ---- facts decided by the analysis ----
    boolean hasFree;
    boolean childFree;
    boolean compInlined;
    boolean needsClassClosure;
    boolean needsClassdict;

    // ---- build-time state only ----
    /** CPython: ste_directives. The global/nonlocal declarations, to place analysis errors. */
    final List<Directive> directives = new ArrayList<>();
    /** CPython: ste_comp_iter_target. True while visiting a comprehension's iteration target. */
    boolean compIterTarget;
    /** CPython: ste_comp_iter_expr. Depth inside comprehension iterable expressions. */
    int compIterExpr;
    /** CPython: ste_mangled_names. When not null, only these names are mangled in this scope. */
    Set<String> mangledNames;
    /** CPython: ste_scope_info. What a TYPE_VARIABLE scope holds, for error messages ("a TypeVar bound"). */
    String scopeInfo;

    /** A {@code global} or {@code nonlocal} declaration (or the implicit one of a walrus in a comprehension). */
    record Directive(String name, int lineno, int colOffset, int endLineno, int endColOffset) {}

    Scope(Kind kind, String name, Node node, Scope parent, int lineno, int colOffset, int endLineno,
            int endColOffset) {
        this.kind = kind;
        this.name = name;
        this.node = node;
        this.parent = parent;
        this.lineno = lineno;
        this.colOffset = colOffset;
        this.endLineno = endLineno;
        this.endColOffset = endColOffset;
        // CPython: ste_new sets ste_nested for anything inside a function-like scope.
        this.nested = parent != null && (parent.nested || parent.isFunctionLike());
    }

    // ---- identity ----

    public Kind kind() {
        return kind;
    }

    /** "top" for the module, else the def/class/alias name, "lambda", "listcomp", "genexpr"... */
    public String name() {
        return name;
    }

    /**
     * The node that opened the scope: the {@code Mod} for the module, the statement for a
     * function, class, type alias or type-parameter scope, the expression for a lambda or
     * comprehension, the {@code TypeParam} for a bound or default, the annotation (or the
     * function) for an annotation scope.
     */
    public Node node() {
        return node;
    }

    /** The enclosing scope at build time, or null for the module. */
    public Scope parent() {
        return parent;
    }

    /** The first line of the node that opened the scope; 0 for the module. */
    public int lineno() {
        return lineno;
    }

    public int colOffset() {
        return colOffset;
    }

    public int endLineno() {
        return endLineno;
    }

    public int endColOffset() {
        return endColOffset;
    }

    // ---- contents ----

    /** The symbols in the order the code first mentions them (CPython: ste_symbols). */
    public Collection<Symbol> symbols() {
        return Collections.unmodifiableCollection(symbols.values());
    }

    /** The symbol of a (mangled) name, or null. */
    public Symbol lookup(String name) {
        return symbols.get(name);
    }

    /** The scope of a (mangled) name; null when the name is not in this scope. CPython: _PyST_GetScope. */
    public SymbolScope scopeOf(String name) {
        Symbol s = symbols.get(name);
        return s == null ? null : s.scope;
    }

    /** The parameter names in order: positional-only, positional, keyword-only, *args, **kwargs. CPython: ste_varnames. */
    public List<String> varnames() {
        return Collections.unmodifiableList(varnames);
    }

    /**
     * The nested scopes in source order. Inlined comprehensions are not among them: their own
     * children take their place, as CPython splices them in.
     */
    public List<Scope> children() {
        return Collections.unmodifiableList(children);
    }

    /** The child scopes named {@code name}: what Python's {@code Symbol.get_namespaces()} returns. */
    public List<Scope> namespacesOf(String name) {
        List<Scope> found = new ArrayList<>();
        for (Scope c : children) {
            if (c.name.equals(name)) {
                found.add(c);
            }
        }
        return found;
    }

    // ---- facts for the code generator ----

    /** Inside a function-like scope, at any depth. CPython: ste_nested (CO_NESTED). */
    public boolean isNested() {
        return nested;
    }

    /** Python's {@code SymbolTable.is_optimized()}: a function, lambda or comprehension (fast locals). */
    public boolean isOptimized() {
        return kind == Kind.FUNCTION;
    }

    /** A function or one of the annotation scopes, which compile to functions. CPython: _PyST_IsFunctionLike. */
    public boolean isFunctionLike() {
        return kind == Kind.FUNCTION || kind == Kind.ANNOTATION || kind == Kind.TYPE_VARIABLE
                || kind == Kind.TYPE_ALIAS || kind == Kind.TYPE_PARAMETERS;
    }

    /** Contains {@code yield}, or is a generator expression. CPython: ste_generator. */
    public boolean isGenerator() {
        return generator;
    }

    /** An {@code async def}, or contains {@code await} or an asynchronous comprehension. CPython: ste_coroutine. */
    public boolean isCoroutine() {
        return coroutine;
    }

    /** The comprehension this scope implements. CPython: ste_comprehension. */
    public ComprehensionKind comprehension() {
        return comprehension;
    }

    /** Has a {@code *args} parameter. CPython: ste_varargs. */
    public boolean hasVarargs() {
        return varargs;
    }

    /** Has a {@code **kwargs} parameter. CPython: ste_varkeywords. */
    public boolean hasVarkeywords() {
        return varkeywords;
    }

    /** Has a {@code return} with a value. CPython: ste_returns_value. */
    public boolean returnsValue() {
        return returnsValue;
    }

    /** Has free variables. CPython: ste_free. */
    public boolean hasFreeVars() {
        return hasFree;
    }

    /** Some child scope, at any depth, has free variables. CPython: ste_child_free. */
    public boolean childHasFreeVars() {
        return childFree;
    }

    /** A list, set or dict comprehension compiled inline in its parent (PEP 709). CPython: ste_comp_inlined. */
    public boolean isComprehensionInlined() {
        return compInlined;
    }

    /** A class body whose methods use {@code __class__} (or {@code super()}). CPython: ste_needs_class_closure. */
    public boolean needsClassClosure() {
        return needsClassClosure;
    }

    /** A class body whose annotation scopes read {@code __classdict__}. CPython: ste_needs_classdict. */
    public boolean needsClassdict() {
        return needsClassdict;
    }

    /** An annotation scope that looks names up in the enclosing class first. CPython: ste_can_see_class_scope. */
    public boolean canSeeClassScope() {
        return canSeeClassScope;
    }

    /**
     * The name a private identifier has in this scope, given the innermost enclosing class name:
     * {@code __x} becomes {@code _C__x}. In the type-parameter scopes of a generic class only the
     * type parameters are mangled. CPython: _Py_MaybeMangle.
     */
    public String mangle(String privateName, String name) {
        if (mangledNames != null && !mangledNames.contains(name)) {
            return name;
        }
        return SymbolTable.mangle(privateName, name);
    }

    @Override
    public String toString() {
        return "<" + kind.pythonName + " scope " + name + " at line " + lineno + ">";
    }
}
