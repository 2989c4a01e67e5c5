package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "F701",
    name = "break-outside-loop",
    family = "pyflakes",
    summary = "A break statement is outside any loop.")
public final class BreakOutsideLoop extends StatementRule {}
