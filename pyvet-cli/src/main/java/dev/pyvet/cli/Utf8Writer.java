package dev.pyvet.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A buffered UTF-8 writer for standard output and error.
 *
 * <p>A large run prints some 100,000 findings (13 MB on the standard library). Through the JDK's
 * chain (a {@code BufferedWriter} copying each string into a char buffer, then an {@code
 * OutputStreamWriter} encoding that buffer back to bytes) printing took a third of a run that read
 * its findings from the cache. Here each string is encoded once, by {@link String#getBytes}, which
 * for the usual all-ASCII string is a plain copy of its bytes, straight into the output buffer.
 * Unpaired surrogates become {@code ?}, as the JDK's writer makes them; a pair written in two
 * calls (one char each) is still one character. Not thread-safe: the {@code PrintWriter} around it
 * locks.
 */
final class Utf8Writer extends Writer {
  private final OutputStream out;
  private final byte[] buffer;
  private int used;
  /** A high surrogate written last, waiting for its low half; 0 when none. */
  private char pendingHigh;

  Utf8Writer(OutputStream out, int bufferSize) {
    this.out = out;
    this.buffer = new byte[bufferSize];
  }

  @Override
  public void write(int c) throws IOException {
    if (c < 0x80 && pendingHigh == 0) {
      if (used == buffer.length) {
        flushBuffer();
      }
      buffer[used++] = (byte) c;
    } else {
      write(String.valueOf((char) c));
    }
  }

  @Override
  public void write(String s, int off, int len) throws IOException {
    String piece = off == 0 && len == s.length() ? s : s.substring(off, off + len);
    if (pendingHigh != 0) {
      piece = pendingHigh + piece;
      pendingHigh = 0;
    }
    if (!piece.isEmpty() && Character.isHighSurrogate(piece.charAt(piece.length() - 1))) {
      pendingHigh = piece.charAt(piece.length() - 1);
      piece = piece.substring(0, piece.length() - 1);
    }
    put(piece.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void write(char[] chars, int off, int len) throws IOException {
    write(new String(chars, off, len));
  }

  private void put(byte[] bytes) throws IOException {
    if (bytes.length > buffer.length - used) {
      flushBuffer();
      if (bytes.length > buffer.length) {
        out.write(bytes);
        return;
      }
    }
    System.arraycopy(bytes, 0, buffer, used, bytes.length);
    used += bytes.length;
  }

  private void flushBuffer() throws IOException {
    if (used > 0) {
      out.write(buffer, 0, used);
      used = 0;
    }
  }

  @Override
  public void flush() throws IOException {
    flushBuffer();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    if (pendingHigh != 0) {
      pendingHigh = 0;
      put(new byte[] {'?'}); // a high surrogate nothing followed
    }
    flush();
    out.close();
  }
}
