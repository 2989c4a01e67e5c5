package dev.pyvet.core.rules.pyflakes.format;

/** A format string Python would reject; the message is the text pyflakes prints for it. */
public final class InvalidFormatString extends Exception {
  public InvalidFormatString(String message) {
    super(message, null, false, false);
  }
}
