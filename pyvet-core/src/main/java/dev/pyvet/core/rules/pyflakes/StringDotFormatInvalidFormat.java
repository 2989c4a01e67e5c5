package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "F521",
    name = "string-dot-format-invalid-format",
    family = "pyflakes",
    summary = "A `str.format` template does not parse.")
public final class StringDotFormatInvalidFormat extends StringFormatRule.DotFormat {}
