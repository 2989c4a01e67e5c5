package dev.pyvet.core.rule;

/** Whether a rule can fix what it finds, and how safely. */
public enum FixAvailability {
  /** The rule only reports. */
  NONE,
  /** The fix never changes what the program does. */
  SAFE,
  /** The fix may change behaviour; applied only when the user asks for unsafe fixes. */
  UNSAFE
}
