package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "F509",
    name = "percent-format-unsupported-format-character",
    family = "pyflakes",
    summary = "A `%` format has a conversion character Python does not know.")
public final class PercentFormatUnsupportedFormatCharacter extends StringFormatRule.Percent {}
