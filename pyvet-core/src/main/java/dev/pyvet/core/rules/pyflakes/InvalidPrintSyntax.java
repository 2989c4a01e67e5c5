package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "F633",
    name = "invalid-print-syntax",
    family = "pyflakes",
    summary = "The print function is used with >> as in Python 2.")
public final class InvalidPrintSyntax extends StatementRule {}
