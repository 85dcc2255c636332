package org.pyxis.compiler.symtable;

import static org.pyxis.compiler.symtable.Symbol.DEF_ANNOT;
import static org.pyxis.compiler.symtable.Symbol.DEF_COMP_ITER;
import static org.pyxis.compiler.symtable.Symbol.DEF_GLOBAL;
import static org.pyxis.compiler.symtable.Symbol.DEF_IMPORT;
import static org.pyxis.compiler.symtable.Symbol.DEF_LOCAL;
import static org.pyxis.compiler.symtable.Symbol.DEF_NONLOCAL;
import static org.pyxis.compiler.symtable.Symbol.DEF_PARAM;
import static org.pyxis.compiler.symtable.Symbol.DEF_TYPE_PARAM;
import static org.pyxis.compiler.symtable.Symbol.USE;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.pyxis.parser.ParseFailure;
import org.pyxis.parser.SyntaxProblem;
import org.pyxis.parser.ast.Alias;
import org.pyxis.parser.ast.Arg;
import org.pyxis.parser.ast.Arguments;
import org.pyxis.parser.ast.Comprehension;
import org.pyxis.parser.ast.ExceptHandler;
import org.pyxis.parser.ast.Expr;
import org.pyxis.parser.ast.ExprContext;
import org.pyxis.parser.ast.Keyword;
import org.pyxis.parser.ast.Located;
import org.pyxis.parser.ast.MatchCase;
import org.pyxis.parser.ast.Mod;
import org.pyxis.parser.ast.Node;
import org.pyxis.parser.ast.Pattern;
import org.pyxis.parser.ast.Stmt;
import org.pyxis.parser.ast.TypeParam;
import org.pyxis.parser.ast.WithItem;

/**
 * The first pass: walks the tree once, opening a {@link Scope} for each block and recording in it
 * every name with how the block uses it. Errors that need only what has been seen so far (a
 * {@code global} after a use, a duplicate parameter, a walrus in a comprehension's iterable...)
 * are raised here; the rest wait for {@link ScopeAnalyzer}. CPython: the {@code symtable_visit_*}
 * functions of {@code symtable.c}.
 *
 * <p>One builder serves one {@link SymbolTable#build} call on one thread.
 */
final class SymbolTableBuilder {
    private final String filename;
    private final SourceLines lines;
    private final FutureFeatures future;

    /** CPython: st_stack, st_cur, st_top. */
    private final List<Scope> stack = new ArrayList<>();
    private Scope cur;
    private Scope top;
    /** The innermost enclosing class name, for mangling. CPython: st_private. */
    private String privateName;
    /** Nested statement, expression and pattern visits. CPython: st->recursion_depth. */
    private int depth;

    // CPython: st_blocks, split by the role of the key.
    final Map<Node, Scope> scopes = new IdentityHashMap<>();
    final Map<Stmt, Scope> typeParamScopes = new IdentityHashMap<>();
    final Map<TypeParam, Scope> boundScopes = new IdentityHashMap<>();
    final Map<TypeParam, Scope> defaultScopes = new IdentityHashMap<>();

    SymbolTableBuilder(String filename, SourceLines lines, FutureFeatures future) {
        this.filename = filename;
        this.lines = lines;
        this.future = future;
    }

    /** CPython: _PySymtable_Build, before the analysis. */
    Scope visitModule(Mod module) {
        enterBlock("top", Scope.Kind.MODULE, module, 0, 0, 0, 0);
        top = cur;
        scopes.put(module, top);
        switch (module) {
            case Mod.Module m -> visitStmts(m.body());
            case Mod.Interactive m -> visitStmts(m.body());
            case Mod.Expression m -> visitExpr(m.body());
            case Mod.FunctionType m -> throw new IllegalArgumentException("this compiler does not handle FunctionTypes");
        }
        exitBlock();
        return top;
    }

    // ---- scopes ----

    /** CPython: symtable_enter_block. */
    private void enterBlock(String name, Scope.Kind kind, Node node, int lineno, int col, int endLineno, int endCol) {
        Scope prev = cur;
        Scope scope = new Scope(kind, name, node, prev, lineno, col, endLineno, endCol);
        stack.add(scope);
        if (prev != null) {
            // bpo-37757: a walrus is refused anywhere inside a comprehension's iterable expression.
            scope.compIterExpr = prev.compIterExpr;
            // A class mangles every private name, so it does not inherit the restricted set.
            if (prev.mangledNames != null && kind != Scope.Kind.CLASS) {
                scope.mangledNames = prev.mangledNames;
            }
        }
        cur = scope;
        // Annotation scopes (under "from __future__ import annotations") compile to strings: they
        // are built, so that their errors are raised, but hang off no parent and are never analysed.
        if (kind != Scope.Kind.ANNOTATION && prev != null) {
            prev.children.add(scope);
        }
    }

    private void enterBlock(String name, Scope.Kind kind, Node node, Located at) {
        enterBlock(name, kind, node, at.lineno(), at.colOffset(), at.endLineno(), at.endColOffset());
    }

    /** CPython: symtable_exit_block. */
    private void exitBlock() {
        stack.removeLast();
        cur = stack.isEmpty() ? null : stack.getLast();
    }

    // ---- recording names ----

    private void addDef(String name, int flag, Located at) {
        addDef(name, flag, at.lineno(), at.colOffset(), at.endLineno(), at.endColOffset());
    }

    /** CPython: symtable_add_def. */
    private void addDef(String name, int flag, int lineno, int col, int endLineno, int endCol) {
        if ((flag & DEF_TYPE_PARAM) != 0 && cur.mangledNames != null) {
            cur.mangledNames.add(name);
        }
        addDefIn(cur, name, flag, lineno, col, endLineno, endCol);
    }

    /** CPython: symtable_add_def_helper. Errors name the identifier as written, not mangled. */
    private void addDefIn(Scope scope, String name, int flag, int lineno, int col, int endLineno, int endCol) {
        String mangled = cur.mangle(privateName, name);
        Symbol symbol = scope.symbols.get(mangled);
        int flags = flag;
        if (symbol != null) {
            if ((flag & DEF_PARAM) != 0 && symbol.hasFlag(DEF_PARAM)) {
                throw error("duplicate argument '" + name + "' in function definition", lineno, col, endLineno, endCol);
            }
            if ((flag & DEF_TYPE_PARAM) != 0 && symbol.hasFlag(DEF_TYPE_PARAM)) {
                throw error("duplicate type parameter '" + name + "'", lineno, col, endLineno, endCol);
            }
            flags |= symbol.flags;
        }
        if (scope.compIterTarget) {
            // An iteration variable of a comprehension: it must not be a walrus target seen earlier.
            if ((flags & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
                throw error("comprehension inner loop cannot rebind assignment expression target '" + name + "'",
                        lineno, col, endLineno, endCol);
            }
            flags |= DEF_COMP_ITER;
        }
        if (symbol == null) {
            scope.symbols.put(mangled, new Symbol(mangled, scope, flags));
        } else {
            symbol.flags = flags;
        }
        if ((flag & DEF_PARAM) != 0) {
            scope.varnames.add(mangled);
        } else if ((flag & DEF_GLOBAL) != 0) {
            Symbol global = top.symbols.get(mangled);
            if (global == null) {
                top.symbols.put(mangled, new Symbol(mangled, top, flag));
            } else {
                global.flags |= flag;
            }
        }
    }

    /** The flags of a name in a scope so far; 0 if absent. CPython: symtable_lookup_entry. */
    private int lookup(Scope scope, String name) {
        Symbol s = scope.symbols.get(scope.mangle(privateName, name));
        return s == null ? 0 : s.flags;
    }

    /** CPython: symtable_record_directive. */
    private void recordDirective(String name, Located at) {
        cur.directives.add(new Scope.Directive(cur.mangle(privateName, name), at.lineno(), at.colOffset(),
                at.endLineno(), at.endColOffset()));
    }

    // ---- errors ----

    private ParseFailure error(String message, Located at) {
        return error(message, at.lineno(), at.colOffset(), at.endLineno(), at.endColOffset());
    }

    /**
     * A SyntaxError placed as CPython's symbol table places it: offsets are the node's UTF-8
     * byte columns plus one (CPython passes {@code col_offset + 1} without converting to
     * characters), and the text is read back through {@link SourceLines}.
     */
    private ParseFailure error(String message, int lineno, int col, int endLineno, int endCol) {
        return new ParseFailure(new SyntaxProblem(SyntaxProblem.Kind.SYNTAX_ERROR, message, filename, lineno,
                col + 1, endLineno, endCol + 1, lines.line(lineno)));
    }

    /** CPython: symtable_raise_if_annotation_block. */
    private void refuseInAnnotationScope(String what, Expr e) {
        String where = switch (cur.kind()) {
            case ANNOTATION -> "an annotation";
            case TYPE_VARIABLE -> cur.scopeInfo;
            case TYPE_ALIAS -> "a type alias";
            case TYPE_PARAMETERS -> "the definition of a generic";
            default -> null;
        };
        if (where != null) {
            throw error(what + " cannot be used within " + where, e);
        }
    }

    // ---- statements ----

    private void visitStmts(List<Stmt> body) {
        for (Stmt s : body) {
            visitStmt(s);
        }
    }

    /** CPython: symtable_visit_stmt. */
    private void visitStmt(Stmt stmt) {
        enterNode();
        visitStmtKind(stmt);
        depth--;
    }

    /** CPython: the recursion check at the top of each symtable_visit_* function. */
    private void enterNode() {
        if (++depth > RecursionLimitExceeded.LIMIT) {
            throw new RecursionLimitExceeded();
        }
    }

    private void visitStmtKind(Stmt stmt) {
        switch (stmt) {
            case Stmt.FunctionDef s ->
                    visitFunctionDef(s, s.name(), s.args(), s.body(), s.decoratorList(), s.returns(), s.typeParams(), false);
            case Stmt.AsyncFunctionDef s ->
                    visitFunctionDef(s, s.name(), s.args(), s.body(), s.decoratorList(), s.returns(), s.typeParams(), true);
            case Stmt.ClassDef s -> visitClassDef(s);
            case Stmt.Return s -> {
                if (s.value() != null) {
                    visitExpr(s.value());
                    cur.returnsValue = true;
                }
            }
            case Stmt.Delete s -> visitExprs(s.targets());
            case Stmt.Assign s -> {
                visitExprs(s.targets());
                visitExpr(s.value());
            }
            case Stmt.TypeAlias s -> visitTypeAlias(s);
            case Stmt.AugAssign s -> {
                visitExpr(s.target());
                visitExpr(s.value());
            }
            case Stmt.AnnAssign s -> visitAnnAssign(s);
            case Stmt.For s -> visitFor(s.target(), s.iter(), s.body(), s.orelse());
            case Stmt.AsyncFor s -> visitFor(s.target(), s.iter(), s.body(), s.orelse());
            case Stmt.While s -> {
                visitExpr(s.test());
                visitStmts(s.body());
                visitStmts(s.orelse());
            }
            case Stmt.If s -> {
                visitExpr(s.test());
                visitStmts(s.body());
                visitStmts(s.orelse());
            }
            case Stmt.Match s -> {
                visitExpr(s.subject());
                for (MatchCase c : s.cases()) {
                    visitPattern(c.pattern());
                    if (c.guard() != null) {
                        visitExpr(c.guard());
                    }
                    visitStmts(c.body());
                }
            }
            case Stmt.Raise s -> {
                visitOptional(s.exc());
                visitOptional(s.cause());
            }
            case Stmt.Try s -> visitTry(s.body(), s.handlers(), s.orelse(), s.finalbody());
            case Stmt.TryStar s -> visitTry(s.body(), s.handlers(), s.orelse(), s.finalbody());
            case Stmt.Assert s -> {
                visitExpr(s.test());
                visitOptional(s.msg());
            }
            case Stmt.Import s -> s.names().forEach(this::visitAlias);
            case Stmt.ImportFrom s -> s.names().forEach(this::visitAlias);
            case Stmt.Global s -> visitDeclaration(s, s.names(), DEF_GLOBAL);
            case Stmt.Nonlocal s -> visitDeclaration(s, s.names(), DEF_NONLOCAL);
            case Stmt.Expr s -> visitExpr(s.value());
            case Stmt.Pass s -> { }
            case Stmt.Break s -> { }
            case Stmt.Continue s -> { }
            case Stmt.With s -> visitWith(s.items(), s.body());
            case Stmt.AsyncWith s -> visitWith(s.items(), s.body());
        }
    }

    private void visitFunctionDef(Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
            Expr returns, List<TypeParam> typeParams, boolean isAsync) {
        addDef(name, DEF_LOCAL, s);
        visitExprs(args.defaults());
        visitOptionals(args.kwDefaults());
        visitExprs(decorators);
        boolean generic = !typeParams.isEmpty();
        if (generic) {
            // CPython tests args->defaults for NULL, which the parser never leaves it: always true.
            enterTypeParamBlock(name, s, true, hasKwonlyDefaults(args), false);
            typeParams.forEach(this::visitTypeParam);
        }
        visitAnnotations(s, args, returns);
        enterBlock(name, Scope.Kind.FUNCTION, s, s);
        scopes.put(s, cur);
        if (isAsync) {
            cur.coroutine = true;
        }
        visitArguments(args);
        visitStmts(body);
        exitBlock();
        if (generic) {
            exitBlock();
        }
    }

    private static boolean hasKwonlyDefaults(Arguments args) {
        for (Expr d : args.kwDefaults()) {
            if (d != null) {
                return true;
            }
        }
        return false;
    }

    private void visitClassDef(Stmt.ClassDef s) {
        addDef(s.name(), DEF_LOCAL, s);
        visitExprs(s.decoratorList());
        String outerPrivate = privateName;
        boolean generic = !s.typeParams().isEmpty();
        if (generic) {
            enterTypeParamBlock(s.name(), s, false, false, true);
            privateName = s.name();
            // In the type-parameter scope of a class only the type parameters are mangled.
            cur.mangledNames = new HashSet<>();
            s.typeParams().forEach(this::visitTypeParam);
        }
        visitExprs(s.bases());
        for (Keyword k : s.keywords()) {
            visitExpr(k.value());
        }
        enterBlock(s.name(), Scope.Kind.CLASS, s, s);
        scopes.put(s, cur);
        privateName = s.name();
        if (generic) {
            addDef("__type_params__", DEF_LOCAL, s);
            addDef(".type_params", USE, s);
        }
        visitStmts(s.body());
        exitBlock();
        if (generic) {
            exitBlock();
        }
        privateName = outerPrivate;
    }

    private void visitTypeAlias(Stmt.TypeAlias s) {
        visitExpr(s.name());
        String name = ((Expr.Name) s.name()).id();
        boolean inClass = cur.kind() == Scope.Kind.CLASS;
        boolean generic = !s.typeParams().isEmpty();
        if (generic) {
            enterTypeParamBlock(name, s, false, false, false);
            s.typeParams().forEach(this::visitTypeParam);
        }
        enterBlock(name, Scope.Kind.TYPE_ALIAS, s, s);
        scopes.put(s, cur);
        cur.canSeeClassScope = inClass;
        if (inClass) {
            addDef("__classdict__", USE, s.value());
        }
        visitExpr(s.value());
        exitBlock();
        if (generic) {
            exitBlock();
        }
    }

    /** CPython: symtable_enter_type_param_block. */
    private void enterTypeParamBlock(String name, Stmt generic, boolean hasDefaults, boolean hasKwDefaults,
            boolean isClass) {
        Scope.Kind enclosing = cur.kind();
        enterBlock(name, Scope.Kind.TYPE_PARAMETERS, generic, generic);
        typeParamScopes.put(generic, cur);
        if (enclosing == Scope.Kind.CLASS) {
            cur.canSeeClassScope = true;
            addDef("__classdict__", USE, generic);
        }
        if (isClass) {
            // .type_params is set when the tuple of parameters is made and used for the bases;
            // .generic_base holds Generic[...] while the bases are built.
            addDef(".type_params", DEF_LOCAL, generic);
            addDef(".type_params", USE, generic);
            addDef(".generic_base", DEF_LOCAL, generic);
            addDef(".generic_base", USE, generic);
        }
        if (hasDefaults) {
            addDef(".defaults", DEF_PARAM, generic);
        }
        if (hasKwDefaults) {
            addDef(".kwdefaults", DEF_PARAM, generic);
        }
    }

    /** CPython: symtable_visit_type_param. */
    private void visitTypeParam(TypeParam tp) {
        switch (tp) {
            case TypeParam.TypeVar t -> {
                addDef(t.name(), DEF_TYPE_PARAM | DEF_LOCAL, tp);
                String info = t.bound() instanceof Expr.Tuple ? "a TypeVar constraint" : "a TypeVar bound";
                visitBoundOrDefault(t.bound(), t.name(), tp, boundScopes, info);
                visitBoundOrDefault(t.defaultValue(), t.name(), tp, defaultScopes, "a TypeVar default");
            }
            case TypeParam.TypeVarTuple t -> {
                addDef(t.name(), DEF_TYPE_PARAM | DEF_LOCAL, tp);
                visitBoundOrDefault(t.defaultValue(), t.name(), tp, defaultScopes, "a TypeVarTuple default");
            }
            case TypeParam.ParamSpec t -> {
                addDef(t.name(), DEF_TYPE_PARAM | DEF_LOCAL, tp);
                visitBoundOrDefault(t.defaultValue(), t.name(), tp, defaultScopes, "a ParamSpec default");
            }
        }
    }

    /** CPython: symtable_visit_type_param_bound_or_default. */
    private void visitBoundOrDefault(Expr e, String name, TypeParam tp, Map<TypeParam, Scope> registry, String info) {
        if (e == null) {
            return;
        }
        boolean inClass = cur.canSeeClassScope;
        enterBlock(name, Scope.Kind.TYPE_VARIABLE, tp, e);
        registry.put(tp, cur);
        cur.canSeeClassScope = inClass;
        if (inClass) {
            addDef("__classdict__", USE, e);
        }
        cur.scopeInfo = info;
        visitExpr(e);
        exitBlock();
    }

    private void visitAnnAssign(Stmt.AnnAssign s) {
        if (s.target() instanceof Expr.Name target) {
            int flags = lookup(cur, target.id());
            if ((flags & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && cur != top && s.simple() != 0) {
                String message = (flags & DEF_GLOBAL) != 0 ? "annotated name '%s' can't be global"
                        : "annotated name '%s' can't be nonlocal";
                throw error(message.formatted(target.id()), s);
            }
            if (s.simple() != 0) {
                addDef(target.id(), DEF_ANNOT | DEF_LOCAL, target);
            } else if (s.value() != null) {
                addDef(target.id(), DEF_LOCAL, target);
            }
        } else {
            visitExpr(s.target());
        }
        visitAnnotation(s.annotation());
        visitOptional(s.value());
    }

    private void visitFor(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) {
        visitExpr(target);
        visitExpr(iter);
        visitStmts(body);
        visitStmts(orelse);
    }

    private void visitTry(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) {
        visitStmts(body);
        for (ExceptHandler h : handlers) {
            visitOptional(h.type());
            if (h.name() != null) {
                addDef(h.name(), DEF_LOCAL, h);
            }
            visitStmts(h.body());
        }
        visitStmts(orelse);
        visitStmts(finalbody);
    }

    private void visitWith(List<WithItem> items, List<Stmt> body) {
        for (WithItem item : items) {
            visitExpr(item.contextExpr());
            visitOptional(item.optionalVars());
        }
        visitStmts(body);
    }

    /** The {@code global} and {@code nonlocal} statements. */
    private void visitDeclaration(Stmt s, List<String> names, int flag) {
        boolean global = flag == DEF_GLOBAL;
        for (String name : names) {
            int flags = lookup(cur, name);
            if ((flags & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                String message;
                if ((flags & DEF_PARAM) != 0) {
                    message = global ? "name '%s' is parameter and global" : "name '%s' is parameter and nonlocal";
                } else if ((flags & USE) != 0) {
                    message = global ? "name '%s' is used prior to global declaration"
                            : "name '%s' is used prior to nonlocal declaration";
                } else if ((flags & DEF_ANNOT) != 0) {
                    message = global ? "annotated name '%s' can't be global" : "annotated name '%s' can't be nonlocal";
                } else {
                    message = global ? "name '%s' is assigned to before global declaration"
                            : "name '%s' is assigned to before nonlocal declaration";
                }
                throw error(message.formatted(name), s);
            }
            addDef(name, flag, s);
            recordDirective(name, s);
        }
    }

    /** CPython: symtable_visit_alias. */
    private void visitAlias(Alias a) {
        String name = a.asname() == null ? a.name() : a.asname();
        if (name.equals("*")) {
            if (cur.kind() != Scope.Kind.MODULE) {
                throw error("import * only allowed at module level", a);
            }
            return;
        }
        int dot = name.indexOf('.');
        addDef(dot >= 0 ? name.substring(0, dot) : name, DEF_IMPORT, a);
    }

    // ---- parameters and annotations ----

    /** CPython: symtable_visit_arguments. */
    private void visitArguments(Arguments a) {
        visitParams(a.posonlyargs());
        visitParams(a.args());
        visitParams(a.kwonlyargs());
        if (a.vararg() != null) {
            addDef(a.vararg().arg(), DEF_PARAM, a.vararg());
            cur.varargs = true;
        }
        if (a.kwarg() != null) {
            addDef(a.kwarg().arg(), DEF_PARAM, a.kwarg());
            cur.varkeywords = true;
        }
    }

    private void visitParams(List<Arg> params) {
        for (Arg p : params) {
            addDef(p.arg(), DEF_PARAM, p);
        }
    }

    /** CPython: symtable_visit_annotations: a function's parameter and return annotations. */
    private void visitAnnotations(Stmt def, Arguments a, Expr returns) {
        boolean stringified = future.annotations();
        if (stringified) {
            enterBlock("_annotation", Scope.Kind.ANNOTATION, def, def);
        }
        visitArgAnnotations(a.posonlyargs());
        visitArgAnnotations(a.args());
        if (a.vararg() != null) {
            visitOptional(a.vararg().annotation());
        }
        if (a.kwarg() != null) {
            visitOptional(a.kwarg().annotation());
        }
        visitArgAnnotations(a.kwonlyargs());
        if (stringified) {
            exitBlock();
        }
        if (returns != null) {
            visitAnnotation(returns);
        }
    }

    private void visitArgAnnotations(List<Arg> args) {
        for (Arg a : args) {
            visitOptional(a.annotation());
        }
    }

    /** CPython: symtable_visit_annotation. */
    private void visitAnnotation(Expr annotation) {
        boolean stringified = future.annotations();
        if (stringified) {
            enterBlock("_annotation", Scope.Kind.ANNOTATION, annotation, annotation);
        }
        visitExpr(annotation);
        if (stringified) {
            exitBlock();
        }
    }

    // ---- expressions ----

    private void visitExprs(List<Expr> exprs) {
        for (Expr e : exprs) {
            visitExpr(e);
        }
    }

    /** A list whose elements may be absent (dict keys, keyword-only defaults). CPython: VISIT_SEQ_WITH_NULL. */
    private void visitOptionals(List<Expr> exprs) {
        for (Expr e : exprs) {
            visitOptional(e);
        }
    }

    private void visitOptional(Expr e) {
        if (e != null) {
            visitExpr(e);
        }
    }

    /** CPython: symtable_visit_expr. */
    private void visitExpr(Expr expr) {
        enterNode();
        visitExprKind(expr);
        depth--;
    }

    private void visitExprKind(Expr expr) {
        switch (expr) {
            case Expr.NamedExpr e -> {
                refuseInAnnotationScope("named expression", e);
                visitNamedExpr(e);
            }
            case Expr.BoolOp e -> visitExprs(e.values());
            case Expr.BinOp e -> {
                visitExpr(e.left());
                visitExpr(e.right());
            }
            case Expr.UnaryOp e -> visitExpr(e.operand());
            case Expr.Lambda e -> {
                visitExprs(e.args().defaults());
                visitOptionals(e.args().kwDefaults());
                enterBlock("lambda", Scope.Kind.FUNCTION, e, e);
                scopes.put(e, cur);
                visitArguments(e.args());
                visitExpr(e.body());
                exitBlock();
            }
            case Expr.IfExp e -> {
                visitExpr(e.test());
                visitExpr(e.body());
                visitExpr(e.orelse());
            }
            case Expr.Dict e -> {
                visitOptionals(e.keys());
                visitExprs(e.values());
            }
            case Expr.Set e -> visitExprs(e.elts());
            case Expr.GeneratorExp e -> visitComprehension(e, "genexpr", Scope.ComprehensionKind.GENERATOR, e.generators(),
                    e.elt(), null);
            case Expr.ListComp e -> visitComprehension(e, "listcomp", Scope.ComprehensionKind.LIST, e.generators(),
                    e.elt(), null);
            case Expr.SetComp e -> visitComprehension(e, "setcomp", Scope.ComprehensionKind.SET, e.generators(),
                    e.elt(), null);
            case Expr.DictComp e -> visitComprehension(e, "dictcomp", Scope.ComprehensionKind.DICT, e.generators(),
                    e.key(), e.value());
            case Expr.Yield e -> {
                refuseInAnnotationScope("yield expression", e);
                visitOptional(e.value());
                markGenerator(e);
            }
            case Expr.YieldFrom e -> {
                refuseInAnnotationScope("yield expression", e);
                visitExpr(e.value());
                markGenerator(e);
            }
            case Expr.Await e -> {
                refuseInAnnotationScope("await expression", e);
                visitExpr(e.value());
                cur.coroutine = true;
            }
            case Expr.Compare e -> {
                visitExpr(e.left());
                visitExprs(e.comparators());
            }
            case Expr.Call e -> {
                visitExpr(e.func());
                visitExprs(e.args());
                for (Keyword k : e.keywords()) {
                    visitExpr(k.value());
                }
            }
            case Expr.FormattedValue e -> {
                visitExpr(e.value());
                visitOptional(e.formatSpec());
            }
            case Expr.JoinedStr e -> visitExprs(e.values());
            case Expr.Constant e -> { }
            case Expr.Attribute e -> visitExpr(e.value());
            case Expr.Subscript e -> {
                visitExpr(e.value());
                visitExpr(e.slice());
            }
            case Expr.Starred e -> visitExpr(e.value());
            case Expr.Slice e -> {
                visitOptional(e.lower());
                visitOptional(e.upper());
                visitOptional(e.step());
            }
            case Expr.Name e -> visitName(e);
            case Expr.List e -> visitExprs(e.elts());
            case Expr.Tuple e -> visitExprs(e.elts());
        }
    }

    private void visitName(Expr.Name e) {
        boolean load = e.ctx() == ExprContext.Load;
        addDef(e.id(), load ? USE : DEF_LOCAL, e);
        // super() needs the __class__ cell of the enclosing class: a plain "super" read counts as a use.
        if (load && cur.isFunctionLike() && e.id().equals("super")) {
            addDef("__class__", USE, e);
        }
    }

    /** After a {@code yield} or {@code yield from}. */
    private void markGenerator(Expr e) {
        cur.generator = true;
        String message = switch (cur.comprehension()) {
            case NONE -> null;
            case LIST -> "'yield' inside list comprehension";
            case SET -> "'yield' inside set comprehension";
            case DICT -> "'yield' inside dict comprehension";
            case GENERATOR -> "'yield' inside generator expression";
        };
        if (message != null) {
            throw error(message, e);
        }
    }

    /** CPython: symtable_handle_comprehension. */
    private void visitComprehension(Expr e, String name, Scope.ComprehensionKind kind, List<Comprehension> generators,
            Expr elt, Expr value) {
        Comprehension outermost = generators.get(0);
        // The outermost iterable is evaluated in the enclosing scope and passed in as ".0".
        cur.compIterExpr++;
        visitExpr(outermost.iter());
        cur.compIterExpr--;
        enterBlock(name, Scope.Kind.FUNCTION, e, e);
        scopes.put(e, cur);
        cur.comprehension = kind;
        if (outermost.isAsync() != 0) {
            cur.coroutine = true;
        }
        addDef(".0", DEF_PARAM, e.lineno(), e.colOffset(), e.endLineno(), e.endColOffset());
        cur.compIterTarget = true;
        visitExpr(outermost.target());
        cur.compIterTarget = false;
        visitExprs(outermost.ifs());
        for (int i = 1; i < generators.size(); i++) {
            Comprehension g = generators.get(i);
            cur.compIterTarget = true;
            visitExpr(g.target());
            cur.compIterTarget = false;
            cur.compIterExpr++;
            visitExpr(g.iter());
            cur.compIterExpr--;
            visitExprs(g.ifs());
            if (g.isAsync() != 0) {
                cur.coroutine = true;
            }
        }
        visitOptional(value);
        visitExpr(elt);
        boolean generatorExp = kind == Scope.ComprehensionKind.GENERATOR;
        cur.generator = generatorExp;
        boolean async = cur.coroutine && !generatorExp;
        exitBlock();
        // An asynchronous list/set/dict comprehension makes its enclosing scope asynchronous too;
        // whether that scope may be is the code generator's question.
        if (async) {
            cur.coroutine = true;
        }
    }

    /** CPython: symtable_handle_namedexpr. */
    private void visitNamedExpr(Expr.NamedExpr e) {
        if (cur.compIterExpr > 0) {
            throw error("assignment expression cannot be used in a comprehension iterable expression", e);
        }
        if (cur.comprehension() != Scope.ComprehensionKind.NONE) {
            extendNamedExprScope((Expr.Name) e.target());
        }
        visitExpr(e.value());
        visitExpr(e.target());
    }

    /**
     * A walrus inside a comprehension binds in the nearest enclosing function or module, as if
     * declared nonlocal (or global) in each comprehension in between. CPython:
     * symtable_extend_namedexpr_scope.
     */
    private void extendNamedExprScope(Expr.Name target) {
        String name = target.id();
        for (int i = stack.size() - 1; i >= 0; i--) {
            Scope scope = stack.get(i);
            if (scope.comprehension() != Scope.ComprehensionKind.NONE) {
                if ((lookup(scope, name) & DEF_COMP_ITER) != 0) {
                    throw error("assignment expression cannot rebind comprehension iteration variable '" + name + "'",
                            target);
                }
                continue;
            }
            switch (scope.kind()) {
                case FUNCTION -> {
                    int flag = (lookup(scope, name) & DEF_GLOBAL) != 0 ? DEF_GLOBAL : DEF_NONLOCAL;
                    addDef(name, flag, target);
                    recordDirective(name, target);
                    addDefIn(scope, name, DEF_LOCAL, target.lineno(), target.colOffset(), target.endLineno(),
                            target.endColOffset());
                    return;
                }
                case MODULE -> {
                    addDef(name, DEF_GLOBAL, target);
                    recordDirective(name, target);
                    addDefIn(scope, name, DEF_GLOBAL, target.lineno(), target.colOffset(), target.endLineno(),
                            target.endColOffset());
                    return;
                }
                case CLASS -> throw error(
                        "assignment expression within a comprehension cannot be used in a class body", target);
                case TYPE_PARAMETERS -> throw error("assignment expression within a comprehension cannot be used "
                        + "within the definition of a generic", target);
                case TYPE_ALIAS -> throw error(
                        "assignment expression within a comprehension cannot be used in a type alias", target);
                case TYPE_VARIABLE -> throw error(
                        "assignment expression within a comprehension cannot be used in a TypeVar bound", target);
                case ANNOTATION -> { }
            }
        }
        throw new IllegalStateException("no scope for the assignment expression target " + name);
    }

    // ---- patterns ----

    /** CPython: symtable_visit_pattern. */
    private void visitPattern(Pattern pattern) {
        enterNode();
        visitPatternKind(pattern);
        depth--;
    }

    private void visitPatternKind(Pattern pattern) {
        switch (pattern) {
            case Pattern.MatchValue p -> visitExpr(p.value());
            case Pattern.MatchSingleton p -> { }
            case Pattern.MatchSequence p -> p.patterns().forEach(this::visitPattern);
            case Pattern.MatchStar p -> {
                if (p.name() != null) {
                    addDef(p.name(), DEF_LOCAL, p);
                }
            }
            case Pattern.MatchMapping p -> {
                visitExprs(p.keys());
                p.patterns().forEach(this::visitPattern);
                if (p.rest() != null) {
                    addDef(p.rest(), DEF_LOCAL, p);
                }
            }
            case Pattern.MatchClass p -> {
                visitExpr(p.cls());
                p.patterns().forEach(this::visitPattern);
                p.kwdPatterns().forEach(this::visitPattern);
            }
            case Pattern.MatchAs p -> {
                if (p.pattern() != null) {
                    visitPattern(p.pattern());
                }
                if (p.name() != null) {
                    addDef(p.name(), DEF_LOCAL, p);
                }
            }
            case Pattern.MatchOr p -> p.patterns().forEach(this::visitPattern);
        }
    }
}
