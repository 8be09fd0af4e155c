package com.moneywar.briefing.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A data-bound figure in prose or config, such as {@code {{investment:amazon-anthropic-t2}}}: a
 * kind of fact, the ids it names, an optional field, and where it was written.
 *
 * @param kind {@code investment}, {@code valuation}, {@code talent}, {@code ratio} or {@code company}
 * @param ids one id, or two for {@code ratio}
 * @param field empty for the default rendering, else {@code amount}, {@code date}, {@code krw} or
 *     {@code founded}
 * @param text the figure as written, for messages: {@code {{investment:ID}}} in prose,
 *     {@code investment:ID} in a {@code headlines} list
 */
public record FigureRef(String kind, List<String> ids, String field, String text, SourcePos pos) {
  public FigureRef {
    requireNonNull(kind, "kind");
    ids = List.copyOf(ids);
    requireNonNull(field, "field");
    requireNonNull(text, "text");
    requireNonNull(pos, "pos");
  }
}
