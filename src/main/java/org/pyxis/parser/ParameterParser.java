package org.pyxis.parser;

import java.util.ArrayList;
import java.util.List;
import org.pyxis.parser.ast.Arg;
import org.pyxis.parser.ast.Arguments;
import org.pyxis.parser.ast.Expr;

/**
 * The parameters of {@code def} ({@link #params()}) and {@code lambda} ({@link #lambdaParams()}),
 * with their {@code invalid_*} rules. CPython's grammar spells the two lists out twice; here one
 * implementation serves both, told apart by a {@code lambda} flag: a lambda parameter has no
 * annotation, a parameter list ends at ':' instead of ')', and {@code *args: *Ts} exists only in
 * {@code def}.
 */
abstract class ParameterParser extends StringParser {
    ParameterParser(Tokenizer tokenizer, String filename) {
        super(tokenizer, filename);
    }

    /** A parameter and its default value, null when it has none (CPython: NameDefaultPair). */
    private record NameDefault(Arg arg, Expr value) {}

    /** The parameters from '*' on (CPython: StarEtc). */
    private record StarEtc(Arg vararg, List<NameDefault> kwonly, Arg kwarg) {}

    /** Positional-only parameters some of which have defaults (CPython: SlashWithDefault). */
    private record SlashWithDefault(List<Arg> plain, List<NameDefault> withDefaults) {}

    /** CPython: _PyPegen_empty_arguments. */
    static Arguments emptyArguments() {
        return new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    }

    /** params: invalid_parameters | parameters — the parameter list of a {@code def}. */
    final Arguments params() {
        enter();
        try {
            if (callInvalidRules) {
                invalidParameters(false);
            }
            return parameters(false);
        } finally {
            leave();
        }
    }

    /** lambda_params: invalid_lambda_parameters | lambda_parameters. */
    final Arguments lambdaParams() {
        enter();
        try {
            if (callInvalidRules) {
                invalidParameters(true);
            }
            return parameters(true);
        } finally {
            leave();
        }
    }

    /**
     * parameters:
     *     | slash_no_default param_no_default* param_with_default* [star_etc]
     *     | slash_with_default param_with_default* [star_etc]
     *     | param_no_default+ param_with_default* [star_etc]
     *     | param_with_default+ [star_etc]
     *     | star_etc
     */
    private Arguments parameters(boolean lambda) {
        enter();
        try {
            List<Arg> slash = slashNoDefault(lambda);
            if (slash != null) {
                List<Arg> plain = paramsNoDefault(lambda);
                List<NameDefault> withDefault = paramsWithDefault(lambda);
                return makeArguments(slash, null, plain, withDefault, starEtc(lambda));
            }
            SlashWithDefault slashWithDefault = slashWithDefault(lambda);
            if (slashWithDefault != null) {
                List<NameDefault> withDefault = paramsWithDefault(lambda);
                return makeArguments(null, slashWithDefault, List.of(), withDefault, starEtc(lambda));
            }
            List<Arg> plain = paramsNoDefault(lambda);
            if (!plain.isEmpty()) {
                List<NameDefault> withDefault = paramsWithDefault(lambda);
                return makeArguments(null, null, plain, withDefault, starEtc(lambda));
            }
            List<NameDefault> withDefault = paramsWithDefault(lambda);
            if (!withDefault.isEmpty()) {
                return makeArguments(null, null, List.of(), withDefault, starEtc(lambda));
            }
            StarEtc star = starEtc(lambda);
            if (star != null) {
                return makeArguments(null, null, List.of(), List.of(), star);
            }
            return null;
        } finally {
            leave();
        }
    }

    /** CPython: _PyPegen_make_arguments. */
    private static Arguments makeArguments(List<Arg> slashNoDefault, SlashWithDefault slashWithDefault,
            List<Arg> plain, List<NameDefault> withDefault, StarEtc star) {
        List<Arg> posonly = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        if (slashNoDefault != null) {
            posonly.addAll(slashNoDefault);
        } else if (slashWithDefault != null) {
            posonly.addAll(slashWithDefault.plain());
            for (NameDefault nd : slashWithDefault.withDefaults()) {
                posonly.add(nd.arg());
                defaults.add(nd.value());
            }
        }
        List<Arg> args = new ArrayList<>(plain);
        for (NameDefault nd : withDefault) {
            args.add(nd.arg());
            defaults.add(nd.value());
        }
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg vararg = null;
        Arg kwarg = null;
        if (star != null) {
            vararg = star.vararg();
            kwarg = star.kwarg();
            for (NameDefault nd : star.kwonly()) {
                kwonly.add(nd.arg());
                kwDefaults.add(nd.value());
            }
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    private boolean atClose(boolean lambda) {
        return at(lambda ? TokenKind.COLON : TokenKind.RPAR);
    }

    /** param: NAME annotation? (a lambda_param is a bare NAME). */
    private Arg param(boolean lambda) {
        enter();
        try {
            Token n = expectName();
            if (n == null) {
                return null;
            }
            Expr annotation = null;
            if (!lambda) {
                int m = mark();
                enter(); // annotation: ':' expression
                try {
                    if (expect(TokenKind.COLON) != null) {
                        annotation = expression();
                        if (annotation == null) {
                            reset(m);
                        }
                    }
                } finally {
                    leave();
                }
            }
            Token e = end();
            return new Arg(n.text(), annotation, null, n.lineno(), n.colOffset(), e.endLineno(), e.endColOffset());
        } finally {
            leave();
        }
    }

    /** param_no_default: param ',' | param &')' */
    private Arg paramNoDefault(boolean lambda) {
        enter();
        try {
            int m = mark();
            Arg a = param(lambda);
            if (a != null && (expect(TokenKind.COMMA) != null || atClose(lambda))) {
                return a;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    private List<Arg> paramsNoDefault(boolean lambda) {
        enter(); // the helper rule for the repetition
        try {
            List<Arg> list = new ArrayList<>();
            for (Arg a; (a = paramNoDefault(lambda)) != null; ) {
                list.add(a);
            }
            return list;
        } finally {
            leave();
        }
    }

    /**
     * param_no_default_star_annotation: param_star_annotation (',' | &')') — {@code *args: *Ts};
     * param_star_annotation: NAME star_annotation; star_annotation: ':' star_expression.
     */
    private Arg paramNoDefaultStarAnnotation() {
        enter();
        enter(); // param_star_annotation
        try {
            int m = mark();
            Token n = expectName();
            if (n != null) {
                Expr annotation;
                enter(); // star_annotation
                try {
                    annotation = expect(TokenKind.COLON) != null ? starExpression() : null;
                } finally {
                    leave();
                }
                if (annotation != null) {
                    Token e = end();
                    Arg a = new Arg(n.text(), annotation, null, n.lineno(), n.colOffset(), e.endLineno(),
                            e.endColOffset());
                    if (expect(TokenKind.COMMA) != null || at(TokenKind.RPAR)) {
                        return a;
                    }
                }
            }
            reset(m);
            return null;
        } finally {
            leave();
            leave();
        }
    }

    /** param_with_default: param default ',' | param default &')' */
    private NameDefault paramWithDefault(boolean lambda) {
        enter();
        try {
            int m = mark();
            Arg a = param(lambda);
            if (a != null) {
                Expr value = defaultValue();
                if (value != null && (expect(TokenKind.COMMA) != null || atClose(lambda))) {
                    return new NameDefault(a, value);
                }
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    private List<NameDefault> paramsWithDefault(boolean lambda) {
        enter(); // the helper rule for the repetition
        try {
            List<NameDefault> list = new ArrayList<>();
            for (NameDefault nd; (nd = paramWithDefault(lambda)) != null; ) {
                list.add(nd);
            }
            return list;
        } finally {
            leave();
        }
    }

    /** param_maybe_default: param default? ',' | param default? &')' */
    private NameDefault paramMaybeDefault(boolean lambda) {
        enter();
        try {
            int m = mark();
            Arg a = param(lambda);
            if (a != null) {
                Expr value = defaultValue();
                if (expect(TokenKind.COMMA) != null || atClose(lambda)) {
                    return new NameDefault(a, value);
                }
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    private List<NameDefault> paramsMaybeDefault(boolean lambda) {
        enter(); // the helper rule for the repetition
        try {
            List<NameDefault> list = new ArrayList<>();
            for (NameDefault nd; (nd = paramMaybeDefault(lambda)) != null; ) {
                list.add(nd);
            }
            return list;
        } finally {
            leave();
        }
    }

    /** default: '=' expression | invalid_default */
    private Expr defaultValue() {
        enter();
        try {
            int m = mark();
            if (expect(TokenKind.EQUAL) != null) {
                Expr e = expression();
                if (e != null) {
                    return e;
                }
                reset(m);
            }
            if (callInvalidRules) {
                // invalid_default: '=' &(')'|',')
                Token eq = expect(TokenKind.EQUAL);
                if (eq != null && (at(TokenKind.RPAR) || at(TokenKind.COMMA))) {
                    throw syntaxErrorAt(eq, "expected default value expression");
                }
                reset(m);
            }
            return null;
        } finally {
            leave();
        }
    }

    /** slash_no_default: param_no_default+ '/' ',' | param_no_default+ '/' &')' */
    private List<Arg> slashNoDefault(boolean lambda) {
        enter();
        try {
            int m = mark();
            List<Arg> a = paramsNoDefault(lambda);
            if (!a.isEmpty() && expect(TokenKind.SLASH) != null
                    && (expect(TokenKind.COMMA) != null || atClose(lambda))) {
                return a;
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /** slash_with_default: param_no_default* param_with_default+ '/' (',' | &')') */
    private SlashWithDefault slashWithDefault(boolean lambda) {
        enter();
        try {
            int m = mark();
            List<Arg> plain = paramsNoDefault(lambda);
            List<NameDefault> withDefault = paramsWithDefault(lambda);
            if (!withDefault.isEmpty() && expect(TokenKind.SLASH) != null
                    && (expect(TokenKind.COMMA) != null || atClose(lambda))) {
                return new SlashWithDefault(plain, withDefault);
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    /**
     * star_etc:
     *     | invalid_star_etc
     *     | '*' param_no_default param_maybe_default* [kwds]
     *     | '*' param_no_default_star_annotation param_maybe_default* [kwds]   (def only)
     *     | '*' ',' param_maybe_default+ [kwds]
     *     | kwds
     */
    private StarEtc starEtc(boolean lambda) {
        enter();
        try {
            if (callInvalidRules) {
                invalidStarEtc(lambda);
            }
            int m = mark();
            if (expect(TokenKind.STAR) != null) {
                int afterStar = mark();
                Arg vararg = paramNoDefault(lambda);
                if (vararg == null && !lambda) {
                    vararg = paramNoDefaultStarAnnotation();
                }
                if (vararg != null) {
                    List<NameDefault> kwonly = paramsMaybeDefault(lambda);
                    return new StarEtc(vararg, kwonly, kwds(lambda));
                }
                reset(afterStar);
                if (expect(TokenKind.COMMA) != null) {
                    List<NameDefault> kwonly = paramsMaybeDefault(lambda);
                    if (!kwonly.isEmpty()) {
                        return new StarEtc(null, kwonly, kwds(lambda));
                    }
                }
                reset(m);
            }
            Arg kwarg = kwds(lambda);
            if (kwarg != null) {
                return new StarEtc(null, List.of(), kwarg);
            }
            return null;
        } finally {
            leave();
        }
    }

    /** kwds: invalid_kwds | '**' param_no_default */
    private Arg kwds(boolean lambda) {
        enter();
        try {
            if (callInvalidRules) {
                invalidKwds(lambda);
            }
            int m = mark();
            if (expect(TokenKind.DOUBLESTAR) != null) {
                Arg a = paramNoDefault(lambda);
                if (a != null) {
                    return a;
                }
            }
            reset(m);
            return null;
        } finally {
            leave();
        }
    }

    // ---- invalid rules (second pass) ----

    /**
     * invalid_parameters / invalid_lambda_parameters:
     *     | "/" ','
     *     | (slash_no_default | slash_with_default) param_maybe_default* '/'
     *     | slash_no_default? param_no_default* invalid_parameters_helper param_no_default
     *     | param_no_default* '(' param_no_default+ ','? ')'          (lambda: ','.lambda_param+)
     *     | (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default)
     *       param_maybe_default* '/'
     *     | param_maybe_default+ '/' '*'
     */
    private void invalidParameters(boolean lambda) {
        enter();
        try {
            int m = mark();
            Token slash = expect(TokenKind.SLASH);
            if (slash != null && at(TokenKind.COMMA)) {
                throw syntaxErrorAt(slash, "at least one argument must precede /");
            }
            reset(m);

            if (slashNoDefaultOrWithDefault(lambda)) {
                paramsMaybeDefault(lambda);
                Token again = expect(TokenKind.SLASH);
                if (again != null) {
                    throw syntaxErrorAt(again, "/ may appear only once");
                }
            }
            reset(m);

            slashNoDefault(lambda);
            paramsNoDefault(lambda);
            // invalid_parameters_helper: slash_with_default | param_with_default+
            if (group(() -> slashWithDefault(lambda) != null || !paramsWithDefault(lambda).isEmpty())) {
                Arg a = paramNoDefault(lambda);
                if (a != null) {
                    throw syntaxErrorAt(a, "parameter without a default follows parameter with a default");
                }
            }
            reset(m);

            paramsNoDefault(lambda);
            Token lpar = expect(TokenKind.LPAR);
            if (lpar != null) {
                boolean some;
                if (lambda) {
                    // ','.lambda_param+
                    some = param(true) != null;
                    while (some) {
                        int beforeComma = mark();
                        if (expect(TokenKind.COMMA) == null || param(true) == null) {
                            reset(beforeComma);
                            break;
                        }
                    }
                } else {
                    some = !paramsNoDefault(false).isEmpty();
                }
                if (some) {
                    expect(TokenKind.COMMA);
                    Token rpar = expect(TokenKind.RPAR);
                    if (rpar != null) {
                        throw syntaxErrorRange(lpar, rpar, lambda
                                ? "Lambda expression parameters cannot be parenthesized"
                                : "Function parameters cannot be parenthesized");
                    }
                }
            }
            reset(m);

            slashNoDefaultOrWithDefault(lambda);
            paramsMaybeDefault(lambda);
            if (expect(TokenKind.STAR) != null
                    && (expect(TokenKind.COMMA) != null || paramNoDefault(lambda) != null)) {
                paramsMaybeDefault(lambda);
                Token s = expect(TokenKind.SLASH);
                if (s != null) {
                    throw syntaxErrorAt(s, "/ must be ahead of *");
                }
            }
            reset(m);

            if (!paramsMaybeDefault(lambda).isEmpty() && expect(TokenKind.SLASH) != null) {
                Token star = expect(TokenKind.STAR);
                if (star != null) {
                    throw syntaxErrorAt(star, "expected comma between / and *");
                }
            }
            reset(m);
        } finally {
            leave();
        }
    }

    /** (slash_no_default | slash_with_default), a group: true if one matched. */
    private boolean slashNoDefaultOrWithDefault(boolean lambda) {
        return group(() -> slashNoDefault(lambda) != null || slashWithDefault(lambda) != null);
    }

    /**
     * invalid_star_etc:
     *     | '*' (')' | ',' (')' | '**'))            (lambda: ':' for ')', and no location)
     *     | '*' param '='
     *     | '*' (param_no_default | ',') param_maybe_default* '*' (param_no_default | ',')
     */
    private void invalidStarEtc(boolean lambda) {
        enter();
        try {
            int m = mark();
            Token star = expect(TokenKind.STAR);
            if (star == null) {
                return;
            }
            TokenKind close = lambda ? TokenKind.COLON : TokenKind.RPAR;
            boolean bare = at(close);
            if (!bare && expect(TokenKind.COMMA) != null) {
                bare = at(close) || at(TokenKind.DOUBLESTAR);
            }
            if (bare) {
                if (lambda) {
                    throw syntaxError("named arguments must follow bare *");
                }
                throw syntaxErrorAt(star, "named arguments must follow bare *");
            }
            reset(m);

            expect(TokenKind.STAR);
            if (param(lambda) != null) {
                Token eq = expect(TokenKind.EQUAL);
                if (eq != null) {
                    throw syntaxErrorAt(eq, "var-positional argument cannot have default value");
                }
            }
            reset(m);

            expect(TokenKind.STAR);
            if (paramNoDefault(lambda) != null || expect(TokenKind.COMMA) != null) {
                paramsMaybeDefault(lambda);
                Token again = expect(TokenKind.STAR);
                if (again != null && (paramNoDefault(lambda) != null || expect(TokenKind.COMMA) != null)) {
                    throw syntaxErrorAt(again, "* argument may appear only once");
                }
            }
            reset(m);
        } finally {
            leave();
        }
    }

    /**
     * invalid_kwds:
     *     | '**' param '='
     *     | '**' param ',' param
     *     | '**' param ',' ('*'|'**'|'/')
     */
    private void invalidKwds(boolean lambda) {
        enter();
        try {
            int m = mark();
            if (expect(TokenKind.DOUBLESTAR) == null || param(lambda) == null) {
                reset(m);
                return;
            }
            Token eq = expect(TokenKind.EQUAL);
            if (eq != null) {
                throw syntaxErrorAt(eq, "var-keyword argument cannot have default value");
            }
            if (expect(TokenKind.COMMA) != null) {
                Arg next = param(lambda);
                if (next != null) {
                    throw syntaxErrorAt(next, "arguments cannot follow var-keyword argument");
                }
                Token t = peek();
                if (t.kind() == TokenKind.STAR || t.kind() == TokenKind.DOUBLESTAR || t.kind() == TokenKind.SLASH) {
                    throw syntaxErrorAt(t, "arguments cannot follow var-keyword argument");
                }
            }
            reset(m);
        } finally {
            leave();
        }
    }
}
