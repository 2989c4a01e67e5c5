package dev.pyvet.cli.output;

import dev.pyvet.core.check.Linter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A one-line count of the files checked so far, on stderr, for runs long enough to leave the
 * user wondering: it appears only after {@link #DELAY_MILLIS}, is redrawn in place a few times a
 * second and is erased by {@link #stop()}, which {@code pyvet check} calls before it prints any
 * finding, so the line never mixes with the findings, even when both go to the same terminal.
 *
 * <p>Whether to show it at all is {@link #wanted}'s decision: only on a terminal, and never with
 * a machine-readable format or {@code -qq}.
 */
public final class ProgressDisplay implements Linter.Progress {
  /** Runs shorter than this show nothing. */
  public static final long DELAY_MILLIS = 1_000;

  private static final long REDRAW_MILLIS = 200;
  /** Carriage return, then ANSI "erase to the end of the line". */
  private static final String CLEAR_LINE = "\r\033[K";

  private final PrintWriter err;
  private final long delayMillis;
  private final long redrawMillis;
  private final AtomicInteger found = new AtomicInteger();
  private final AtomicInteger checked = new AtomicInteger();
  private final Object lock = new Object();
  private boolean stopped;
  private boolean shown;
  private Thread painter;

  ProgressDisplay(PrintWriter err, long delayMillis, long redrawMillis) {
    this.err = err;
    this.delayMillis = delayMillis;
    this.redrawMillis = redrawMillis;
  }

  /** Starts counting; the line appears after {@link #DELAY_MILLIS} unless stopped first. */
  public static ProgressDisplay start(PrintWriter err) {
    return new ProgressDisplay(err, DELAY_MILLIS, REDRAW_MILLIS).started();
  }

  ProgressDisplay started() {
    painter = Thread.ofPlatform().daemon().name("pyvet-progress").start(this::paint);
    return this;
  }

  /**
   * Whether to show progress: stderr is a terminal that understands cursor movement (TERM not
   * "dumb"), the format is for people (not json, json-lines, sarif, junit or github, which tools
   * read and whose logs should stay clean) and {@code -qq} did not ask for silence.
   *
   * @param format the output format, null for the default (concise)
   */
  public static boolean wanted(OutputFormat format, int quiet, boolean stderrIsTerminal, String term) {
    if (!stderrIsTerminal || quiet >= 2 || "dumb".equals(term)) {
      return false;
    }
    return format == null || !format.isMachineReadable();
  }

  /**
   * Whether this process's stderr is a terminal. Java has no direct test for stderr, so: the
   * {@code pyvet.stderrIsTerminal} property when the launcher set it (the {@code ./pyvet} script
   * tests {@code [ -t 2 ]}), else where file descriptor 2 leads on Linux, else no.
   */
  public static boolean stderrIsTerminal() {
    String told = System.getProperty("pyvet.stderrIsTerminal");
    if (told != null) {
      return Boolean.parseBoolean(told);
    }
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  @Override
  public void fileFound() {
    found.incrementAndGet();
  }

  @Override
  public void fileChecked() {
    checked.incrementAndGet();
  }

  private void paint() {
    try {
      Thread.sleep(delayMillis);
      while (true) {
        synchronized (lock) {
          if (stopped) {
            return;
          }
          err.print(CLEAR_LINE + line());
          err.flush();
          shown = true;
        }
        Thread.sleep(redrawMillis);
      }
    } catch (InterruptedException e) {
      // stopped
    }
  }

  String line() {
    return "pyvet: checked " + checked.get() + " of " + found.get() + " files";
  }

  /** Stops the display and erases its line, if it was shown; call before printing findings. */
  public void stop() {
    synchronized (lock) {
      if (stopped) {
        return;
      }
      stopped = true;
      if (shown) {
        err.print(CLEAR_LINE);
        err.flush();
      }
    }
    if (painter != null) {
      painter.interrupt();
    }
  }
}
