package dev.pyvet.core.check;

import dev.pyvet.core.discovery.FileToCheck;
import dev.pyvet.syntax.parser.ParseResult;
import dev.pyvet.syntax.source.SourceText;

/** A file that decoded and parsed without error: what rules look at. */
public record ParsedFile(FileToCheck file, SourceText source, ParseResult parse) {}
