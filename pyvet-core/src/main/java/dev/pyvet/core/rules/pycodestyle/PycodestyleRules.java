package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.Rule;
import java.util.List;

/** The pycodestyle family (E and W codes). */
public final class PycodestyleRules {
  private PycodestyleRules() {}

  public static List<Rule> all() {
    return List.of(
        new MixedSpacesAndTabs(),
        new TabIndentation(),
        new TrailingWhitespace(),
        new BlankLineWithWhitespace(),
        new TrailingBlankLines(),
        new MissingNewlineAtEndOfFile(),
        new LineTooLong(),
        new IndentationNotMultiple(),
        new NoIndentedBlock(),
        new UnexpectedIndentation(),
        new IndentationNotMultipleComment(),
        new NoIndentedBlockComment(),
        new UnexpectedIndentationComment(),
        new OverIndented(),
        new WhitespaceAfterOpenBracket(),
        new WhitespaceBeforeCloseBracket(),
        new WhitespaceBeforePunctuation(),
        new WhitespaceAfterDecorator(),
        new WhitespaceBeforeParameters(),
        new MultipleSpacesBeforeOperator(),
        new MultipleSpacesAfterOperator(),
        new TabBeforeOperator(),
        new TabAfterOperator(),
        new MissingWhitespaceAroundOperator(),
        new MissingWhitespaceAroundArithmeticOperator(),
        new MissingWhitespaceAroundBitwiseOrShiftOperator(),
        new MissingWhitespaceAroundModuloOperator(),
        new MissingWhitespaceAfterPunctuation(),
        new MultipleSpacesAfterComma(),
        new TabAfterComma(),
        new UnexpectedSpacesAroundKeywordEquals(),
        new MissingWhitespaceAroundParameterEquals(),
        new TooFewSpacesBeforeInlineComment(),
        new NoSpaceAfterInlineComment(),
        new NoSpaceAfterBlockComment(),
        new MultipleLeadingHashesForBlockComment(),
        new MultipleSpacesAfterKeyword(),
        new MultipleSpacesBeforeKeyword(),
        new TabAfterKeyword(),
        new TabBeforeKeyword(),
        new MissingWhitespaceAfterKeyword(),
        new BlankLineBetweenMethods(),
        new BlankLinesTopLevel(),
        new TooManyBlankLines(),
        new BlankLineAfterDecorator(),
        new BlankLinesAfterFunctionOrClass(),
        new BlankLinesBeforeNestedDefinition(),
        new MultipleImportsOnOneLine());
  }
}
