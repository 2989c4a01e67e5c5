package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "F523",
    name = "string-dot-format-extra-positional-arguments",
    family = "pyflakes",
    summary = "A `str.format` call passes positional arguments no field uses.")
public final class StringDotFormatExtraPositionalArguments extends StringFormatRule.DotFormat {}
