package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "F621",
    name = "expressions-in-star-assignment",
    family = "pyflakes",
    summary = "A starred assignment target has too many names before the star.")
public final class ExpressionsInStarAssignment extends StatementRule {}
