package org.pyxis.compiler.symtable;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.pyxis.parser.ParseFailure;
import org.pyxis.parser.ast.Mod;
import org.pyxis.parser.ast.Node;
import org.pyxis.parser.ast.Stmt;
import org.pyxis.parser.ast.TypeParam;

/**
 * The symbol table of one module: every {@link Scope} of the tree, each name in it classified as
 * CPython 3.13 classifies it. CPython: {@code struct symtable}, made by {@code _PySymtable_Build}.
 *
 * <ul>
 *   <li>{@link #build} runs {@link FutureFeatures#of the future-import scan}, then
 *       {@link SymbolTableBuilder} (one walk of the tree recording names per scope), then
 *       {@link ScopeAnalyzer} (resolving each name to a {@link SymbolScope}, making cells,
 *       inlining comprehensions). Both raise CPython's scope errors as {@link ParseFailure}.
 *   <li>{@link #top()} is the module's scope; {@link #scopeOf}, {@link #typeParamsScopeOf},
 *       {@link #boundScopeOf} and {@link #defaultScopeOf} find the scope a node opened, as the
 *       code generator asks CPython's {@code st_blocks}.
 *   <li>{@link #mangle} is private-name mangling ({@code __x} in class {@code C} is {@code _C__x}).
 * </ul>
 *
 * <p>A table is immutable once built and holds no interpreter state, so it may be read from any
 * thread.
 */
public final class SymbolTable {
    private final String filename;
    private final FutureFeatures future;
    private final Scope top;
    private final Map<Node, Scope> scopes;
    private final Map<Stmt, Scope> typeParamScopes;
    private final Map<TypeParam, Scope> boundScopes;
    private final Map<TypeParam, Scope> defaultScopes;

    private SymbolTable(String filename, FutureFeatures future, Scope top, SymbolTableBuilder built) {
        this.filename = filename;
        this.future = future;
        this.top = top;
        this.scopes = built.scopes;
        this.typeParamScopes = built.typeParamScopes;
        this.boundScopes = built.boundScopes;
        this.defaultScopes = built.defaultScopes;
    }

    /**
     * Builds the table of a module, reading the text of an erroneous line from the file
     * {@code filename} names, as CPython does.
     *
     * @throws ParseFailure with CPython's SyntaxError for a scope error
     * @throws RecursionLimitExceeded for a tree nested deeper than CPython compiles
     */
    public static SymbolTable build(Mod module, String filename) {
        return build(module, filename, SourceLines.ofFile(filename), 0);
    }

    /**
     * Builds the table of a module.
     *
     * @param lines where an error finds its line's text
     * @param inheritedFutureFlags {@code CO_FUTURE_*} flags in force before the module's own
     *     future imports (from {@code compile()}'s flags or the compiling code)
     * @throws ParseFailure with CPython's SyntaxError for a scope error or an unknown future feature
     * @throws RecursionLimitExceeded for a tree nested deeper than CPython compiles
     */
    public static SymbolTable build(Mod module, String filename, SourceLines lines, int inheritedFutureFlags) {
        try {
            return buildHere(module, filename, lines, inheritedFutureFlags);
        } catch (StackOverflowError e) {
            // Both passes recurse as deep as the tree; a thread's default Java stack may be too
            // small for what CPython accepts. Retry where there is room.
            return buildOnLargeStack(module, filename, lines, inheritedFutureFlags);
        }
    }

    private static SymbolTable buildHere(Mod module, String filename, SourceLines lines, int inheritedFutureFlags) {
        FutureFeatures future = FutureFeatures.of(module, filename, lines, inheritedFutureFlags);
        SymbolTableBuilder builder = new SymbolTableBuilder(filename, lines, future);
        Scope top = builder.visitModule(module);
        new ScopeAnalyzer(filename, lines).analyze(top);
        return new SymbolTable(filename, future, top, builder);
    }

    /** Java stack for the retry after a StackOverflowError: enough for {@link RecursionLimitExceeded#LIMIT} levels. */
    private static final long RETRY_STACK_BYTES = 1L << 30;

    private static SymbolTable buildOnLargeStack(Mod module, String filename, SourceLines lines, int inheritedFlags) {
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            try {
                outcome.set(buildHere(module, filename, lines, inheritedFlags));
            } catch (RuntimeException | StackOverflowError e) {
                outcome.set(e);
            }
        }, "pyxis-symtable", RETRY_STACK_BYTES);
        worker.start();
        boolean interrupted = false;
        while (true) {
            try {
                worker.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return switch (outcome.get()) {
            case SymbolTable table -> table;
            case RuntimeException e -> throw e;
            case StackOverflowError e -> throw new RecursionLimitExceeded();
            case null, default -> throw new IllegalStateException("symbol table thread ended without a result");
        };
    }

    public String filename() {
        return filename;
    }

    /** The future features of the module (the code generator checks misplaced future imports against them). */
    public FutureFeatures future() {
        return future;
    }

    /** The module's scope, named "top". CPython: st_top. */
    public Scope top() {
        return top;
    }

    /**
     * The scope a node opened: the module for the {@code Mod}; the function, class or type-alias
     * value scope for a {@code FunctionDef}, {@code AsyncFunctionDef}, {@code ClassDef} or
     * {@code TypeAlias}; the scope of a {@code Lambda} or comprehension. Null for any other node
     * (and for annotation scopes, which the code generator never needs). CPython:
     * _PySymtable_Lookup.
     */
    public Scope scopeOf(Node node) {
        return scopes.get(node);
    }

    /** The type-parameter scope of a generic {@code def}, {@code class} or {@code type} statement, or null. */
    public Scope typeParamsScopeOf(Stmt generic) {
        return typeParamScopes.get(generic);
    }

    /** The scope that evaluates a TypeVar's bound or constraints, or null. */
    public Scope boundScopeOf(TypeParam typeParam) {
        return boundScopes.get(typeParam);
    }

    /** The scope that evaluates a type parameter's default (PEP 696), or null. */
    public Scope defaultScopeOf(TypeParam typeParam) {
        return defaultScopes.get(typeParam);
    }

    /**
     * Private-name mangling: inside class {@code privateName}, {@code __spam} becomes
     * {@code _privateName__spam} (leading underscores of the class name dropped). Names ending in
     * two underscores, dotted names, and names in a class made only of underscores are left
     * alone. {@code privateName} null means "not in a class". CPython: _Py_Mangle.
     */
    public static String mangle(String privateName, String name) {
        if (privateName == null || name.length() < 2 || name.charAt(0) != '_' || name.charAt(1) != '_') {
            return name;
        }
        if (name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int start = 0;
        while (start < privateName.length() && privateName.charAt(start) == '_') {
            start++;
        }
        if (start == privateName.length()) {
            return name;
        }
        return "_" + privateName.substring(start) + name;
    }
}
