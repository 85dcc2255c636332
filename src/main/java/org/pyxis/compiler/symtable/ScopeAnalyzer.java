package org.pyxis.compiler.symtable;

import static org.pyxis.compiler.symtable.Symbol.DEF_BOUND;
import static org.pyxis.compiler.symtable.Symbol.DEF_COMP_CELL;
import static org.pyxis.compiler.symtable.Symbol.DEF_FREE_CLASS;
import static org.pyxis.compiler.symtable.Symbol.DEF_GLOBAL;
import static org.pyxis.compiler.symtable.Symbol.DEF_NONLOCAL;
import static org.pyxis.compiler.symtable.Symbol.DEF_PARAM;
import static org.pyxis.compiler.symtable.Symbol.DEF_TYPE_PARAM;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pyxis.parser.ParseFailure;
import org.pyxis.parser.SyntaxProblem;

/**
 * The second pass: decides the {@link SymbolScope} of every name, top down, from what each
 * enclosing scope binds. It also turns locals that nested scopes read into cells, inlines list,
 * set and dict comprehensions into their parents (PEP 709), and notes which class bodies need a
 * {@code __class__} cell or a {@code __classdict__}. CPython: {@code symtable_analyze} and the
 * {@code analyze_*} functions of {@code symtable.c}.
 *
 * <p>The name sets follow CPython's: {@code bound} holds the names bound by enclosing function
 * scopes (null at module level), {@code global} the names known to be global, {@code free} the
 * free names found so far that an enclosing scope must provide, {@code typeParams} the type
 * parameters in view. Each child works on copies.
 */
final class ScopeAnalyzer {
    private final String filename;
    private final SourceLines lines;

    ScopeAnalyzer(String filename, SourceLines lines) {
        this.filename = filename;
        this.lines = lines;
    }

    /** CPython: symtable_analyze. */
    void analyze(Scope top) {
        analyzeBlock(top, null, new LinkedHashSet<>(), new HashSet<>(), new HashSet<>(), null);
    }

    /** CPython: analyze_block. */
    private void analyzeBlock(Scope scope, Set<String> bound, Set<String> free, Set<String> global,
            Set<String> typeParams, Scope classEntry) {
        Set<String> local = new HashSet<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new LinkedHashSet<>();
        Set<String> newBound = new HashSet<>();
        Set<String> inlinedCells = new HashSet<>();

        // A class's names are invisible to its methods: children see what the class itself saw.
        if (scope.kind() == Scope.Kind.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (Symbol symbol : scope.symbols.values()) {
            analyzeName(scope, symbol, bound, local, free, global, typeParams, classEntry);
        }
        if (scope.kind() != Scope.Kind.CLASS) {
            if (scope.isFunctionLike()) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
            newBound.add("__classdict__");
        }

        for (Scope child : List.copyOf(scope.children)) {
            Scope childClassEntry = null;
            if (child.canSeeClassScope) {
                if (scope.kind() == Scope.Kind.CLASS) {
                    childClassEntry = scope;
                } else if (classEntry != null) {
                    childClassEntry = classEntry;
                }
            }
            // Every comprehension but a generator expression is inlined, unless its parent is an
            // annotation scope that sees a class (the class namespace cannot hold its names).
            boolean inline = child.comprehension != Scope.ComprehensionKind.NONE && !child.generator
                    && !scope.canSeeClassScope;
            Set<String> childFree = new LinkedHashSet<>(newFree);
            analyzeBlock(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal),
                    new HashSet<>(typeParams), childClassEntry);
            if (inline) {
                inlineComprehension(scope, child, childFree, inlinedCells);
                child.compInlined = true;
            }
            newFree.addAll(childFree);
            if (child.hasFree || child.childFree) {
                scope.childFree = true;
            }
        }

        // An inlined comprehension's own children become this scope's.
        for (int i = scope.children.size() - 1; i >= 0; i--) {
            Scope child = scope.children.get(i);
            if (child.compInlined) {
                scope.children.remove(i);
                scope.children.addAll(i, child.children);
            }
        }

        if (scope.isFunctionLike()) {
            analyzeCells(scope, newFree, inlinedCells);
        } else if (scope.kind() == Scope.Kind.CLASS) {
            dropClassFree(scope, newFree);
        }
        updateSymbols(scope, bound, newFree, inlinedCells,
                scope.kind() == Scope.Kind.CLASS || scope.canSeeClassScope);
        free.addAll(newFree);
    }

    /** Decides one name's scope from its flags and what the enclosing scopes bind. CPython: analyze_name. */
    private void analyzeName(Scope scope, Symbol symbol, Set<String> bound, Set<String> local, Set<String> free,
            Set<String> global, Set<String> typeParams, Scope classEntry) {
        String name = symbol.name();
        int flags = symbol.flags;
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) {
                throw errorAtDirective(scope, name, "name '" + name + "' is nonlocal and global");
            }
            symbol.scope = SymbolScope.GLOBAL_EXPLICIT;
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw errorAtDirective(scope, name, "nonlocal declaration not allowed at module level");
            }
            if (!bound.contains(name)) {
                throw errorAtDirective(scope, name, "no binding for nonlocal '" + name + "' found");
            }
            if (typeParams.contains(name)) {
                throw errorAtDirective(scope, name, "nonlocal binding not allowed for type parameter '" + name + "'");
            }
            symbol.scope = SymbolScope.FREE;
            scope.hasFree = true;
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            symbol.scope = SymbolScope.LOCAL;
            local.add(name);
            global.remove(name);
            if ((flags & DEF_TYPE_PARAM) != 0) {
                typeParams.add(name);
            } else {
                typeParams.remove(name);
            }
            return;
        }
        // In an annotation scope of a class, a name the class binds is looked up in the class
        // namespace at run time, then in globals and builtins, even if a function also binds it.
        if (classEntry != null) {
            int classFlags = classEntry.symbols.containsKey(name) ? classEntry.symbols.get(name).flags : 0;
            if ((classFlags & DEF_GLOBAL) != 0) {
                symbol.scope = SymbolScope.GLOBAL_EXPLICIT;
                return;
            }
            if ((classFlags & DEF_BOUND) != 0 && (classFlags & DEF_NONLOCAL) == 0) {
                symbol.scope = SymbolScope.GLOBAL_IMPLICIT;
                return;
            }
        }
        if (bound != null && bound.contains(name)) {
            symbol.scope = SymbolScope.FREE;
            scope.hasFree = true;
            free.add(name);
            return;
        }
        if (global.contains(name)) {
            symbol.scope = SymbolScope.GLOBAL_IMPLICIT;
            return;
        }
        if (scope.nested) {
            scope.hasFree = true;
        }
        symbol.scope = SymbolScope.GLOBAL_IMPLICIT;
    }

    /**
     * Moves the names of an analysed comprehension into its parent (PEP 709): the parent gains
     * the names it did not have; a free name the parent binds stops being free. CPython:
     * inline_comprehension.
     */
    private static void inlineComprehension(Scope scope, Scope comp, Set<String> compFree, Set<String> inlinedCells) {
        boolean removeDunderClass = false;
        for (Symbol symbol : comp.symbols.values()) {
            if (symbol.hasFlag(DEF_PARAM)) {
                continue; // ".0", the outermost iterable
            }
            String name = symbol.name();
            SymbolScope compScope = symbol.scope;
            if (compScope == SymbolScope.CELL || symbol.hasFlag(DEF_COMP_CELL)) {
                inlinedCells.add(name);
            }
            Symbol existing = scope.symbols.get(name);
            // __class__ is never free through a class scope (see dropClassFree): in the class
            // body it is an ordinary global name.
            if (compScope == SymbolScope.FREE && scope.kind() == Scope.Kind.CLASS && name.equals("__class__")) {
                compScope = SymbolScope.GLOBAL_IMPLICIT;
                removeDunderClass = true;
                // Differs from CPython 3.13.0, which drops it from the free names even when a
                // function inside the comprehension needs the cell, and then fails with a
                // SystemError compiling "class C: x = [lambda: __class__ for _ in y]". Keeping it
                // (as CPython 3.14 does) gives the class its __class__ cell; the tables are the same.
                if (!isFreeInAnyChild(comp, name)) {
                    compFree.remove(name);
                }
            }
            if (existing == null) {
                Symbol copy = new Symbol(name, scope, symbol.flags);
                copy.scope = compScope;
                scope.symbols.put(name, copy);
            } else if (existing.hasFlag(DEF_BOUND) && !isFreeInAnyChild(comp, name)
                    && scope.kind() != Scope.Kind.CLASS) {
                // Free in the comprehension but local here: inlined, it is simply a local.
                compFree.remove(name);
            }
        }
        comp.hasFree = !compFree.isEmpty();
        if (removeDunderClass) {
            comp.symbols.remove("__class__");
        }
    }

    /** CPython: is_free_in_any_child. */
    private static boolean isFreeInAnyChild(Scope scope, String name) {
        for (Scope child : scope.children) {
            if (child.scopeOf(name) == SymbolScope.FREE) {
                return true;
            }
        }
        return false;
    }

    /** Locals that a child reads freely (or cells of inlined comprehensions) become cells. CPython: analyze_cells. */
    private static void analyzeCells(Scope scope, Set<String> free, Set<String> inlinedCells) {
        for (Symbol symbol : scope.symbols.values()) {
            if (symbol.scope != SymbolScope.LOCAL) {
                continue;
            }
            String name = symbol.name();
            if (free.contains(name) || inlinedCells.contains(name)) {
                symbol.scope = SymbolScope.CELL;
                free.remove(name);
            }
        }
    }

    /**
     * A class body provides {@code __class__} and {@code __classdict__} to its methods and
     * annotation scopes through implicit cells rather than as names. CPython: drop_class_free.
     */
    private static void dropClassFree(Scope scope, Set<String> free) {
        if (free.remove("__class__")) {
            scope.needsClassClosure = true;
        }
        if (free.remove("__classdict__")) {
            scope.needsClassdict = true;
        }
    }

    /**
     * Marks the inlined cells, and adds the free names of children that this scope passes on:
     * those bound further out (the rest are globals). In a class (or an annotation scope that
     * sees one), a name both bound here and free in a child is flagged DEF_FREE_CLASS.
     * CPython: update_symbols.
     */
    private static void updateSymbols(Scope scope, Set<String> bound, Set<String> free, Set<String> inlinedCells,
            boolean classFlag) {
        for (Symbol symbol : scope.symbols.values()) {
            if (inlinedCells.contains(symbol.name())) {
                symbol.flags |= DEF_COMP_CELL;
            }
        }
        for (String name : free) {
            Symbol existing = scope.symbols.get(name);
            if (existing != null) {
                if (classFlag) {
                    existing.flags |= DEF_FREE_CLASS;
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue;
            }
            Symbol passedOn = new Symbol(name, scope, 0);
            passedOn.scope = SymbolScope.FREE;
            scope.symbols.put(name, passedOn);
        }
    }

    /** An analysis error, placed at the first global/nonlocal declaration of the name. CPython: error_at_directive. */
    private ParseFailure errorAtDirective(Scope scope, String name, String message) {
        for (Scope.Directive d : scope.directives) {
            if (d.name().equals(name)) {
                return new ParseFailure(new SyntaxProblem(SyntaxProblem.Kind.SYNTAX_ERROR, message, filename,
                        d.lineno(), d.colOffset() + 1, d.endLineno(), d.endColOffset() + 1, lines.line(d.lineno())));
            }
        }
        throw new IllegalStateException("no directive recorded for " + name + " in " + scope);
    }
}
