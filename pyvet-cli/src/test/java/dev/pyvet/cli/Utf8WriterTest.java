package dev.pyvet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Utf8Writer writes the bytes the JDK's UTF-8 OutputStreamWriter writes. */
class Utf8WriterTest {
  private static byte[] written(Function<ByteArrayOutputStream, Writer> writerOf, int bufferBytes) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintWriter out = new PrintWriter(writerOf.apply(bytes))) {
      out.print("ascii line\n");
      out.print("café, ünïcödé, 日本語\n");
      out.print("emoji \uD83D\uDE00 whole, ");
      out.print('\uD83D'); // one pair in two calls
      out.print('\uDE01');
      out.print(" lone \uD800 high, lone \uDC00 low\n");
      out.print("x".repeat(bufferBytes * 3)); // longer than the buffer
      out.print('é');
      out.write(new char[] {'a', '\u00e9', 'b'}, 1, 2);
      out.print('\uD83D'); // a high surrogate left at the end
    }
    return bytes.toByteArray();
  }

  @Test
  void writesWhatTheJdksUtf8WriterWrites() {
    byte[] jdk = written(b -> new OutputStreamWriter(b, StandardCharsets.UTF_8), 16);
    byte[] ours = written(b -> new Utf8Writer(b, 16), 16);
    assertThat(new String(ours, StandardCharsets.UTF_8)).isEqualTo(new String(jdk, StandardCharsets.UTF_8));
    assertThat(ours).isEqualTo(jdk);
  }
}
