package dev.pyvet.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressDisplayTest {
  @Test
  void onlyOnATerminalAndOnlyForFormatsPeopleRead() {
    assertThat(ProgressDisplay.wanted(null, 0, true, "xterm-256color")).isTrue();
    assertThat(ProgressDisplay.wanted(OutputFormat.CONCISE, 0, true, null)).isTrue();
    assertThat(ProgressDisplay.wanted(OutputFormat.FULL, 1, true, "xterm")).isTrue();
    assertThat(ProgressDisplay.wanted(null, 0, false, "xterm")).isFalse();
    assertThat(ProgressDisplay.wanted(null, 2, true, "xterm")).isFalse();
    assertThat(ProgressDisplay.wanted(null, 0, true, "dumb")).isFalse();
    for (OutputFormat machine : new OutputFormat[] {OutputFormat.JSON, OutputFormat.JSON_LINES,
        OutputFormat.SARIF, OutputFormat.JUNIT, OutputFormat.GITHUB}) {
      assertThat(ProgressDisplay.wanted(machine, 0, true, "xterm")).as(machine.optionName()).isFalse();
    }
  }

  @Test
  void aShortRunShowsNothing() throws InterruptedException {
    StringWriter err = new StringWriter();
    ProgressDisplay p = new ProgressDisplay(new PrintWriter(err), 60_000, 10).started();
    p.fileFound();
    p.fileChecked();
    p.stop();
    Thread.sleep(50);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aLongRunShowsTheCountThenErasesItWhenStopped() throws InterruptedException {
    StringWriter err = new StringWriter();
    ProgressDisplay p = new ProgressDisplay(new PrintWriter(err), 0, 5).started();
    for (int i = 0; i < 3; i++) {
      p.fileFound();
    }
    p.fileChecked();
    long deadline = System.currentTimeMillis() + 10_000;
    while (!err.toString().contains("checked 1 of 3 files") && System.currentTimeMillis() < deadline) {
      Thread.sleep(5);
    }
    p.stop();
    String shown = err.toString();
    assertThat(shown).startsWith("\r\033[Kpyvet: checked 1 of 3 files").endsWith("\r\033[K");
    Thread.sleep(30);
    assertThat(err.toString()).isEqualTo(shown); // nothing after the erase
  }

  @Test
  void stderrOfTheTestRunIsNotATerminalUnlessToldSo() {
    System.setProperty("pyvet.stderrIsTerminal", "true");
    try {
      assertThat(ProgressDisplay.stderrIsTerminal()).isTrue();
    } finally {
      System.clearProperty("pyvet.stderrIsTerminal");
    }
    System.setProperty("pyvet.stderrIsTerminal", "false");
    try {
      assertThat(ProgressDisplay.stderrIsTerminal()).isFalse();
    } finally {
      System.clearProperty("pyvet.stderrIsTerminal");
    }
  }
}
