package org.newskg.serve.regex;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.E_StrReplace;
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
 * SPARQL {@code REPLACE(text, pattern, replacement, flags)} like Jena's {@link E_StrReplace}, on
 * {@link BudgetedChars} (see {@link GuardedRegex}); the result keeps the text's language tag.
 */
final class GuardedReplace extends ExprFunctionN {
    private final Pattern constant;

    GuardedReplace(ExprList args) {
        super(Tags.tagReplace, args);
        Expr p = args.get(1);
        Expr f = args.size() > 3 ? args.get(3) : null;
        Pattern c = null;
        if (p.isConstant() && p.getConstant().isString() && (f == null || f.isConstant())) {
            c = RegexGuard.compile("REPLACE", p.getConstant(), f == null ? null : f.getConstant());
        }
        this.constant = c;
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        return replace(args, env == null ? null : env.getContext());
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        return replace(args, null);
    }

    private NodeValue replace(List<NodeValue> args, Context cxt) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
        Pattern p = constant != null
                ? constant
                : RegexGuard.compile("REPLACE", args.get(1), args.size() > 3 ? args.get(3) : null);
        if (!args.get(2).isString()) {
            throw new ExprEvalException("REPLACE: replacement is not a string: " + args.get(2));
        }
        if (p.matcher("").matches()) {
            // as XPath fn:replace: a pattern matching the empty string is an error
            throw new ExprEvalException("REPLACE: pattern matches the empty string: " + p.pattern());
        }
        String s = text.getLiteralLexicalForm();
        if (s.length() > RegexGuard.MAX_TEXT) {
            throw new ExprEvalException("REPLACE: text longer than " + RegexGuard.MAX_TEXT + " characters");
        }
        Matcher m = p.matcher(RegexGuard.chars("REPLACE", s, cxt));
        String out;
        try {
            out = m.replaceAll(args.get(2).getString());
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new ExprEvalException("REPLACE: bad replacement: " + e.getMessage());
        }
        String lang = text.getLiteralLanguage();
        return NodeValue.makeNode(
                lang == null || lang.isEmpty()
                        ? NodeFactory.createLiteralDT(out, text.getLiteralDatatype())
                        : NodeFactory.createLiteralLang(out, lang));
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new GuardedReplace(newArgs);
    }
}
