package dev.pyvet.syntax.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Decoding as CPython 3.13 does it; each expectation was checked with python3.13 (running the
 * bytes as a file, or {@code ast.parse} of the bytes, which agree on everything here but the
 * wording of undecodable files, where pyvet follows the file run).
 */
class SourceTextTest {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object p : parts) {
      if (p instanceof String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
      } else if (p instanceof byte[] b) {
        out.writeBytes(b);
      } else {
        out.write((Integer) p);
      }
    }
    return out.toByteArray();
  }

  private static SourceText decode(Object... parts) throws SourceDecodingException {
    return SourceText.decode(bytes(parts));
  }

  private static SourceDecodingException failure(Object... parts) {
    try {
      SourceText.decode(bytes(parts));
    } catch (SourceDecodingException e) {
      return e;
    }
    throw new AssertionError("decoded without error");
  }

  @Test
  void utf8WithoutDeclaration() throws Exception {
    SourceText s = decode("x = \"é€😀\"\n");
    assertThat(s.text()).isEqualTo("x = \"é€😀\"\n");
    assertThat(s.encoding()).isEqualTo("utf-8");
  }

  @Test
  void bomIsDroppedFromTheText() throws Exception {
    SourceText s = decode(BOM, "x = \"é\"\n");
    assertThat(s.text()).isEqualTo("x = \"é\"\n");
    assertThat(s.encoding()).isEqualTo("utf-8-sig");
  }

  @Test
  void bomAgreesWithUtf8Cookie() throws Exception {
    assertThat(decode(BOM, "# coding: utf-8\nx = \"é\"\n").text()).isEqualTo("# coding: utf-8\nx = \"é\"\n");
    assertThat(decode(BOM, "# -*- coding: UTF_8 -*-\n").encoding()).isEqualTo("utf-8-sig");
  }

  @Test
  void bomConflictsWithAnotherCookie() {
    SourceDecodingException latin = failure(BOM, "# coding: latin-1\nx = 1\n");
    assertThat(latin.getMessage()).isEqualTo("encoding problem: iso-8859-1 with BOM");
    assertThat(latin.line()).isZero();
    assertThat(failure(BOM, "# coding: cp1252\nx = 1\n").getMessage()).isEqualTo("encoding problem: cp1252 with BOM");
  }

  @Test
  void latin1Cookie() throws Exception {
    SourceText s = decode("# -*- coding: latin-1 -*-\nx = \"", 0xE9, 0xFF, "\"\n");
    assertThat(s.text()).isEqualTo("# -*- coding: latin-1 -*-\nx = \"éÿ\"\n");
    assertThat(s.encoding()).isEqualTo("iso-8859-1");
  }

  @Test
  void otherSingleByteCookies() throws Exception {
    assertThat(decode("# coding=iso-8859-15\nx = \"", 0xA4, "\"\n").text()).endsWith("x = \"€\"\n");
    SourceText cp1252 = decode("# vim: set fileencoding=cp1252 :\nx = \"", 0x80, 0x93, "\"\n");
    assertThat(cp1252.text()).endsWith("x = \"€“\"\n");
    assertThat(cp1252.encoding()).isEqualTo("cp1252");
  }

  @Test
  void multiByteCookies() throws Exception {
    assertThat(decode("# coding: euc-jp\nx = \"", 0xA4, 0xA2, "\"\n").text()).endsWith("x = \"あ\"\n");
    assertThat(decode("# coding: shift_jis\nx = \"", 0x82, 0xA0, "\"\n").text()).endsWith("x = \"あ\"\n");
  }

  @Test
  void cookieOnLine2AfterACommentOrBlankLine() throws Exception {
    assertThat(decode("#!/usr/bin/env python\n# coding: latin-1\nx = \"", 0xE9, "\"\n").text())
        .endsWith("x = \"é\"\n");
    assertThat(decode("\n# coding: latin-1\nx = \"", 0xE9, "\"\n").text()).endsWith("x = \"é\"\n");
    assertThat(decode("# coding: latin-1\r\nx = \"", 0xE9, "\"\r\n").text()).endsWith("x = \"é\"\r\n");
  }

  @Test
  void cookiesThatDoNotCount() {
    // after code on line 1, on line 2 after code, on line 3: the file stays UTF-8
    assertThat(failure("x = 1\n# coding: latin-1\nx = \"", 0xE9, "\"\n").getMessage())
        .isEqualTo("Non-UTF-8 code starting with '\\xe9' on line 3, but no encoding declared; "
            + "see https://peps.python.org/pep-0263/ for details");
    assertThat(failure("#\n#\n# coding: latin-1\nx = \"", 0xE9, "\"\n").line()).isEqualTo(4);
    assertThat(failure("x = 1 # coding: latin-1\nx = \"", 0xE9, "\"\n").line()).isEqualTo(2);
  }

  @Test
  void unknownEncoding() {
    SourceDecodingException e = failure("# coding: foo-bar\nx = 1\n");
    assertThat(e.getMessage()).isEqualTo("unknown encoding: foo-bar");
    assertThat(e.line()).isZero();
  }

  @Test
  void undecodableBytesNameTheByteAndLine() {
    SourceDecodingException first = failure("x = \"", 0xFF, "\"\n");
    assertThat(first.getMessage()).isEqualTo("Non-UTF-8 code starting with '\\xff' on line 1, but no encoding "
        + "declared; see https://peps.python.org/pep-0263/ for details");
    assertThat(first.line()).isEqualTo(1);
    SourceDecodingException third = failure("x = 1\n\ny = \"", 0xC3, 0x28, "\"\n");
    assertThat(third.getMessage()).startsWith("Non-UTF-8 code starting with '\\xc3' on line 3,");
    assertThat(third.line()).isEqualTo(3);
    // a sequence cut short by the end of the file
    assertThat(failure("x = 1\n# ", 0xE2, 0x82).getMessage()).startsWith("Non-UTF-8 code starting with '\\xe2' on line 2,");
  }

  @Test
  void undecodableMessageNamesTheFileWhenGiven() {
    try {
      SourceText.decode(bytes("x = 1\ny = \"", 0xFF, "\"\n"), "/tmp/ff.py");
      throw new AssertionError("decoded");
    } catch (SourceDecodingException e) {
      assertThat(e.getMessage()).isEqualTo("Non-UTF-8 code starting with '\\xff' in file /tmp/ff.py on line 2, but no "
          + "encoding declared; see https://peps.python.org/pep-0263/ for details");
    }
  }

  @Test
  void undecodableUnderADeclaredEncoding() {
    SourceDecodingException utf8 = failure("# coding: utf-8\nx = \"", 0xFF, "\"\n");
    assertThat(utf8.getMessage()).contains("'utf-8' codec can't decode byte 0xff");
    assertThat(utf8.line()).isEqualTo(2);
    // a BOM declares UTF-8 as a cookie does: CPython no longer says "no encoding declared"
    assertThat(failure(BOM, "x = 1\ny = \"", 0xFF, "\"\n").getMessage()).startsWith("'utf-8' codec can't decode byte 0xff");
    SourceDecodingException cp1252 = failure("# coding: cp1252\nx = 1\ny = \"", 0x81, "\"\n");
    assertThat(cp1252.getMessage()).contains("codec can't decode byte 0x81 in position 28");
    assertThat(cp1252.line()).isEqualTo(3);
  }

  @Test
  void nulBytesAreRejected() {
    SourceDecodingException e = failure("x = 1\ny = \"", 0, "\"\n");
    assertThat(e.getMessage()).isEqualTo("source code cannot contain null bytes");
    assertThat(e.line()).isEqualTo(2);
  }

  @Test
  void lineBreaksAndFormFeedsAreKeptAsTheyAre() throws Exception {
    assertThat(decode("x = 1\r\ny = 2\r\n").text()).isEqualTo("x = 1\r\ny = 2\r\n");
    assertThat(decode("x = 1\ry = 2\r").text()).isEqualTo("x = 1\ry = 2\r");
    assertThat(decode("\fx = 1\n").text()).isEqualTo("\fx = 1\n");
    assertThat(decode("x = 1").text()).isEqualTo("x = 1");
  }

  @Test
  void emptyFile() throws Exception {
    SourceText s = decode();
    assertThat(s.text()).isEmpty();
    assertThat(s.lines().lineCount()).isEqualTo(1);
    assertThat(s.lines().lineOf(0)).isEqualTo(1);
  }

  @Test
  void cookieLineWithoutLineBreakIsIgnoredLikeCPython() throws Exception {
    // CPython only reads a declaration from a complete line; the ASCII text decodes either way.
    assertThat(decode("# coding: latin-1").encoding()).isEqualTo("utf-8");
  }

  @Test
  void textThatIsAlreadyDecoded() {
    assertThatThrownBy(() -> SourceText.of("x").lines().lineStart(3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(SourceText.of("x").encoding()).isEqualTo("utf-8");
  }
}
