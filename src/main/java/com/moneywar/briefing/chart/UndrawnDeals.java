package com.moneywar.briefing.chart;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ChartSpec;
import com.moneywar.briefing.model.ClaimStatus;
import com.moneywar.briefing.model.Flow;
import com.moneywar.briefing.model.FlowKind;
import com.moneywar.briefing.model.InvestmentTree;
import com.moneywar.briefing.model.ChartSelection;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.MoneyFact;
import com.moneywar.briefing.model.Round;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The rows of a timeline's tables that it does not draw, and the sentence under the chart that
 * names them with the reason: an offer still open, turned down or called off, a deal (or a funding
 * round) in talks, a deal only signed as a letter of intent or a memorandum, a report the parties
 * deny, a deal whose price was not disclosed; and the rows it draws only inside another point (an
 * investor's share of a round drawn), and the rounds a money-flows chart cannot draw. ("거절된 제안 1건(메타 → 퓨리오사AI)과 금액이 밝혀지지 않은
 * 거래 1건(리벨리온 → 사피온코리아)은 그리지 않았다." / "Not drawn: 1 rejected offer (Meta → FuriosaAI) and 1
 * deal of undisclosed value (Rebellions → Sapeon Korea).")
 */
final class UndrawnDeals {
  /** Why a row is not drawn, in the order the sentence names them. */
  enum Reason {
    OPEN("제안 단계인 거래", "offer still open", "offers still open"),
    REJECTED("거절된 제안", "rejected offer", "rejected offers"),
    CALLED_OFF("무산된 거래", "deal called off", "deals called off"),
    TALKS("협상 중인 거래", "deal still in talks", "deals still in talks"),
    // A bond sale being marketed, a loan being arranged, a listing prepared: planned, not "in talks".
    PLANNED("추진 중인 차입·상장", "debt financing or listing still planned", "debt financings or listings still planned"),
    INTENT("의향서 단계인 거래", "letter of intent", "letters of intent"),
    MEMORANDUM("양해각서 단계인 거래", "memorandum of understanding", "memoranda of understanding"),
    DENIED("당사자가 부인한 보도", "report denied by the parties", "reports denied by the parties"),
    JOINT("공동 투자", "joint investment", "joint investments"),
    HOLDING("지분 보유 기록", "stake held", "stakes held"),
    SALE("지분 매각", "stake sale", "stake sales"),
    // A right to buy shares granted, no money paid (AMD's warrant to OpenAI).
    WARRANT("신주인수권", "warrant", "warrants"),
    // Paid in the buyer's shares: a value, not money paid (OpenAI buying io in an all-stock deal).
    STOCK("주식 교환 방식의 거래", "all-stock deal", "all-stock deals"),
    MIXED("현금·주식 혼합 거래", "deal paid in cash and stock", "deals paid in cash and stock"),
    UNDISCLOSED("금액이 밝혀지지 않은 거래", "deal of undisclosed value", "deals of undisclosed value"),
    // A price of nothing, reported ("Apple isn't paying OpenAI"): known, not undisclosed.
    NO_MONEY("돈이 오가지 않은 거래", "deal with no money paid", "deals with no money paid"),
    // "About $1 billion a year": a yearly payment, not the deal's whole price, which no source gives.
    YEARLY("연간 금액만 밝혀진 거래", "deal stated only as a yearly amount", "deals stated only as yearly amounts");

    final String ko;
    final String one;
    final String many;

    Reason(String ko, String one, String many) {
      this.ko = ko;
      this.one = one;
      this.many = many;
    }

    /** Every status of a deal not made has its reason: a new status does not compile until it has one. */
    static Reason of(MoneyFact fact) {
      // A report the parties deny is a denial whatever it reported: a denied report of talks is not
      // talks (a new user's note called SK Telecom's denied stake sale a deal in talks).
      if (fact.reporting().claim() == ClaimStatus.DENIED) {
        return DENIED;
      }
      // What a row is comes next from its status: a stake in talks is a deal in talks, not a stake
      // held (a new user's note counted Microsoft's 49% of OpenAI, still in talks, as held).
      return switch (fact.reporting().deal()) {
        case OFFERED -> OPEN;
        case REJECTED -> REJECTED;
        case CALLED_OFF -> CALLED_OFF;
        case TALKS -> fact instanceof Round r && r.type().plannedUntilClosed() ? PLANNED : TALKS;
        // Never asked: talks a later round concluded are left out of the sentence (#of), that round drawn.
        case CONCLUDED, COMPLETED, ABANDONED, TERMINATED -> TALKS;
        case PLANNED -> PLANNED;
        // Never asked either: a paper the binding deal followed is left out (#of), that deal drawn.
        case INTENT, INTENT_SIGNED -> INTENT;
        case MEMORANDUM, MEMORANDUM_SIGNED -> MEMORANDUM;
        case AGREED -> fact instanceof Flow f && !f.flowKind().moneyMoved()
                ? (f.flowKind() == FlowKind.JOINT ? JOINT : f.flowKind() == FlowKind.SALE ? SALE
                    : f.flowKind() == FlowKind.WARRANT ? WARRANT : HOLDING)
            : fact instanceof Flow f && f.yearly() ? YEARLY
            : fact instanceof Flow f && !f.moneyMoved()
                ? (f.payment() == com.moneywar.briefing.model.Payment.STOCK ? STOCK : MIXED)
            : fact.reporting().amountStated() && fact.amount().amount().signum() == 0 ? NO_MONEY : UNDISCLOSED;
      };
    }
  }

  /** Deals named in the sentence per reason, at most; the others are only counted. */
  static final int NAMED = 3;

  private UndrawnDeals() {}

  /**
   * The rows a timeline with no rows named would draw were they plottable, that it does not draw:
   * investments (commitments and single investments), funding rounds and flows, in the chart's
   * currency when it has one, that are not agreed (a round in talks or called off), are denied, have
   * no amount, or moved no money (a joint investment, a stake held, a stake sold). In file order,
   * table by table.
   */
  static List<MoneyFact> of(Briefing briefing, ChartSpec spec) {
    if (!spec.rows().isEmpty()) {
      return List.of(); // named rows are all plottable: check refuses the others
    }
    return Stream.of(
            briefing.investments().stream().filter(i -> InvestmentTree.isRoot(briefing, i)).map(i -> (MoneyFact) i),
            briefing.rounds().stream().map(r -> (MoneyFact) r),
            briefing.flows().stream().map(f -> (MoneyFact) f))
        .flatMap(s -> s)
        .filter(f -> spec.currency().map(c -> c.equals(f.amount().currency())).orElse(true))
        .filter(f -> !f.reporting().plottable() || f.amount().amount().signum() <= 0
            || f instanceof Flow flow && !flow.moneyMoved())
        // Talks a later round concluded: their money is that round's, which is drawn, and they are no
        // deal still in talks (a new user's note counted talks of January 2024 "still in talks" in 2026).
        // A denied report is named as denied whatever became of it (a new user's denied report of an
        // xAI round, later closed, vanished from the note, which counted one denial of two).
        // So is a letter of intent the binding deal followed: that deal is drawn.
        .filter(f -> f.reporting().claim() == ClaimStatus.DENIED || !f.reporting().deal().concluded()
            && f.reporting().deal() != com.moneywar.briefing.model.DealStatus.ABANDONED
            && f.reporting().deal() != com.moneywar.briefing.model.DealStatus.TERMINATED
            && !signedIntoDrawn(briefing, f, spec))
        .toList();
  }

  /**
   * Whether {@code fact} is a letter of intent or memorandum whose binding deal ({@code closed_as}) a
   * timeline of {@code spec} draws: its money is that point's. One whose deal is not drawn (no amount
   * disclosed, another currency) is named as the paper it is, never as inside a point there is not.
   */
  static boolean signedIntoDrawn(Briefing briefing, MoneyFact fact, ChartSpec spec) {
    if (!fact.reporting().deal().signed()) {
      return false;
    }
    Optional<String> deal = fact instanceof com.moneywar.briefing.model.Investment i ? i.closedAs()
        : fact instanceof Flow f ? f.closedAs() : Optional.empty();
    Optional<? extends MoneyFact> signed = deal.flatMap(id -> fact instanceof Flow
        ? briefing.flow(id) : briefing.investment(id));
    return signed.filter(d -> d.reporting().plottable() && d.amount().amount().signum() > 0
        && !(d instanceof Flow f && !f.moneyMoved())
        && spec.currency().map(c -> c.equals(d.amount().currency())).orElse(true)).isPresent();
  }

  /**
   * {@link #of}, for a money-flows chart, which draws investments and stakes bought: those of them it
   * leaves out (a letter of intent, talks, a denial), so that the chart says so under itself as the
   * timeline does. A new user's chart of "what Nvidia promised" left out its $100 billion letter of
   * intent without a word.
   */
  static List<MoneyFact> investmentsOf(Briefing briefing, ChartSpec spec) {
    return of(briefing, spec).stream()
        .filter(f -> f instanceof com.moneywar.briefing.model.Investment
            || f instanceof Flow flow && flow.flowKind() == com.moneywar.briefing.model.FlowKind.STAKE)
        .toList();
  }

  /**
   * The sentence under a timeline naming the rows it does not draw on their own because their money
   * is in another point: investors' shares of a round drawn, and rounds whose money a commitment
   * drawn holds ("라운드 금액에 이미 포함된 투자자별 투자 1건(벤치마크 → 세레브라스)은 따로 그리지 않았다." /
   * "Not drawn on their own, as their money is inside another point: 1 investor's share of a round
   * (Benchmark → Cerebras)."); empty when there are none.
   */
  static String inside(ChartSelection.Timeline timeline, ChartSpec spec, ChartWording w) {
    List<String> ko = new ArrayList<>();
    List<String> en = new ArrayList<>();
    // A lender's share of a loan or bond sale is no investment (a new user's government loan was
    // named among "투자자별 투자"): lenders' shares are counted apart.
    java.util.function.Predicate<MoneyFact> lent = f -> f instanceof com.moneywar.briefing.model.Investment i
        && com.moneywar.briefing.model.InvestmentTree.debt(w.briefing(), i);
    List<MoneyFact> shares = timeline.inRounds().stream().map(MoneyFact.class::cast).toList();
    count(shares.stream().filter(lent.negate()).toList(), "라운드 금액에 이미 포함된 투자자별 투자 ",
        " investor's share of a round", " investors' shares of rounds", w, ko, en);
    count(shares.stream().filter(lent).toList(), "차입 금액에 이미 포함된 대주별 대출·채권 ",
        " lender's share of a debt financing", " lenders' shares of debt financings", w, ko, en);
    count(List.copyOf(timeline.inCommitments().keySet()), "투자 약정에 이미 포함된 라운드 ",
        " round inside a commitment", " rounds inside commitments", w, ko, en);
    count(List.copyOf(timeline.inLaterRounds()), "이후 라운드 금액에 포함된 라운드 ",
        " round included in a later round's amount", " rounds included in later rounds' amounts", w, ko, en);
    // A commitment a later one raised (or cut) is that one's point, drawn at the new total and date: a
    // new user's Amazon → Anthropic of September 2023 vanished from the chart without a word, its $8
    // billion point of November 2024 read as new money that day.
    List<MoneyFact> replaced = replacedCommitments(timeline, w.briefing());
    if (!replaced.isEmpty()) {
      List<String> names = replaced.stream().map(f -> TimelineChart.deal(f, w) + " · " + w.date(f.date())).toList();
      int shown = Math.min(names.size(), NAMED);
      String n = w.count(BigDecimal.valueOf(replaced.size()));
      String rest = names.size() > shown ? w.pick(" 외 " + w.count(BigDecimal.valueOf(names.size() - shown)) + "건",
          " and " + w.count(BigDecimal.valueOf(names.size() - shown)) + " more") : "";
      String list = "(" + String.join(w.lang() == Lang.EN ? "; " : ", ", names.subList(0, shown)) + rest + ")";
      ko.add("이후 증액·변경된 약정에 포함된 이전 약정 " + n + "건" + list);
      en.add(n + (replaced.size() == 1 ? " earlier commitment that a later one raised or changed, drawn at its new total"
          : " earlier commitments that later ones raised or changed, drawn at their new totals") + " " + list);
    }
    // Talks a later round concluded, and an investor's share of them: their money is that round's, drawn
    // (a new user's edition wrote of Nvidia's "up to $2 billion" in talks that became the Series E, and
    // the timeline had neither the talks nor a word of them).
    if (spec.rows().isEmpty()) {
      Briefing b = w.briefing();
      List<MoneyFact> ended = Stream.of(
              b.rounds().stream().map(r -> (MoneyFact) r),
              b.investments().stream().filter(i -> InvestmentTree.isRoot(b, i)).map(i -> (MoneyFact) i))
          .flatMap(x -> x)
          .filter(f -> spec.currency().map(c -> c.equals(f.amount().currency())).orElse(true))
          .filter(f -> f.reporting().claim() != ClaimStatus.DENIED)
          .toList();
      // Ended by a later round, or by the investment a later row records (a new user's fund's talks,
      // approved as an investment, were called "concluded by a later round").
      count(ended.stream().filter(f -> f.reporting().deal() == com.moneywar.briefing.model.DealStatus.CONCLUDED).toList(),
          "이후 성사된 협상 ", " deal in talks that a later deal concluded", " deals in talks that later deals concluded",
          w, ko, en);
      // A plan a later deal carried out (a listing planned, then made): a new user's two IPO plans, each
      // followed by its listing, went unmentioned.
      count(ended.stream().filter(f -> f.reporting().deal() == com.moneywar.briefing.model.DealStatus.COMPLETED).toList(),
          "이후 실행된 계획 ", " plan a later deal carried out", " plans later deals carried out", w, ko, en);
      // A letter of intent or a memorandum the binding deal followed: that deal is the point drawn.
      count(Stream.concat(b.investments().stream().filter(i -> InvestmentTree.isRoot(b, i)).map(i -> (MoneyFact) i),
                  b.flows().stream().map(f -> (MoneyFact) f))
              .filter(f -> signedIntoDrawn(b, f, spec) && f.reporting().claim() != ClaimStatus.DENIED)
              .filter(f -> spec.currency().map(c -> c.equals(f.amount().currency())).orElse(true)).toList(),
          "이후 본계약으로 이어진 의향서·양해각서 ", " letter of intent or memorandum a later contract followed",
          " letters of intent or memoranda later contracts followed", w, ko, en);
    }
    if (ko.isEmpty()) {
      return "";
    }
    return w.pick(join(ko, ", ", "과 ") + "은 따로 그리지 않았다.",
        "Not drawn on their own, as their money is inside another point: " + join(en, ", ", " and ") + ".");
  }

  /**
   * The commitments a drawn commitment replaces ({@code replaces}), and the ones those replace, in
   * the order drawn: each is inside the point of the commitment that replaced it.
   */
  private static List<MoneyFact> replacedCommitments(ChartSelection.Timeline timeline, Briefing b) {
    java.util.LinkedHashSet<MoneyFact> replaced = new java.util.LinkedHashSet<>();
    for (com.moneywar.briefing.model.Investment i : timeline.investments()) {
      Optional<String> earlier = i.replaces();
      while (earlier.isPresent()) {
        Optional<com.moneywar.briefing.model.Investment> row = b.investment(earlier.get());
        if (row.isEmpty() || !replaced.add(row.get())) {
          break;
        }
        earlier = row.get().replaces();
      }
    }
    return List.copyOf(replaced);
  }

  /**
   * The sentence under a timeline naming the investments it draws whose investor is also among the
   * investors of a round of the same company it draws, within a year of each other, with no row
   * tying the two and no round of its own named in its {@code round} column: part of the one may be
   * inside the other ("투자 1건(엔비디아 → 엔스케일)은 같은 시기 그
   * 회사의 라운드에도 투자자로 올라 있어, 금액 일부가 라운드 금액과 겹칠 수 있다." / "1 investment (Nvidia →
   * Nscale) is by an investor also named in that company's round of the time: part of its money may be
   * inside the round's amount."). A new user's $700 million commitment, partly invested in the round
   * beside it, was drawn in full next to the round, and nothing said so. Empty when there are none.
   */
  static String overlapping(ChartSelection.Timeline timeline, ChartWording w) {
    List<MoneyFact> both = new ArrayList<>();
    for (com.moneywar.briefing.model.Investment i : timeline.investments()) {
      // An investment that names its own round (column 'round') is that round's money, known, and
      // no other round's: a new user's share of an earlier round was said to overlap a later one.
      boolean shared = i.reporting().plottable() && i.round().isEmpty() && timeline.rounds().stream()
          .filter(r -> r.reporting().plottable() && r.investee().equals(i.investee())
              && r.investors().contains(i.investor()) && timeline.inCommitments().get(r) != i)
          .anyMatch(r -> Math.abs(java.time.temporal.ChronoUnit.DAYS.between(r.date().firstDay(),
              i.date().firstDay())) <= 366);
      if (shared) {
        both.add(i);
      }
    }
    if (both.isEmpty()) {
      return "";
    }
    String names = named(both, null, w);
    String n = w.count(BigDecimal.valueOf(both.size()));
    boolean one = both.size() == 1;
    return w.pick("투자 " + n + "건" + names + "은 같은 시기 그 회사의 라운드에도 투자자로 올라 있어, 금액 일부가 라운드 금액과"
            + " 겹칠 수 있다.",
        n + (one ? " investment " : " investments ") + (names.isEmpty() ? "" : names + " ")
            + (one ? "is by an investor" : "are by investors") + " also named in that company's round of the time: part"
            + " of " + (one ? "its" : "their") + " money may be inside the round's amount.");
  }

  /** Adds "{@code what} N건(names)" / "N {@code one|many} (names)" for {@code facts}, when there are any. */
  private static void count(List<MoneyFact> facts, String what, String one, String many, ChartWording w,
      List<String> ko, List<String> en) {
    if (facts.isEmpty()) {
      return;
    }
    String names = named(facts, null, w);
    String n = w.count(BigDecimal.valueOf(facts.size()));
    ko.add(what + n + "건" + names);
    en.add(n + (facts.size() == 1 ? one : many) + (names.isEmpty() ? "" : " " + names));
  }

  /**
   * The closed funding rounds with an amount that a money-flows chart with no rows named cannot
   * draw, as it draws money from one investor to one investee and no investment row names the round
   * with an amount it draws (a round with some investors' shares on record has its money drawn
   * through them). In the chart's currency, in file order.
   */
  static List<Round> roundsOf(Briefing briefing, ChartSpec spec) {
    // A secondary sale is no money for the company, nor put into it: not a round a money-flows chart leaves out.
    return withoutShares(briefing, spec).filter(r -> !r.type().debt() && r.type().newMoney()).toList();
  }

  /**
   * The closed debt rounds (a bond sale, a loan) with an amount and no lender's share on record that a
   * money-flows chart with no rows named leaves out: money lent, not invested, named with the loans and
   * bonds bought it leaves out ({@link ChartNotes#debt}), never as a funding round (a new user's chart
   * called xAI's bond sale "투자 유치 라운드 1건(xAI · 차입)").
   */
  static List<Round> debtRoundsOf(Briefing briefing, ChartSpec spec) {
    return withoutShares(briefing, spec).filter(r -> r.type().debt()).toList();
  }

  private static Stream<Round> withoutShares(Briefing briefing, ChartSpec spec) {
    if (!spec.rows().isEmpty()) {
      return Stream.empty();
    }
    java.util.Set<String> withShares = new java.util.HashSet<>();
    briefing.investments().stream().filter(i -> i.reporting().plottable())
        .forEach(i -> i.round().ifPresent(withShares::add));
    // A round that includes an earlier one with shares (a final close and its first close) has them too.
    briefing.rounds().stream().filter(r -> withShares.contains(r.id())).toList()
        .forEach(r -> r.includedInLater(briefing).forEach(later -> withShares.add(later.id())));
    return briefing.rounds().stream()
        .filter(r -> r.reporting().plottable() && r.amount().amount().signum() > 0 && !withShares.contains(r.id()))
        .filter(r -> spec.currency().map(c -> c.equals(r.amount().currency())).orElse(true));
  }

  /**
   * The sentence under a money-flows chart on {@link #roundsOf}: "투자 유치 라운드 6건은 투자자별 금액이
   * 없어 그리지 않았다." / "6 funding rounds are not drawn: they give no amount per investor.", naming
   * up to three; empty when there are none.
   */
  static String roundsSentence(List<Round> rounds, ChartWording w) {
    if (rounds.isEmpty()) {
      return "";
    }
    String names = named(List.copyOf(rounds), null, w);
    String n = w.count(BigDecimal.valueOf(rounds.size()));
    boolean one = rounds.size() == 1;
    return w.pick("투자 유치 라운드 " + n + "건" + names + "은 투자자별 금액이 없어 그리지 않았다.",
        n + (one ? " funding round " : " funding rounds ") + (names.isEmpty() ? "" : names + " ")
            + (one ? "is not drawn: it gives" : "are not drawn: they give") + " no amount per investor.");
  }

  /** "(벤치마크 → 세레브라스)", the rows' names in parentheses when there are at most {@link #NAMED}; else empty. */
  private static String named(List<MoneyFact> rows, Reason reason, ChartWording w) {
    // The first three named, the rest counted: "(A, B, C 외 2건)" / "(A, B, C and 2 more)".
    List<String> named = names(rows.subList(0, Math.min(rows.size(), NAMED)), reason, w);
    // An English date has a comma of its own: the names are then set apart by semicolons.
    String between = named.stream().anyMatch(s -> s.contains(",")) ? "; " : ", ";
    int more = rows.size() - named.size();
    String rest = more <= 0 || named.isEmpty() ? ""
        : w.pick(" 외 " + w.count(BigDecimal.valueOf(more)) + "건", " and " + w.count(BigDecimal.valueOf(more)) + " more");
    return named.isEmpty() ? "" : "(" + String.join(between, named) + rest + ")";
  }

  /** The sentence naming {@code undrawn} by reason; empty when there are none. */
  static String sentence(List<MoneyFact> undrawn, ChartWording w) {
    List<String> ko = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (Reason reason : Reason.values()) {
      List<MoneyFact> rows = undrawn.stream().filter(f -> Reason.of(f) == reason).toList();
      if (rows.isEmpty()) {
        continue;
      }
      String n = w.count(BigDecimal.valueOf(rows.size()));
      String names = named(rows, reason, w);
      ko.add(reason.ko + " " + n + "건" + names);
      en.add(n + " " + (rows.size() == 1 ? reason.one : reason.many) + (names.isEmpty() ? "" : " " + names));
    }
    if (ko.isEmpty()) {
      return "";
    }
    // Every part ends in 건 (a consonant), before any parenthesis: 과 between the last two, 은 after.
    return w.pick(join(ko, ", ", "과 ") + "은 그리지 않았다.", "Not drawn: " + join(en, ", ", " and ") + ".");
  }

  /**
   * How each row of one reason is named: its parties ("마이크로소프트 → 오픈AI"), a round as the
   * tables name it ("그로크 · 시리즈D"), a joint investment or a stake sale by its partners side by
   * side, with what it is unless the reason says it ("SK텔레콤 · 앤스로픽 지분 매각" among denied
   * reports); where two read the same, each of those with its date too ("… · 2023년 1월 9일"), and
   * where even that is the same, with what the row is as well ("… 지분 49% · 2023년 1월 9일": a stake
   * beside an investment). {@code reason} is null for rows named for another cause than a reason.
   */
  private static List<String> names(List<MoneyFact> rows, Reason reason, ChartWording w) {
    List<String> names = new ArrayList<>(rows.stream()
        .map(f -> f instanceof Flow flow && flow.flowKind().partners()
            ? partners(f, w) + (reason == Reason.JOINT || reason == Reason.SALE ? ""
                : " " + w.pick(flow.kindWords(Lang.KO), flow.kindWords(Lang.EN).toLowerCase(java.util.Locale.ROOT)))
            : TimelineChart.deal(f, w)
                // A deal of flows.csv says what it is: walk 72's GPT-3 licence, "a deal of undisclosed
                // value (Microsoft → OpenAI)", read as an investment.
                + (f instanceof Flow flow ? flowWhat(flow, reason, w) : "")
                // A deal of undisclosed price sized by what it buys says its size: 오픈AI → AMD · 6GW.
                + (reason == Reason.UNDISCLOSED && f instanceof Flow flow && flow.capacity().isPresent()
                    ? " · " + flow.capacity().get().words(w.lang()) : "")).toList());
    List<String> plain = List.copyOf(names);
    for (int i = 0; i < rows.size(); i++) {
      String name = plain.get(i);
      // A denied report keeps its date even alone: "xAI · 시리즈E" among denied reports, under a chart
      // drawing the Series E that later closed, read as if that one were denied.
      if (java.util.Collections.frequency(plain, name) < 2 && reason != Reason.DENIED) {
        continue;
      }
      MoneyFact row = rows.get(i);
      boolean sameDay = java.util.stream.IntStream.range(0, rows.size()).anyMatch(j -> j != rows.indexOf(row)
          && plain.get(j).equals(name) && rows.get(j).date().equals(row.date()));
      names.set(i, name + (sameDay && !(row instanceof Flow) ? what(row, w) : "") + " · " + w.date(row.date()));
    }
    return names;
  }

  /**
   * A deal of flows.csv in words, after its parties: " · " and its kind, with a stake's percentage
   * (" · 지분 보유 49%" / " · stake held, 49%"); among stakes held, the percentage alone.
   */
  private static String flowWhat(Flow flow, Reason reason, ChartWording w) {
    String percent = flow.percentWords(w.lang());
    if (reason == Reason.HOLDING) {
      return percent.isEmpty() ? "" : " · " + percent;
    }
    // Among warrants, the part of the shares each may buy: " · 지분 약 10%" / " · about 10% of shares".
    if (reason == Reason.WARRANT) {
      return percent.isEmpty() ? "" : " · " + w.pick("지분 " + percent, percent + " of shares");
    }
    String kind = flow.kindWords(w.lang());
    String en = kind.toLowerCase(java.util.Locale.ROOT);
    // "49% stake", as English says it; another kind with its percentage after it.
    return " · " + (w.lang() == Lang.KO ? kind + (percent.isEmpty() ? "" : " " + percent)
        : percent.isEmpty() ? en : en.equals("stake") ? percent + " stake" : en + ", " + percent);
  }

  /** What a row is, after its parties, where that tells it apart: " 지분 49%" / ", 49% stake" for a stake. */
  private static String what(MoneyFact row, ChartWording w) {
    if (row instanceof Flow f) {
      String percent = f.percentWords(w.lang());
      if (f.flowKind() == FlowKind.STAKE || f.flowKind() == FlowKind.HOLDING) {
        return w.pick(percent.isEmpty() ? " 지분" : " 지분 " + percent, percent.isEmpty() ? " stake" : " " + percent + " stake");
      }
      return " " + f.kindWords(w.lang()).toLowerCase(java.util.Locale.ROOT);
    }
    return row instanceof Round ? w.pick(" 라운드", " round") : w.pick(" 투자", " investment");
  }

  /** The two partners of a joint investment, or a seller and the company it sold shares of, side by side: no money goes from one to the other. */
  private static String partners(MoneyFact f, ChartWording w) {
    Flow flow = (Flow) f;
    return w.company(flow.from()) + " · " + w.company(flow.to());
  }

  /** {@code parts} joined by {@code between}, the last one by {@code last}: "A, B과 C" / "A, B and C". */
  static String join(List<String> parts, String between, String last) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(between, parts.subList(0, parts.size() - 1)) + last + parts.get(parts.size() - 1);
  }
}
