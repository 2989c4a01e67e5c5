package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "F522",
    name = "string-dot-format-extra-named-arguments",
    family = "pyflakes",
    summary = "A `str.format` call passes keyword arguments no field uses.")
public final class StringDotFormatExtraNamedArguments extends StringFormatRule.DotFormat {}
