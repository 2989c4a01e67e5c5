package dev.pyvet.core.rule;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's metadata, written on its class. The explanation lives beside the class as a Markdown
 * resource named after the code (for example {@code E501.md} in the class's package).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
  /** The code users select and ignore, e.g. {@code E501}. */
  String code();

  /** A kebab-case name, accepted wherever codes are, e.g. {@code line-too-long}. */
  String name();

  /** The family the code belongs to, e.g. {@code pycodestyle}. */
  String family();

  /** One sentence: what the rule reports. */
  String summary();

  /** Whether the rule is on without being selected. */
  boolean defaultEnabled() default true;

  FixAvailability fix() default FixAvailability.NONE;
}
