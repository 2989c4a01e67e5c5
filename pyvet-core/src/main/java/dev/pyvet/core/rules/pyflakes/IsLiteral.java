package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "F632",
    name = "is-literal",
    family = "pyflakes",
    summary = "A str, bytes, number or tuple literal is compared with is or is not.")
public final class IsLiteral extends StatementRule {}
