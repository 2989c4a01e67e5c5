package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "F706",
    name = "return-outside-function",
    family = "pyflakes",
    summary = "A return statement is outside a function.")
public final class ReturnOutsideFunction extends StatementRule {}
