package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "F622",
    name = "multiple-starred-expressions",
    family = "pyflakes",
    summary = "An assignment target has two starred names.")
public final class MultipleStarredExpressions extends StatementRule {}
