package dev.pyvet.core.rule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A rule's metadata, read from its {@link RuleInfo}, and its explanation, read from its Markdown
 * resource when asked for: every run reads every rule's metadata, but only {@code pyvet rule} and
 * a few output formats read explanations, and reading some 200 resources from the jar is a
 * noticeable part of a run that takes its findings from the cache.
 */
public record RuleMeta(
    String code,
    String name,
    String family,
    String summary,
    boolean defaultEnabled,
    FixAvailability fix,
    Class<?> ruleClass) {

  /** The sections every explanation has, in this order. */
  public static final java.util.List<String> SECTIONS =
      java.util.List.of("## What it does", "## Why is this bad?", "## Example", "## Fix");

  /**
   * Reads the metadata of {@code ruleClass}.
   *
   * @throws IllegalArgumentException when the class has no {@link RuleInfo}
   */
  public static RuleMeta of(Class<?> ruleClass) {
    RuleInfo info = ruleClass.getAnnotation(RuleInfo.class);
    if (info == null) {
      throw new IllegalArgumentException(ruleClass.getName() + " has no @RuleInfo");
    }
    return new RuleMeta(
        info.code(),
        info.name(),
        info.family(),
        info.summary(),
        info.defaultEnabled(),
        info.fix(),
        ruleClass);
  }

  /** The Markdown resource {@code CODE.md} next to the rule's class, or null when missing. */
  public String explanation() {
    try (InputStream in = ruleClass.getResourceAsStream(code + ".md")) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
