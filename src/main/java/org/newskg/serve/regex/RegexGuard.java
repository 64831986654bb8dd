package org.newskg.serve.regex;

import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.util.Context;

/**
 * Regular expressions in queries that cannot take a server down. Java's backtracking engine has no
 * deadline: {@code REGEX(?s, "(.*a){12}$")} on a 45-character literal ran on after the query timeout
 * and after the client left. {@link #install} makes every query run with a context (a dataset's)
 * rewrite {@code REGEX} and {@code REPLACE} into {@link GuardedRegex} and {@link GuardedReplace},
 * which read the text through a meter that honours the query's cancel signal and a step budget.
 *
 * <pre>{@code
 * RegexGuard.install(dataset.getContext());
 * }</pre>
 */
public final class RegexGuard {
    /** Longest pattern accepted. */
    public static final int MAX_PATTERN = 1_000;
    /** Longest text a regex is matched against (a news article is well under it). */
    public static final int MAX_TEXT = 1_000_000;
    /** Character reads one match may take: ~0.1-0.3 s of work, far above a sane pattern on MAX_TEXT. */
    public static final long MAX_READS = 50_000_000L;

    private RegexGuard() {}

    /** Query execution with {@code context} rewrites REGEX and REPLACE before Jena's usual optimisation. */
    public static void install(Context context) {
        RewriteFactory usual = Optimize.getFactory() != null ? Optimize.getFactory() : Optimize.stdOptimizationFactory;
        RewriteFactory guarded = cxt -> {
            var rewrite = usual.create(cxt);
            // before the usual rewrite, so constant folding evaluates the guarded form too
            return op -> rewrite.rewrite(guard(op));
        };
        context.set(ARQConstants.sysOptimizerFactory, guarded);
    }

    /** The operator with every REGEX and REPLACE replaced by its guarded form. */
    public static Op guard(Op op) {
        return Transformer.transform(
                new TransformCopy(),
                new ExprTransformCopy() {
                    @Override
                    public Expr transform(ExprFunctionN func, ExprList args) {
                        if (func instanceof E_Regex) {
                            return new GuardedRegex(args);
                        }
                        if (func instanceof E_StrReplace) {
                            return new GuardedReplace(args);
                        }
                        return super.transform(func, args);
                    }
                },
                op);
    }

    static java.util.regex.Pattern compile(String function, NodeValue pattern, NodeValue flags) {
        if (!pattern.isString()) {
            throw new ExprEvalException(function + ": pattern is not a string: " + pattern);
        }
        if (flags != null && !flags.isString()) {
            throw new ExprEvalException(function + ": flags are not a string: " + flags);
        }
        String p = pattern.getString();
        if (p.length() > MAX_PATTERN) {
            throw new ExprEvalException(function + ": pattern longer than " + MAX_PATTERN + " characters");
        }
        String f = flags == null ? null : flags.getString();
        if (f != null && !f.chars().allMatch(c -> "smixq".indexOf(c) >= 0)) {
            throw new ExprEvalException(function + ": only 'smixq' are legal as pattern flags, not \"" + f + "\"");
        }
        return RegexEngine.makePattern(function, p, f);
    }

    static CharSequence chars(String function, String text, Context cxt) {
        return new BudgetedChars(
                text, new BudgetedChars.Meter(function, MAX_READS, cxt == null ? null : Context.getCancelSignal(cxt)));
    }
}
