package dev.pyvet.syntax.source;

import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Python's codec names mapped to Java charsets. The aliases are those of Python 3.13's
 * {@code encodings.aliases} for the text codecs that Java also has; names are looked up after
 * the normalisation of {@code encodings.normalize_encoding}.
 */
final class PythonCodecs {
  private PythonCodecs() {}

  /** Each row: Python codec module name, Java charset name, then the module's aliases. */
  private static final String[] ROWS = {
      "ascii US-ASCII 646 ansi_x3.4_1968 ansi_x3.4_1986 ansi_x3_4_1968 cp367 csascii ibm367 iso646_us iso_646.irv_1991 iso_ir_6 us us_ascii",
      "big5 Big5 big5_tw csbig5 x_mac_trad_chinese",
      "big5hkscs Big5-HKSCS big5_hkscs hkscs",
      "cp037 IBM037 037 csibm037 ebcdic_cp_ca ebcdic_cp_nl ebcdic_cp_us ebcdic_cp_wt ibm037 ibm039",
      "cp1026 IBM1026 1026 csibm1026 ibm1026",
      "cp1140 IBM01140 1140 ibm1140",
      "cp1250 windows-1250 1250 windows_1250",
      "cp1251 windows-1251 1251 windows_1251",
      "cp1252 windows-1252 1252 windows_1252",
      "cp1253 windows-1253 1253 windows_1253",
      "cp1254 windows-1254 1254 windows_1254",
      "cp1255 windows-1255 1255 windows_1255",
      "cp1256 windows-1256 1256 windows_1256",
      "cp1257 windows-1257 1257 windows_1257",
      "cp1258 windows-1258 1258 windows_1258",
      "cp273 IBM273 273 csibm273 ibm273",
      "cp424 IBM424 424 csibm424 ebcdic_cp_he ibm424",
      "cp437 IBM437 437 cspc8codepage437 ibm437",
      "cp500 IBM500 500 csibm500 ebcdic_cp_be ebcdic_cp_ch ibm500",
      "cp737 x-IBM737",
      "cp775 IBM775 775 cspc775baltic ibm775",
      "cp850 IBM850 850 cspc850multilingual ibm850",
      "cp852 IBM852 852 cspcp852 ibm852",
      "cp855 IBM855 855 csibm855 ibm855",
      "cp856 x-IBM856",
      "cp857 IBM857 857 csibm857 ibm857",
      "cp858 IBM00858 858 csibm858 ibm858",
      "cp860 IBM860 860 csibm860 ibm860",
      "cp861 IBM861 861 cp_is csibm861 ibm861",
      "cp862 IBM862 862 cspc862latinhebrew ibm862",
      "cp863 IBM863 863 csibm863 ibm863",
      "cp864 IBM864 864 csibm864 ibm864",
      "cp865 IBM865 865 csibm865 ibm865",
      "cp866 IBM866 866 csibm866 ibm866",
      "cp869 IBM869 869 cp_gr csibm869 ibm869",
      "cp874 x-IBM874",
      "cp875 x-IBM875",
      "cp932 windows-31j 932 ms932 ms_kanji mskanji windows_31j",
      "cp949 x-windows-949 949 ms949 uhc",
      "cp950 x-windows-950 950 ms950",
      "euc_jp EUC-JP eucjp u_jis ujis",
      "euc_kr EUC-KR euckr korean ks_c_5601 ks_c_5601_1987 ks_x_1001 ksc5601 ksx1001 x_mac_korean",
      "gb18030 GB18030 gb18030_2000",
      "gb2312 GB2312 chinese csiso58gb231280 euc_cn euccn eucgb2312_cn gb2312_1980 gb2312_80 iso_ir_58 x_mac_simp_chinese",
      "gbk GBK 936 cp936 ms936",
      "iso2022_jp ISO-2022-JP csiso2022jp iso2022jp iso_2022_jp",
      "iso2022_jp_2 ISO-2022-JP-2 iso2022jp_2 iso_2022_jp_2",
      "iso2022_kr ISO-2022-KR csiso2022kr iso2022kr iso_2022_kr",
      "iso8859_1 ISO-8859-1",
      "iso8859_11 x-iso-8859-11 iso_8859_11 iso_8859_11_2001 thai",
      "iso8859_13 ISO-8859-13 iso_8859_13 l7 latin7",
      "iso8859_15 ISO-8859-15 iso_8859_15 l9 latin9",
      "iso8859_16 ISO-8859-16 iso_8859_16 iso_8859_16_2001 iso_ir_226 l10 latin10",
      "iso8859_2 ISO-8859-2 csisolatin2 iso_8859_2 iso_8859_2_1987 iso_ir_101 l2 latin2",
      "iso8859_3 ISO-8859-3 csisolatin3 iso_8859_3 iso_8859_3_1988 iso_ir_109 l3 latin3",
      "iso8859_4 ISO-8859-4 csisolatin4 iso_8859_4 iso_8859_4_1988 iso_ir_110 l4 latin4",
      "iso8859_5 ISO-8859-5 csisolatincyrillic cyrillic iso_8859_5 iso_8859_5_1988 iso_ir_144",
      "iso8859_6 ISO-8859-6 arabic asmo_708 csisolatinarabic ecma_114 iso_8859_6 iso_8859_6_1987 iso_ir_127",
      "iso8859_7 ISO-8859-7 csisolatingreek ecma_118 elot_928 greek greek8 iso_8859_7 iso_8859_7_1987 iso_ir_126",
      "iso8859_8 ISO-8859-8 csisolatinhebrew hebrew iso_8859_8 iso_8859_8_1988 iso_ir_138",
      "iso8859_9 ISO-8859-9 csisolatin5 iso_8859_9 iso_8859_9_1989 iso_ir_148 l5 latin5",
      "johab x-Johab cp1361 ms1361",
      "koi8_r KOI8-R cskoi8r",
      "koi8_u KOI8-U",
      "latin_1 ISO-8859-1 8859 cp819 csisolatin1 ibm819 iso8859 iso8859_1 iso_8859_1 iso_8859_1_1987 iso_ir_100 l1 latin latin1",
      "mac_arabic x-MacArabic",
      "mac_croatian x-MacCroatian",
      "mac_cyrillic x-MacCyrillic maccyrillic",
      "mac_greek x-MacGreek macgreek",
      "mac_iceland x-MacIceland maciceland",
      "mac_latin2 x-MacCentralEurope mac_centeuro maccentraleurope maclatin2",
      "mac_roman x-MacRoman macintosh macroman",
      "mac_romanian x-MacRomania",
      "mac_turkish x-MacTurkish macturkish",
      "shift_jis Shift_JIS csshiftjis s_jis shiftjis sjis x_mac_japanese",
      "tis_620 TIS-620 iso_ir_166 tis620 tis_620_0 tis_620_2529_0 tis_620_2529_1",
      "utf_16 UTF-16 u16 utf16",
      "utf_16_be UTF-16BE unicodebigunmarked utf_16be",
      "utf_16_le UTF-16LE unicodelittleunmarked utf_16le",
      "utf_32 UTF-32 u32 utf32",
      "utf_32_be UTF-32BE utf_32be",
      "utf_32_le UTF-32LE utf_32le",
      "utf_8 UTF-8 cp65001 u8 utf utf8 utf8_ucs2 utf8_ucs4",
      "utf_8_sig UTF-8",
  };

  private static final Map<String, String> CHARSET_BY_NAME = new HashMap<>();
  private static final Map<String, String> CODEC_BY_NAME = new HashMap<>();

  static {
    for (String row : ROWS) {
      String[] parts = row.split(" ");
      for (int i = 0; i < parts.length; i++) {
        if (i == 1) {
          continue;
        }
        CHARSET_BY_NAME.put(parts[i], parts[1]);
        CODEC_BY_NAME.put(parts[i], parts[0]);
      }
    }
  }

  /**
   * The Java charset for a Python encoding name, or null when Python (or this Java runtime) has
   * no such text codec.
   */
  static Charset lookup(String pythonName) {
    String key = normalize(pythonName.toLowerCase(Locale.ROOT));
    String charset = CHARSET_BY_NAME.get(key);
    if (charset == null) {
      charset = CHARSET_BY_NAME.get(key.replace('.', '_'));
    }
    if (charset == null || !Charset.isSupported(charset)) {
      return null;
    }
    return Charset.forName(charset);
  }

  /** The name Python gives the codec (its module name, e.g. {@code iso8859_15}), or the input. */
  static String codecName(String pythonName) {
    String key = normalize(pythonName.toLowerCase(Locale.ROOT));
    String codec = CODEC_BY_NAME.get(key);
    return codec != null ? codec : pythonName;
  }

  /** {@code encodings.normalize_encoding}: runs of chars other than alphanumerics and '.' become '_'. */
  static String normalize(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    boolean punct = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '.') {
        if (punct && sb.length() > 0) {
          sb.append('_');
        }
        if (c < 128) {
          sb.append(c);
        }
        punct = false;
      } else {
        punct = true;
      }
    }
    return sb.toString();
  }
}
