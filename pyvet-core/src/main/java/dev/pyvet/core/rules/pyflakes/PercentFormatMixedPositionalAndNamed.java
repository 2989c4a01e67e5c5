package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "F506",
    name = "percent-format-mixed-positional-and-named",
    family = "pyflakes",
    summary = "A `%` format mixes positional and named placeholders.")
public final class PercentFormatMixedPositionalAndNamed extends StringFormatRule.Percent {}
