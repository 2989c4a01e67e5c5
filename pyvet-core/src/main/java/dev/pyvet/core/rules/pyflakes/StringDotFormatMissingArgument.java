package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "F524",
    name = "string-dot-format-missing-arguments",
    family = "pyflakes",
    summary = "A `str.format` template has fields the call passes no argument for.")
public final class StringDotFormatMissingArgument extends StringFormatRule.DotFormat {}
