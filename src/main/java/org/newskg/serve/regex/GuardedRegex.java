package org.newskg.serve.regex;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.sse.Tags;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL {@code REGEX(text, pattern, flags)} with the same answers as Jena's {@link E_Regex}
 * (java.util.regex, the same flags), evaluated on {@link BudgetedChars}: the match stops at the
 * query timeout and after {@link RegexGuard#MAX_READS} character reads, and patterns and texts
 * longer than {@link RegexGuard#MAX_PATTERN} and {@link RegexGuard#MAX_TEXT} are refused.
 */
final class GuardedRegex extends ExprFunctionN {
    private final Pattern constant;

    GuardedRegex(ExprList args) {
        super(Tags.tagRegex, args);
        Expr p = args.get(1);
        Expr f = args.size() > 2 ? args.get(2) : null;
        Pattern c = null;
        if (p.isConstant() && p.getConstant().isString() && (f == null || f.isConstant())) {
            c = RegexGuard.compile("REGEX", p.getConstant(), f == null ? null : f.getConstant());
        }
        this.constant = c;
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        return match(args, env == null ? null : env.getContext());
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        return match(args, null);
    }

    private NodeValue match(List<NodeValue> args, Context cxt) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
        Pattern p = constant != null
                ? constant
                : RegexGuard.compile("REGEX", args.get(1), args.size() > 2 ? args.get(2) : null);
        String s = text.getLiteralLexicalForm();
        if (s.length() > RegexGuard.MAX_TEXT) {
            throw new ExprEvalException("REGEX: text longer than " + RegexGuard.MAX_TEXT + " characters");
        }
        return NodeValue.booleanReturn(
                p.matcher(RegexGuard.chars("REGEX", s, cxt)).find());
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new GuardedRegex(newArgs);
    }
}
