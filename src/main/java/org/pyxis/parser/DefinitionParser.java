package org.pyxis.parser;

import java.util.ArrayList;
import java.util.List;
import org.pyxis.parser.ast.Arguments;
import org.pyxis.parser.ast.Expr;
import org.pyxis.parser.ast.Stmt;
import org.pyxis.parser.ast.TypeParam;

/**
 * Function and class definitions: decorators, {@code def} and {@code async def} with their
 * parameters (the parameter rules are the expression parser's {@link #params()}), {@code class}
 * with its bases, and the type parameter lists of PEP 695 with the defaults of PEP 696, with their
 * {@code invalid_*} rules. A decorated definition keeps the position of its {@code def} or
 * {@code class} keyword, as in CPython.
 */
abstract class DefinitionParser extends SimpleStatementParser {
    static final int R_TYPE_PARAM = 602;

    private static final Arguments NO_ARGUMENTS =
            new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());

    DefinitionParser(Tokenizer tokenizer, String filename) {
        super(tokenizer, filename);
    }

    // ---- decorators and classes ----

    /** decorators: ('@' named_expression NEWLINE)+. Null when there is none. */
    private List<Expr> decorators() {
        enter();
        enter(); // CPython's _loop1 helper
        try {
            List<Expr> list = null;
            while (true) {
                int mark = pos;
                Expr d = null;
                enter(); // CPython's _tmp helper
                try {
                    if (expect(TokenKind.AT) != null) {
                        d = namedExpression();
                        if (d != null && expect(TokenKind.NEWLINE) == null) {
                            d = null;
                        }
                    }
                } finally {
                    leave();
                }
                if (d == null) {
                    reset(mark);
                    break;
                }
                if (list == null) {
                    list = new ArrayList<>();
                }
                list.add(d);
            }
            return list;
        } finally {
            leave();
            leave();
        }
    }

    /** class_def: decorators class_def_raw | class_def_raw. */
    Stmt classDef() {
        enter();
        try {
            int mark = pos;
            List<Expr> decorators = decorators();
            if (decorators != null) {
                Stmt.ClassDef c = classDefRaw();
                if (c != null) {
                    return new Stmt.ClassDef(c.name(), c.bases(), c.keywords(), c.body(), decorators,
                            c.typeParams(), c.lineno(), c.colOffset(), c.endLineno(), c.endColOffset());
                }
            }
            reset(mark);
            Stmt.ClassDef c = classDefRaw();
            if (c != null) {
                return c;
            }
            reset(mark);
            return null;
        } finally {
            leave();
        }
    }

    /**
     * class_def_raw: invalid_class_def_raw | 'class' NAME [type_params] ['(' [arguments] ')'] ':'
     * block.
     */
    private Stmt.ClassDef classDefRaw() {
        enter();
        try {
            int mark = pos;
            if (callInvalidRules) {
                invalidClassDefRaw();
                reset(mark);
            }
            Token start = expectKeyword("class");
            if (start == null) {
                return null;
            }
            Token n = expectName();
            if (n == null) {
                reset(mark);
                return null;
            }
            List<TypeParam> typeParams = optionalTypeParams();
            CallArguments bases = optionalClassArguments();
            if (expect(TokenKind.COLON) == null) {
                reset(mark);
                return null;
            }
            List<Stmt> body = block();
            if (body == null) {
                reset(mark);
                return null;
            }
            Token end = end();
            return new Stmt.ClassDef(n.text(), bases == null ? List.of() : bases.args(),
                    bases == null ? List.of() : bases.keywords(), body, List.of(), typeParams, start.lineno(),
                    start.colOffset(), end.endLineno(), end.endColOffset());
        } finally {
            leave();
        }
    }

    /** ['(' [arguments] ')']: the bases and keywords of a class, or null when absent. */
    private CallArguments optionalClassArguments() {
        enter(); // CPython's _tmp helper
        try {
            int mark = pos;
            if (expect(TokenKind.LPAR) != null) {
                int afterParen = pos;
                CallArguments args = arguments();
                if (args == null) {
                    reset(afterParen);
                    args = new CallArguments(List.of(), List.of());
                }
                if (expect(TokenKind.RPAR) != null) {
                    return args;
                }
            }
            reset(mark);
            return null;
        } finally {
            leave();
        }
    }

    // ---- functions ----

    /** function_def: decorators function_def_raw | function_def_raw. */
    Stmt functionDef() {
        enter();
        try {
            int mark = pos;
            List<Expr> decorators = decorators();
            if (decorators != null) {
                Stmt f = functionDefRaw();
                if (f != null) {
                    return withDecorators(f, decorators);
                }
            }
            reset(mark);
            Stmt f = functionDefRaw();
            if (f != null) {
                return f;
            }
            reset(mark);
            return null;
        } finally {
            leave();
        }
    }

    private static Stmt withDecorators(Stmt f, List<Expr> decorators) {
        if (f instanceof Stmt.FunctionDef d) {
            return new Stmt.FunctionDef(d.name(), d.args(), d.body(), decorators, d.returns(), d.typeComment(),
                    d.typeParams(), d.lineno(), d.colOffset(), d.endLineno(), d.endColOffset());
        }
        Stmt.AsyncFunctionDef d = (Stmt.AsyncFunctionDef) f;
        return new Stmt.AsyncFunctionDef(d.name(), d.args(), d.body(), decorators, d.returns(), d.typeComment(),
                d.typeParams(), d.lineno(), d.colOffset(), d.endLineno(), d.endColOffset());
    }

    /**
     * function_def_raw: invalid_def_raw | ['async'] 'def' NAME [type_params] '(' [params] ')'
     * ['->' expression] ':' [func_type_comment] block.
     */
    private Stmt functionDefRaw() {
        enter();
        try {
            int mark = pos;
            if (callInvalidRules) {
                Stmt s = invalidDefRaw();
                if (s != null) {
                    return s;
                }
                reset(mark);
            }
            Stmt s = functionDefRaw(false, false);
            if (s != null) {
                return s;
            }
            reset(mark);
            s = functionDefRaw(true, false);
            if (s != null) {
                return s;
            }
            reset(mark);
            return null;
        } finally {
            leave();
        }
    }

    /**
     * ['async'] 'def' NAME [type_params] '(' [params] ')' ['->' expression] ':' block; with
     * {@code forced}, the '(' and ':' are CPython's {@code &&'('} and {@code &&':'}, which raise
     * "expected '('" or "expected ':'" when missing (the second alternative of invalid_def_raw).
     */
    private Stmt functionDefRaw(boolean async, boolean forced) {
        Token start = peek();
        if (async && expectKeyword("async") == null) {
            return null;
        }
        if (expectKeyword("def") == null) {
            return null;
        }
        Token n = expectName();
        if (n == null) {
            return null;
        }
        List<TypeParam> typeParams = optionalTypeParams();
        if (forced) {
            expectForced(TokenKind.LPAR, "(");
        } else if (expect(TokenKind.LPAR) == null) {
            return null;
        }
        int afterParen = pos;
        Arguments args = params();
        if (args == null) {
            reset(afterParen);
            args = NO_ARGUMENTS;
        }
        if (expect(TokenKind.RPAR) == null) {
            return null;
        }
        Expr returns = optionalReturns();
        if (forced) {
            expectForced(TokenKind.COLON, ":");
        } else if (expect(TokenKind.COLON) == null) {
            return null;
        }
        List<Stmt> body = block();
        if (body == null) {
            return null;
        }
        Token end = end();
        if (async) {
            return new Stmt.AsyncFunctionDef(n.text(), args, body, List.of(), returns, null, typeParams,
                    start.lineno(), start.colOffset(), end.endLineno(), end.endColOffset());
        }
        return new Stmt.FunctionDef(n.text(), args, body, List.of(), returns, null, typeParams, start.lineno(),
                start.colOffset(), end.endLineno(), end.endColOffset());
    }

    /** ['->' expression]: a function's return annotation, or null. */
    private Expr optionalReturns() {
        enter(); // CPython's _tmp helper
        try {
            int mark = pos;
            if (expect(TokenKind.RARROW) != null) {
                Expr e = expression();
                if (e != null) {
                    return e;
                }
            }
            reset(mark);
            return null;
        } finally {
            leave();
        }
    }

    // ---- type parameters ----

    /** [type_params]: the type parameters, or an empty list when absent. */
    List<TypeParam> optionalTypeParams() {
        int mark = pos;
        List<TypeParam> typeParams = typeParams();
        if (typeParams == null) {
            reset(mark);
            return List.of();
        }
        return typeParams;
    }

    /** type_params: invalid_type_params | '[' type_param_seq ']'. */
    private List<TypeParam> typeParams() {
        enter();
        try {
            int mark = pos;
            if (callInvalidRules) {
                invalidTypeParams();
                reset(mark);
            }
            if (expect(TokenKind.LSQB) == null) {
                return null;
            }
            List<TypeParam> seq = typeParamSeq();
            if (seq == null || expect(TokenKind.RSQB) == null) {
                reset(mark);
                return null;
            }
            return seq;
        } finally {
            leave();
        }
    }

    /** type_param_seq: ','.type_param+ [',']. */
    private List<TypeParam> typeParamSeq() {
        enter();
        try {
            List<TypeParam> params = gather(this::typeParam);
            if (params == null) {
                return null;
            }
            expect(TokenKind.COMMA);
            return params;
        } finally {
            leave();
        }
    }

    /**
     * type_param (memo): NAME [type_param_bound] [type_param_default] | invalid_type_param | '*'
     * NAME [type_param_starred_default] | '**' NAME [type_param_default].
     */
    private TypeParam typeParam() {
        enter();
        try {
            int mark = pos;
            Memo m = memoLookup(R_TYPE_PARAM);
            if (m != null) {
                return (TypeParam) m.node();
            }
            return memoStore(R_TYPE_PARAM, mark, typeParamAlternatives(mark));
        } finally {
            leave();
        }
    }

    private TypeParam typeParamAlternatives(int mark) {
        Token start = peek();
        Token n = expectName();
        if (n != null) {
            Expr bound = prefixedExpression(TokenKind.COLON, false);
            Expr dflt = prefixedExpression(TokenKind.EQUAL, false);
            Token end = end();
            return new TypeParam.TypeVar(n.text(), bound, dflt, start.lineno(), start.colOffset(), end.endLineno(),
                    end.endColOffset());
        }
        reset(mark);
        if (callInvalidRules) {
            invalidTypeParam();
            reset(mark);
        }
        if (expect(TokenKind.STAR) != null) {
            n = expectName();
            if (n != null) {
                Expr dflt = prefixedExpression(TokenKind.EQUAL, true);
                Token end = end();
                return new TypeParam.TypeVarTuple(n.text(), dflt, start.lineno(), start.colOffset(), end.endLineno(),
                        end.endColOffset());
            }
        }
        reset(mark);
        if (expect(TokenKind.DOUBLESTAR) != null) {
            n = expectName();
            if (n != null) {
                Expr dflt = prefixedExpression(TokenKind.EQUAL, false);
                Token end = end();
                return new TypeParam.ParamSpec(n.text(), dflt, start.lineno(), start.colOffset(), end.endLineno(),
                        end.endColOffset());
            }
        }
        reset(mark);
        return null;
    }

    /**
     * type_param_bound (':' expression), type_param_default ('=' expression) and
     * type_param_starred_default ('=' star_expression): the expression, or null (position
     * restored) when absent.
     */
    private Expr prefixedExpression(TokenKind prefix, boolean starred) {
        enter();
        try {
            int mark = pos;
            if (expect(prefix) != null) {
                Expr e = starred ? starExpression() : expression();
                if (e != null) {
                    return e;
                }
            }
            reset(mark);
            return null;
        } finally {
            leave();
        }
    }

    // ---- invalid rules (second pass only) ----

    /**
     * invalid_class_def_raw: 'class' NAME [type_params] ['(' [arguments] ')'] NEWLINE | 'class'
     * NAME [type_params] ['(' [arguments] ')'] ':' NEWLINE !INDENT.
     */
    private void invalidClassDefRaw() {
        enter();
        try {
            int mark = pos;
            for (int alternative = 0; alternative < 2; alternative++) {
                reset(mark);
                Token a = expectKeyword("class");
                if (a == null || expectName() == null) {
                    return;
                }
                optionalTypeParams();
                optionalClassArguments();
                if (alternative == 0) {
                    if (expect(TokenKind.NEWLINE) != null) {
                        throw syntaxError("expected ':'");
                    }
                } else if (expect(TokenKind.COLON) != null && expect(TokenKind.NEWLINE) != null
                        && !at(TokenKind.INDENT)) {
                    throw indentationError(
                            "expected an indented block after class definition on line " + a.lineno());
                }
            }
        } finally {
            leave();
        }
    }

    /**
     * invalid_def_raw: ['async'] 'def' NAME [type_params] '(' [params] ')' ['->' expression] ':'
     * NEWLINE !INDENT | ['async'] 'def' NAME [type_params] &&'(' [params] ')' ['->' expression]
     * &&':' [func_type_comment] block. The second alternative, when it matches, makes CPython's
     * function_def_raw succeed with a placeholder; here it is the definition itself.
     */
    private Stmt invalidDefRaw() {
        enter();
        try {
            int mark = pos;
            expectKeyword("async");
            Token a = expectKeyword("def");
            if (a != null && expectName() != null) {
                optionalTypeParams();
                if (expect(TokenKind.LPAR) != null) {
                    int afterParen = pos;
                    if (params() == null) {
                        reset(afterParen);
                    }
                    if (expect(TokenKind.RPAR) != null) {
                        optionalReturns();
                        if (expect(TokenKind.COLON) != null && expect(TokenKind.NEWLINE) != null
                                && !at(TokenKind.INDENT)) {
                            throw indentationError(
                                    "expected an indented block after function definition on line " + a.lineno());
                        }
                    }
                }
            }
            reset(mark);
            boolean async = atKeyword("async");
            Stmt s = functionDefRaw(async, true);
            if (s == null) {
                reset(mark);
            }
            return s;
        } finally {
            leave();
        }
    }

    /** invalid_type_params: '[' ']'. */
    private void invalidTypeParams() {
        enter();
        try {
            if (expect(TokenKind.LSQB) != null) {
                Token close = expect(TokenKind.RSQB);
                if (close != null) {
                    throw syntaxErrorStartingFrom(close, "Type parameter list cannot be empty");
                }
            }
        } finally {
            leave();
        }
    }

    /** invalid_type_param: '*' NAME ':' expression | '**' NAME ':' expression. */
    private void invalidTypeParam() {
        enter();
        try {
            int mark = pos;
            for (TokenKind prefix : new TokenKind[] {TokenKind.STAR, TokenKind.DOUBLESTAR}) {
                reset(mark);
                if (expect(prefix) == null || expectName() == null) {
                    continue;
                }
                Token colon = expect(TokenKind.COLON);
                if (colon == null) {
                    continue;
                }
                Expr e = expression();
                if (e != null) {
                    String kind = prefix == TokenKind.STAR ? "TypeVarTuple" : "ParamSpec";
                    throw syntaxErrorStartingFrom(colon, e instanceof Expr.Tuple
                            ? "cannot use constraints with " + kind : "cannot use bound with " + kind);
                }
            }
            reset(mark);
        } finally {
            leave();
        }
    }
}
