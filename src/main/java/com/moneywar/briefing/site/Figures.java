package com.moneywar.briefing.site;

import com.moneywar.briefing.model.AmountText;
import com.moneywar.briefing.model.ClaimStatus;
import com.moneywar.briefing.model.Flow;
import com.moneywar.briefing.model.Round;
import com.moneywar.briefing.model.Spending;
import com.moneywar.briefing.model.Valuation;
import java.util.ArrayList;
import java.util.List;
import com.moneywar.briefing.model.Bound;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Company;
import com.moneywar.briefing.model.ExchangeRate;
import com.moneywar.briefing.model.RateBasis;
import com.moneywar.briefing.model.FigureRef;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.MoneyFact;
import com.moneywar.briefing.model.Source;
import com.moneywar.briefing.money.Money;
import com.moneywar.briefing.money.MoneyFormat;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Renders data-bound figures in a language's style: {@code 27억5000만달러(약 3조7100억원)} or
 * {@code $2.75 billion (about ₩3.71 trillion)}. Only for references the validator accepted.
 */
final class Figures {
  private record RateNoteKey(ExchangeRate rate, Lang lang) {}

  private final Briefing briefing;
  /** {@link #shortRateNote}'s words by rate and language: tables repeat a rate on hundreds of rows. */
  private final java.util.Map<RateNoteKey, String> rateNotes = new java.util.concurrent.ConcurrentHashMap<>();

  Figures(Briefing briefing) {
    this.briefing = briefing;
  }

  static MoneyFormat moneyFormat(Lang lang) {
    return lang == Lang.KO ? MoneyFormat.korean() : MoneyFormat.english();
  }

  String text(FigureRef ref, Lang lang) {
    String id = ref.ids().get(0);
    return switch (ref.kind()) {
      case "company" -> company(briefing.company(id).orElseThrow(), ref.field(), lang);
      case "ratio" -> ratio(ref, lang);
      case "sum" -> sum(ref, lang);
      default -> fact(fact(ref), ref.field(), lang);
    };
  }

  /**
   * The figure as the text around it reads it: as {@link #text(FigureRef, Lang)}, except that a
   * round's type whose name ends in the word the text writes right after it ({@code 라운드} /
   * {@code round}) leaves that word to the text, so {@code {{round:ID:type}} 라운드에서} reads
   * {@code 시드 라운드에서}, not {@code 시드 라운드 라운드에서}.
   *
   * @param following the text right after the placeholder
   */
  String text(FigureRef ref, Lang lang, String following) {
    return text(ref, lang, "", following);
  }

  /**
   * {@link #text(FigureRef, Lang, String)}, also as the text before it reads it: a won figure in the
   * writer's own brackets right after its amount leaves the bound to the amount, as the default form
   * does, so {@code {{investment:ID:amount}}({{investment:ID:krw}})} reads {@code 최대 1000억달러(약 140조원)},
   * never {@code 최대 1000억달러(최대 약 140조원)} (walk 126).
   *
   * @param preceding the text right before the placeholder
   */
  String text(FigureRef ref, Lang lang, String preceding, String following) {
    if (ref.field().equals("krw") && com.moneywar.briefing.model.FactKind.ofCode(ref.kind()).isPresent()
        && afterItsAmount(ref, preceding)) {
      return krwInBrackets(fact(ref), lang).orElseGet(() -> text(ref, lang));
    }
    String text = text(ref, lang);
    if (!ref.kind().equals("round") || !ref.field().equals("type")) {
      return text;
    }
    String word = lang == Lang.KO ? " 라운드" : " round";
    boolean repeated = following.startsWith(word)
        && (lang == Lang.KO || following.length() == word.length() || !Character.isLetter(following.charAt(word.length())));
    return repeated && text.endsWith(word) ? text.substring(0, text.length() - word.length()) : text;
  }

  /**
   * Plain text (a title, a summary) with its placeholders filled in, as the body's are: a figure that
   * opens an English sentence with a capital ({@link #opensSentence}). Only for text the check accepted; a malformed placeholder there has been refused at its position.
   */
  String inline(String text, Lang lang) {
    List<com.moneywar.briefing.model.Placeholders.Match> matches = com.moneywar.briefing.model.Placeholders.find(text);
    if (matches.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    int last = 0;
    for (var m : matches) {
      out.append(text, last, m.start());
      if (m.isValid()) {
        FigureRef ref = new FigureRef(m.kind(), m.ids(), m.field(), m.text(), com.moneywar.briefing.model.SourcePos.startOf(""));
        String figure = text(ref, lang, text.substring(0, m.start()), text.substring(m.end()));
        out.append(atSentenceStart(ref, lang, out, figure));
      } else {
        out.append(m.text());
      }
      last = m.end();
    }
    return out.append(text.substring(last)).toString();
  }

  /**
   * {@link #inline}, as HTML for a page: the text escaped, and each figure in a {@code <span
   * class="figure">} whose amounts each stay on one line ({@code <span class="nobr">}, cut as the body
   * cuts them: {@link com.moneywar.briefing.site.view.FigurePieces#of}), with the punctuation, and in Korean the syllables,
   * glued after it ({@code 220억~225억달러를}); a Korean figure that fits a phone's line is kept whole
   * with them ({@link KoreanWords#LINE_EM}). So a title or summary never breaks inside an amount or a
   * range ({@code 220억} / {@code ~225억달러}).
   */
  String inlineHtml(String text, Lang lang) {
    return inlineHtml(text, lang, KoreanWords.LINE_EM);
  }

  /**
   * {@link #inlineHtml(String, Lang)} for a headline, set larger than the body: a run of Korean
   * words joined by dots is kept whole only if it fits a headline's line on a phone ({@link
   * KoreanWords#HEADLINE_EM}).
   */
  String headlineHtml(String text, Lang lang) {
    return inlineHtml(text, lang, KoreanWords.HEADLINE_EM);
  }

  private String inlineHtml(String text, Lang lang, double widest) {
    List<com.moneywar.briefing.model.Placeholders.Match> matches = com.moneywar.briefing.model.Placeholders.find(text);
    StringBuilder out = new StringBuilder();
    StringBuilder plain = new StringBuilder();
    int last = 0;
    for (var m : matches) {
      String before = text.substring(last, m.start());
      out.append(plainHtml(before, lang, widest));
      plain.append(before);
      last = m.end();
      if (!m.isValid()) {
        out.append(escape(m.text()));
        plain.append(m.text());
        continue;
      }
      FigureRef ref = new FigureRef(m.kind(), m.ids(), m.field(), m.text(), com.moneywar.briefing.model.SourcePos.startOf(""));
      String figure = text(ref, lang, text.substring(0, m.start()), text.substring(m.end()));
      figure = atSentenceStart(ref, lang, plain, figure);
      int glued = m.end();
      while (glued < text.length() && glued - m.end() < 4 && gluedAfter(text.charAt(glued), lang)
          && !text.startsWith("{{", glued)) {
        glued++;
      }
      String trailing = text.substring(m.end(), glued);
      last = glued;
      plain.append(figure).append(trailing);
      out.append("<span class=\"figure\">");
      if (lang == Lang.KO && KoreanWords.ems(figure + trailing) <= KoreanWords.LINE_EM) {
        out.append("<span class=\"nobr\">").append(escape(figure + trailing)).append("</span>");
      } else {
        List<String> pieces = com.moneywar.briefing.site.view.FigurePieces.of(figure);
        for (int i = 0; i < pieces.size(); i++) {
          boolean end = i == pieces.size() - 1;
          String piece = end ? pieces.get(i) + trailing : pieces.get(i);
          boolean keep = piece.chars().anyMatch(Character::isDigit) || end && !trailing.isEmpty();
          out.append(keep ? "<span class=\"nobr\">" + escape(piece) + "</span>" : escape(piece));
        }
      }
      out.append("</span>");
    }
    out.append(plainHtml(text.substring(last), lang, widest));
    return out.toString();
  }

  /** Text around the figures, escaped; in Korean its words that a browser would break inside kept whole. */
  private static String plainHtml(String text, Lang lang, double widest) {
    return lang == Lang.KO ? KoreanWords.keepWholeHtml(text, Figures::escape, widest) : escape(text);
  }

  /** Whether {@code c}, right after a figure, goes on its line: closing punctuation, or a Korean particle's syllable. */
  private static boolean gluedAfter(char c, Lang lang) {
    return ",.;:!?)]”’'\"".indexOf(c) >= 0
        || lang == Lang.KO && Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
  }

  private static String escape(String s) {
    return com.moneywar.briefing.site.view.FigurePieces.escape(s);
  }

  /**
   * Whether the figure of {@code ref}, written after {@code before} in its text, begins an English
   * sentence and so is capitalised ({@code About $27 billion of bonds}); a company's name never is
   * ({@code xAI}), and Korean has no case.
   */
  /**
   * {@code figure} as written after {@code before}: capitalized where it opens an English sentence,
   * and a name list's leading "the" too ("The Public Investment Fund …"), never a name itself.
   */
  private String atSentenceStart(FigureRef ref, Lang lang, CharSequence before, String figure) {
    if (opensSentence(ref, lang, before)) {
      return SentenceStart.capitalize(figure);
    }
    boolean the = lang == Lang.EN && !companies(ref).isEmpty() && takesThe(companies(ref).get(0))
        && figure.startsWith("the ");
    return the && SentenceStart.after(before.toString()) ? "The " + figure.substring(4) : figure;
  }

  boolean opensSentence(FigureRef ref, Lang lang, CharSequence before) {
    return lang == Lang.EN && !ref.kind().equals("company") && companies(ref).isEmpty()
        && SentenceStart.after(before.toString());
  }

  /** What a reader sees on demand: the exchange rate used and its date, for converted figures. */
  Optional<String> detail(FigureRef ref, Lang lang) {
    if (!briefing.moneyFacts().containsKey(ref.kind() + ":" + ref.ids().get(0))) {
      return Optional.empty();
    }
    MoneyFact fact = fact(ref);
    if (!ref.field().isEmpty() && !ref.field().equals("krw") && !ref.field().equals("alt")) {
      return Optional.empty();
    }
    return briefing.krwRateFor(fact).map(rate -> rateNote(rate, lang));
  }

  MoneyFact fact(FigureRef ref) {
    return briefing.moneyFacts().get(ref.kind() + ":" + ref.ids().get(0));
  }

  /**
   * One field of a fact: {@code amount} (with its bound), {@code krw}, {@code date}, {@code claim}
   * (the status word), {@code basis} (of a valuation), {@code percent} (of a stake), {@code lead},
   * {@code participants} and {@code investors} (of a round); the default is the amount with its won equivalent and,
   * unless the fact is confirmed or merely reported, its status: {@code 1억달러(약 1380억원, 당사자
   * 부인)} / {@code $100 million (about ₩138 billion; denied)}.
   */
  String fact(MoneyFact fact, String field, Lang lang) {
    String amount = AmountText.of(fact, lang);
    Optional<String> krw = krwInBrackets(fact, lang);
    return switch (field) {
      case "amount" -> amount;
      case "date" -> DateStyle.format(fact.date(), lang);
      case "krw" -> krw(fact, lang).orElse(amount);
      case "claim" -> AmountText.claim(fact.reporting().claim(), lang);
      case "alt" -> alternative(fact, lang);
      case "status" -> fact instanceof Spending s ? s.status().words(lang) : fact.dealWords(lang);
      case "period" -> fact instanceof Spending s ? s.period().map(p -> p.words(lang)).orElse("") : "";
      case "basis" -> fact instanceof Valuation v ? AmountText.basis(v.basis(), lang) : "";
      case "percent" -> fact instanceof Flow f ? f.percentWords(lang) : "";
      case "paid" -> fact instanceof Flow f ? f.payment().words(lang) : "";
      case "capacity" -> fact instanceof Flow f ? f.capacity().map(c -> c.words(lang)).orElse("") : "";
      // The day the deal completed: a new user typed "December 26" by hand for want of it.
      case "closed" -> fact instanceof Flow f ? f.closed().map(d -> DateStyle.format(d, lang)).orElse("") : "";
      case "lead", "participants", "investors" -> fact instanceof Round r ? names(investors(r, field), lang) : "";
      case "type" -> fact instanceof Round r ? r.type().phrase(lang) : "";
      default -> withDetails(amount, krw, fact.reporting().claim(), lang, qualifier(fact, lang));
    };
  }

  /**
   * What the default form says after the won figure besides the claim: a valuation's basis when it is
   * an estimate, where a deal stands ({@code 제안 거절}), and how a deal was paid when not all in money
   * ({@code 주식 교환 방식} / {@code all-stock}: {@code 65억달러(약 9조원, 주식 교환 방식)}).
   */
  private static String qualifier(MoneyFact fact, Lang lang) {
    if (fact instanceof Valuation v && v.basis() == com.moneywar.briefing.model.ValuationBasis.ESTIMATE) {
      return AmountText.basis(v.basis(), lang);
    }
    String deal = fact.dealWords(lang);
    if (!(fact instanceof Flow f) || f.payment().allMoney()) {
      return deal;
    }
    String paid = f.payment().words(lang);
    return deal.isEmpty() ? paid : deal + (lang == Lang.KO ? ", " : "; ") + paid;
  }

  /**
   * The other figure the row gives ({@code alt_amount}, from {@code alt_source}) as the full form
   * gives the amount: with its bound and, when the row is converted, its won figure at the row's rate
   * ({@code 약 2조3000억원}, {@code 148억달러(약 20조4000억원)} / {@code $14.8 billion (about ₩20.4
   * trillion)}); no status, which is the row's, not the other source's. The check accepts {@code :alt}
   * only of a row that has one.
   */
  private String alternative(MoneyFact fact, Lang lang) {
    com.moneywar.briefing.model.Reporting.Alternative a = fact.reporting().alternative().orElseThrow();
    Optional<String> krw = briefing.approxKrwOfAlternative(fact)
        .map(k -> AmountText.approximately(k, Optional.empty(), lang));
    return withDetails(AmountText.of(fact, a, lang), krw, ClaimStatus.REPORTED, lang, "");
  }

  /**
   * A sum of rows ({@code {{sum:flow:a+b}}}): {@code amount}, {@code krw}, or by default the amount
   * with its won figure and, unless its rows are confirmed or merely reported, the least firm status
   * among them, said of a part when only some rows have it ({@code 일부 반론 있음}): {@code
   * 224억달러(약 31조원)} / {@code $22.4 billion (about ₩31 trillion)}.
   */
  private String sum(FigureRef ref, Lang lang) {
    com.moneywar.briefing.model.FigureSum sum = com.moneywar.briefing.model.FigureSum.of(briefing, ref.ids());
    String amount = sum.text(lang);
    Optional<String> krw = sum.krw().map(k -> AmountText.approximately(k, sum.krwHigh(), lang));
    return switch (ref.field()) {
      case "amount" -> amount;
      case "krw" -> sum.krw().map(k -> AmountText.approximately(sum.wonBound(), k, sum.krwHigh(), lang)).orElse(amount);
      default -> withDetails(amount, krw, ClaimStatus.CONFIRMED, lang, sum.claimWords(lang));
    };
  }

  /**
   * The won equivalent standing apart from its amount (a {@code :krw} figure, a table's won column, a
   * key figure's won line), with the amount's bound: {@code 최대 약 718조원}, {@code 약 14조원 이상};
   * empty if not converted.
   */
  Optional<String> krw(MoneyFact fact, Lang lang) {
    return briefing.approxKrw(fact)
        .map(low -> AmountText.approximately(fact.bound(), low, briefing.approxKrwHigh(fact), lang));
  }

  /** Whether {@code preceding} ends with the amount of the same row and an opening bracket: {@code {{K:ID:amount}}(}. */
  private static boolean afterItsAmount(FigureRef ref, String preceding) {
    String bracket = preceding.endsWith(" (") ? " (" : preceding.endsWith("(") ? "(" : "";
    return !bracket.isEmpty() && preceding.substring(0, preceding.length() - bracket.length())
        .endsWith("{{" + ref.kind() + ":" + ref.ids().get(0) + ":amount}}");
  }

  /** The won equivalent as written in brackets after its amount, which carries the bound; empty if not converted. */
  private Optional<String> krwInBrackets(MoneyFact fact, Lang lang) {
    return briefing.approxKrw(fact).map(low -> AmountText.approximately(low, briefing.approxKrwHigh(fact), lang));
  }

  private static final String FLOOR = " 이상";

  /**
   * A key figure written on one line, as a plain-text e-mail lists it: the amount, then in one pair
   * of brackets its won figure and its status (also {@code 보도} / {@code reported}, which a sentence
   * leaves to its words), the bound said once: {@code 최대 100만달러(약 13억4600만원, 보도)} / {@code more
   * than 380 billion yuan (about ₩75 trillion; reported)}; a Korean floor keeps the won figure by its
   * amount and the status after the whole: {@code 3800억위안(약 75조원) 이상(보도)}, never {@code
   * 3800억위안 이상(약 75조원 이상)}.
   */
  String inlineKeyFigure(MoneyFact fact, Lang lang) {
    List<String> details = new ArrayList<>();
    if (fact.reporting().claim() != ClaimStatus.CONFIRMED) {
      details.add(AmountText.claim(fact.reporting().claim(), lang));
    }
    return oneLine(fact, details, lang);
  }

  /**
   * A row's figure standing alone, out of any sentence and any table (a search result): as {@link
   * #inlineKeyFigure}, with a valuation's basis and a deal's or a plan's status before the claim
   * status: {@code 최소 2000만달러(약 280억원, 협상 중, 보도)} / {@code at least $20 million (about ₩28
   * billion; in talks; reported)}, never {@code 최소 2000만달러(최소 약 280억원, …)}.
   */
  String standing(MoneyFact fact, Lang lang) {
    List<String> details = new ArrayList<>();
    for (String field : List.of("basis", "status", "claim")) {
      String words = fact(fact, field, lang);
      if (!words.isBlank()) {
        details.add(words);
      }
    }
    return oneLine(fact, details, lang);
  }

  /** The amount with its won figure and {@code details} in one pair of brackets, the bound said once. */
  private String oneLine(MoneyFact fact, List<String> details, Lang lang) {
    String amount = fact(fact, "amount", lang);
    Optional<String> krw = krwInBrackets(fact, lang);
    if (krw.isEmpty() && details.isEmpty()) {
      return amount;
    }
    if (lang == Lang.KO && amount.endsWith(FLOOR)) {
      // The won figure stands by the amount it converts, the rest after the whole figure, as the
      // tables write it: 3800억위안(약 75조원) 이상(보도), never 3800억위안(보도) 이상.
      String stem = amount.substring(0, amount.length() - FLOOR.length());
      return stem + krw.map(k -> "(" + k + ")").orElse("") + FLOOR
          + (details.isEmpty() ? "" : "(" + String.join(", ", details) + ")");
    }
    List<String> parts = new ArrayList<>();
    krw.ifPresent(parts::add);
    parts.addAll(details);
    return amount + (lang == Lang.KO ? "(" + String.join(", ", parts) + ")" : " (" + String.join("; ", parts) + ")");
  }

  /**
   * The amount, then in brackets its won figure, {@code qualifier} (an estimate, a deal not made) and
   * its status; in Korean a floor's bound word comes after the brackets: {@code 100억달러(약 14조원) 이상}.
   */
  private static String withDetails(String amount, Optional<String> krw, ClaimStatus claim, Lang lang,
      String qualifier) {
    String status = claim == ClaimStatus.REPORTED ? "" : AmountText.claim(claim, lang);
    List<String> parts = new ArrayList<>();
    krw.ifPresent(parts::add);
    if (!qualifier.isEmpty()) {
      parts.add(qualifier);
    }
    // An estimate whose claim is an estimate too says so once: 약 8000억원(추정치), not (추정치, 추정치).
    if (!status.isEmpty() && !status.equals(qualifier)) {
      parts.add(status);
    }
    if (parts.isEmpty()) {
      return amount;
    }
    if (lang == Lang.KO && amount.endsWith(FLOOR)) {
      // 100억달러(약 14조원) 이상: the won figure stands by the amount it explains, the bound word after
      // it, and what is said of the whole figure last: 290억달러(약 39조7000억원) 이상(추정치), where "(약
      // 39조7000억원, 추정치) 이상" read as if the won figure were the estimate.
      String bare = amount.substring(0, amount.length() - FLOOR.length());
      List<String> said = parts.subList(krw.isPresent() ? 1 : 0, parts.size());
      return (krw.isPresent() ? bare + "(" + krw.get() + ")" : bare) + FLOOR
          + (said.isEmpty() ? "" : "(" + String.join(", ", said) + ")");
    }
    return amount + (lang == Lang.KO ? "(" + String.join(", ", parts) + ")" : " (" + String.join("; ", parts) + ")");
  }

  /**
   * The companies a figure writes out by name, in the order it lists them ({@link #separatorBefore}): the company
   * of {@code {{company:id:name}}}, a round's {@code lead}, {@code participants} or {@code investors}; empty for any other
   * figure.
   */
  List<String> companies(FigureRef ref) {
    String id = ref.ids().get(0);
    if (ref.kind().equals("company") && ref.field().equals("name")) {
      return List.of(id);
    }
    if (ref.kind().equals("round") && List.of("lead", "participants", "investors").contains(ref.field())) {
      return briefing.round(id).map(r -> investors(r, ref.field())).orElse(List.of());
    }
    return List.of();
  }

  /** The investors a round's field names: its {@code lead}, its {@code participants}, or all its {@code investors}. */
  private static List<String> investors(Round round, String field) {
    return switch (field) {
      case "lead" -> round.lead();
      case "participants" -> round.participants();
      default -> round.investors();
    };
  }

  /** Whether the company's English name takes "the" in a sentence. */
  boolean takesThe(String id) {
    return briefing.company(id).map(Company::theInEnglish).orElse(false);
  }

  /** A company's name as a sentence writes it ({@link Company#nameInProse}: "the Public Investment Fund"). */
  String companyName(String id, Lang lang) {
    return briefing.company(id).map(c -> c.nameInProse(lang)).orElse(id);
  }

  private String names(List<String> companies, Lang lang) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < companies.size(); i++) {
      out.append(separatorBefore(i, companies.size(), lang)).append(companyName(companies.get(i), lang));
    }
    return out.toString();
  }

  /**
   * What a list of {@code size} names writes before its item {@code index} (0-based), in each
   * language's press style: commas in Korean ({@code A, B, C}); commas and "and" before the last,
   * without a serial comma, in English ({@code A, B and C}, {@code A and B}).
   */
  static String separatorBefore(int index, int size, Lang lang) {
    if (index == 0) {
      return "";
    }
    return lang == Lang.EN && index == size - 1 ? " and " : ", ";
  }

  String rateNote(ExchangeRate rate, Lang lang) {
    String source = briefing.recordSource(rate.source()).map(Source::outlet).map(o -> o.in(lang)).orElse(rate.source());
    MoneyFormat format = moneyFormat(lang);
    Money one = unit(rate);
    String quote = quoteWords(rate, format, lang);
    // A rate worked out from a report's own conversion says so: it is that report's arithmetic, not the market's.
    String from = rate.basis() == RateBasis.IMPLIED ? (lang == Lang.KO ? source + " 환산 기준" : "as converted by " + source)
        : source;
    return lang == Lang.KO
        ? "환율 " + format.format(one) + " = " + quote + " (" + DateStyle.format(rate.date(), lang) + ", " + from + ")"
        : "Rate " + format.format(one) + " = " + quote + " (" + DateStyle.format(rate.date(), lang) + ", " + from + ")";
  }

  /** The amount of the base currency a rate is quoted for: 1 dollar, 100 yen ({@link com.moneywar.briefing.money.CurrencyStyle#rateUnit}). */
  private static Money unit(ExchangeRate rate) {
    return new Money(BigDecimal.valueOf(com.moneywar.briefing.money.CurrencyStyle.rateUnit(rate.base())), rate.base());
  }

  /**
   * The won {@link #unit} buys, as the press writes a rate: {@code 1,372.5원} in Korean, whose amounts
   * otherwise group by 만 with no comma ({@code 1372.5원} read as a price, not a rate), and {@code ₩1,372.5}.
   */
  private static String quoteWords(ExchangeRate rate, MoneyFormat format, Lang lang) {
    String words = format.format(quoteFor(rate));
    java.util.regex.Matcher m = KOREAN_THOUSANDS.matcher(words);
    return lang == Lang.KO && m.matches() ? m.group(1) + "," + m.group(2) : words;
  }

  private static final java.util.regex.Pattern KOREAN_THOUSANDS = java.util.regex.Pattern.compile("(\\d)(\\d{3}(?:\\.\\d+)?\\D+)");

  /** The won that {@link #unit} buys: {@code 940원} for 100 yen at 9.4. */
  private static Money quoteFor(ExchangeRate rate) {
    return new Money(rate.rate().multiply(BigDecimal.valueOf(com.moneywar.briefing.money.CurrencyStyle.rateUnit(rate.base())))
        .stripTrailingZeros(), rate.quote());
  }

  /** The rate with its date and source, as a line of a list of rates: {@code 1달러 = 1428원 (2025년 10월 29일, 지디넷코리아)}. */
  String rateLine(ExchangeRate rate, Lang lang) {
    String note = rateNote(rate, lang);
    return note.substring(note.indexOf(' ') + 1);
  }

  /** The rate without its source, for table cells: {@code 1달러=1349원, 2024년 3월 28일}. */
  String shortRateNote(ExchangeRate rate, Lang lang) {
    // Every row of a table converted at one rate says the same: worded once per rate and language.
    return rateNotes.computeIfAbsent(new RateNoteKey(rate, lang), k -> wordedRateNote(rate, lang));
  }

  private String wordedRateNote(ExchangeRate rate, Lang lang) {
    MoneyFormat format = moneyFormat(lang);
    String pair = format.format(unit(rate)) + " = " + quoteWords(rate, format, lang);
    return (lang == Lang.KO ? "환율 " : "at ") + pair + ", " + DateStyle.format(rate.date(), lang);
  }

  private String company(Company company, String field, Lang lang) {
    return field.equals("founded")
        ? company.founded().map(d -> DateStyle.format(d, lang)).orElse("")
        : company.nameInProse(lang);
  }

  /**
   * Valuation {@code TO} ÷ valuation {@code FROM}, always to one decimal as the charts give it
   * ({@code 3.0}, never {@code 3}), with what the two values' bounds let one say of it ({@link
   * com.moneywar.briefing.model.MultipleBound}): {@code 최대 4.5}, {@code 최소 약 2.1}, {@code about
   * 3.0}. The check allows only comparable values (same currency and basis, no estimate or range, not
   * a ceiling and a floor at once).
   */
  private String ratio(FigureRef ref, Lang lang) {
    com.moneywar.briefing.model.Valuation fromRow = briefing.valuation(ref.ids().get(0)).orElseThrow();
    com.moneywar.briefing.model.Valuation toRow = briefing.valuation(ref.ids().get(1)).orElseThrow();
    com.moneywar.briefing.model.MultipleBound bound = com.moneywar.briefing.model.MultipleBound.of(fromRow, toRow);
    return bound.words(lang) + bound.number(toRow.amount().amount(), fromRow.amount().amount());
  }

}
