package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "F702",
    name = "continue-outside-loop",
    family = "pyflakes",
    summary = "A continue statement is outside any loop.")
public final class ContinueOutsideLoop extends StatementRule {}
