package com.moneywar.briefing.site.view;

/**
 * One headline figure of the config.
 *
 * @param value the amount in the language's style ({@code 40억달러}), followed by the fact's status
 *     when it is not confirmed ({@code 5000억달러(보도)}): {@code amount} and {@code claim} together
 * @param amount the amount alone ({@code 5000억달러})
 * @param claim the fact's status ({@code 보도}, {@code denied}); empty when confirmed
 * @param krw its won equivalent ({@code 약 5조4000억원}); empty for won amounts or without a rate
 * @param detail the exchange rate and its date
 * @param href relative link to the fact's row on its data page
 * @param unconverted whether the amount is in another currency than won and is not converted ({@code fx}
 *     {@code none}): templates say so where the won figure would be ({@code 환산 안 함} / {@code not
 *     converted}), so that a card without one does not look like a card missing one
 * @param inline the figure on one line, its won figure and status in one pair of brackets and its bound
 *     said once ({@code 3800억위안(약 75조원) 이상(보도)}), for a list such as the plain-text e-mail's
 */
public record Headline(String label, String value, String amount, String claim, String krw, String detail,
    String date, String source, String href, boolean unconverted, String inline) {
  /** {@code value} as HTML that breaks only before its status, never inside the amount ({@link FigurePieces#html}). */
  public String valueHtml() {
    return FigurePieces.html(value);
  }
}
