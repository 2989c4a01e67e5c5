package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "F508",
    name = "percent-format-star-requires-sequence",
    family = "pyflakes",
    summary = "A `%` format uses a `*` width or precision with named placeholders.")
public final class PercentFormatStarRequiresSequence extends StringFormatRule.Percent {}
