package com.moneywar.briefing.preview;

import static java.util.Objects.requireNonNull;

/**
 * What one preview image says.
 *
 * @param site the site's title, at the top
 * @param title the briefing's title
 * @param date the briefing's date, in its language's style
 * @param figureLabel what the figure is, such as {@code 아마존 → 앤스로픽}; empty for none
 * @param figure the figure in its language's press style, such as {@code 40억달러}; empty for none
 */
public record PreviewCard(String site, String title, String date, String figureLabel, String figure) {
  public PreviewCard {
    requireNonNull(site, "site");
    requireNonNull(title, "title");
    requireNonNull(date, "date");
    requireNonNull(figureLabel, "figureLabel");
    requireNonNull(figure, "figure");
  }
}
