package com.moneywar.briefing.site.view;

/**
 * One source of {@code data/sources.csv} in one language.
 *
 * @param title its headline as the pages quote it, inside double quotes ({@code “…”}): the double
 *     quotes of the headline itself become single ones, as nested quotes are written ({@code 인수 제안
 *     거절 “AI칩 독자 개발”} is quoted {@code “인수 제안 거절 ‘AI칩 독자 개발’”}); empty when none is known
 * @param url empty when the source has none
 * @param citedBy the outlet of the source that cites this one; empty when none
 * @param citedById the id of that source
 * @param language the ISO 639-1 code of the language of its title, for the title's {@code lang}
 */
public record SourceView(String id, String outlet, String title, String date, String url, String citedBy,
    String citedById, String language) {
  public SourceView {
    title = nested(title);
  }

  /** {@code headline} with its double quotes made single: curly ones by their side, straight ones in turn. */
  static String nested(String headline) {
    StringBuilder out = new StringBuilder(headline.length());
    boolean opening = true;
    for (int i = 0; i < headline.length(); i++) {
      char c = headline.charAt(i);
      switch (c) {
        case '“' -> out.append('‘');
        case '”' -> out.append('’');
        case '"' -> {
          out.append(opening ? '‘' : '’');
          opening = !opening;
        }
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
