package com.moneywar.briefing.testing;

import com.moneywar.briefing.model.ChartKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * A TEST FIXTURE that strains the charts: the shipped project plus 40 made-up companies with long
 * Korean and English names and their made-up deals, valuations and pay offers over 2023–2025, in
 * USD, EUR and KRW, with every bound (exact, about, up to, at least, more than, range), every
 * investment status and every claim status, and one chart of every {@link ChartKind} over the
 * whole record (so a kind added later is drawn from it too). Every row names the source
 * {@value #SOURCE}, whose outlet says the data is not real. Deterministic: no randomness, no clock.
 */
public final class StressCorpus {
  public static final String SOURCE = "stress-fixture";
  public static final int COMPANIES = 40;
  private static final int INVESTORS = 10;
  private static final String[] BOUNDS = {"exact", "about", "up-to", "at-least", "more-than", "range"};
  private static final String[] STATUSES = {"invested", "announced", "planned"};
  private static final String[] CLAIMS = {"", "reported", "claimed", "disputed", "confirmed"};
  private static final String[] CURRENCIES = {"USD", "USD", "EUR", "KRW"};
  private static final String[] BASES = {"post-money", "pre-money", "estimate", "unstated"};

  private StressCorpus() {}

  /** Writes the corpus as a copy of the shipped project in {@code dir}; returns the project folder. */
  public static Path copyTo(Path dir) {
    Path project = ShippedProject.copyTo(dir);
    append(project, "data/sources.csv",
        SOURCE + ",시험용 합성 데이터(실제 아님),TEST FIXTURE: synthetic data (not real),,,2023-01-01,,en\n");
    append(project, "data/companies.csv", companies());
    append(project, "data/investments.csv", investments());
    append(project, "data/valuations.csv", valuations());
    append(project, "data/talent_offers.csv", talent());
    append(project, "data/charts.csv", charts());
    return project;
  }

  static String id(int i) {
    return "stress-co-" + i;
  }

  /** Names from short to very long, so labels of every width meet. */
  static String nameKo(int i) {
    return switch (i % 4) {
      case 0 -> "합성" + i;
      case 1 -> "합성 인공지능 연구소 " + i;
      case 2 -> "초거대 언어모델 합성 연구개발 주식회사 " + i;
      default -> "시험용 합성 벤처캐피털 그로스 파트너스 제" + i + "호 펀드";
    };
  }

  static String nameEn(int i) {
    return switch (i % 4) {
      case 0 -> "Syn " + i;
      case 1 -> "Synthetic AI Lab " + i;
      case 2 -> "Extraordinarily Large Language Model Research Company " + i;
      default -> "Test Fixture Venture Capital Growth Partners Fund No. " + i;
    };
  }

  private static String companies() {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= COMPANIES; i++) {
      boolean investor = i <= INVESTORS;
      b.append(id(i)).append(',').append(nameKo(i)).append(',').append(nameEn(i)).append(',')
          .append(investor ? "big-tech" : "ai-lab").append(",US,,,").append(SOURCE).append('\n');
    }
    return b.toString();
  }

  private static String date(int k) {
    int year = 2023 + k % 3;
    int month = 1 + (k * 5) % 12;
    int day = 1 + (k * 7) % 28;
    return switch (k % 3) {
      case 0 -> String.format("%d-%02d-%02d", year, month, day);
      case 1 -> String.format("%d-%02d", year, month);
      default -> Integer.toString(year);
    };
  }

  /** An amount in {@code currency}: from millions to tens of billions (of dollars, or the like). */
  private static long amount(int k, String currency) {
    long dollars = (long) (5 + (k * 37) % 400) * 100_000_000L / (1 + k % 5);
    return switch (currency) {
      case "KRW" -> dollars * 1300;
      case "EUR" -> dollars / 2;
      default -> dollars;
    };
  }

  private static String investments() {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < 60; k++) {
      String investor = id(1 + k % INVESTORS);
      String investee = id(INVESTORS + 1 + (k * 7) % (COMPANIES - INVESTORS));
      String currency = CURRENCIES[k % CURRENCIES.length];
      String bound = BOUNDS[k % BOUNDS.length];
      long low = amount(k, currency);
      String high = bound.equals("range") ? Long.toString(low + low / 4) : "";
      String claim = CLAIMS[k % CLAIMS.length];
      String id = "stress-inv-" + k;
      if (k % 5 == 4) { // a commitment with a tranche paid in and one planned
        b.append(investment(id, investor, investee, "commitment", "", low, currency, "exact", "announced", k, "", ""));
        b.append(investment(id + "-t1", investor, investee, "tranche", id, low / 2, currency, "exact", "invested", k,
            "", ""));
        b.append(investment(id + "-t2", investor, investee, "tranche", id, low - low / 2, currency, "exact", "planned",
            k + 1, "", ""));
      } else {
        b.append(investment(id, investor, investee, "single", "", low, currency, bound,
            STATUSES[k % STATUSES.length], k, high, claim));
      }
    }
    return b.toString();
  }

  private static String investment(String id, String investor, String investee, String kind, String partOf,
      long amount, String currency, String bound, String status, int k, String high, String claim) {
    // id,investor,investee,kind,part_of,amount,currency,bound,status,date,source,fx,approx_digits,note_ko,note_en,
    // replaces,round,role,amount_high,sources,claim,alt_amount,alt_bound,alt_source
    return id + "," + investor + "," + investee + "," + kind + "," + partOf + "," + amount + "," + currency + ","
        + bound + "," + status + "," + date(k) + "," + SOURCE + ",none,,시험용 합성 데이터,TEST FIXTURE,,,," + high
        + ",," + claim + ",,,\n";
  }

  private static String valuations() {
    StringBuilder b = new StringBuilder();
    int k = 0;
    for (int c = INVESTORS + 1; c <= COMPANIES; c++) {
      String currency = CURRENCIES[c % CURRENCIES.length];
      for (int v = 0; v < 2 + c % 3; v++, k++) {
        String bound = BOUNDS[k % BOUNDS.length];
        long low = amount(k, currency) * (4 + v * 3);
        String high = bound.equals("range") ? Long.toString(low + low / 5) : "";
        // id,company,amount,currency,bound,date,source,fx,approx_digits,note_ko,note_en,basis,sources,claim
        // amount_high is not a column of valuations.csv in every version: ranges are written as their low end
        b.append("stress-val-").append(c).append('-').append(v).append(',').append(id(c)).append(',').append(low)
            .append(',').append(currency).append(',').append(bound.equals("range") ? "about" : bound).append(',')
            .append(2023 + v % 3).append('-').append(String.format("%02d", 1 + (c + v * 4) % 12)).append(',')
            .append(SOURCE).append(",none,,시험용 합성 데이터,TEST FIXTURE,").append(BASES[k % BASES.length])
            .append(",,").append(CLAIMS[k % CLAIMS.length]).append('\n');
      }
    }
    return b.toString();
  }

  private static String talent() {
    StringBuilder b = new StringBuilder();
    String[] periods = {"year", "total"};
    for (int k = 0; k < 6; k++) {
      String bound = BOUNDS[k % BOUNDS.length];
      long low = (3 + k) * 250_000L;
      String high = bound.equals("range") ? Long.toString(low * 2) : "";
      // id,employer,role_ko,role_en,amount,currency,period,bound,date,source,fx,approx_digits,note_ko,note_en,
      // amount_high,sources,claim
      b.append("stress-pay-").append(k).append(',').append(id(1 + k)).append(",시험용 합성 직군 ").append(k)
          .append(" 최고 수준 연구자,Synthetic role ").append(k).append(" top researchers,").append(low)
          .append(",USD,").append(periods[k % 2]).append(',').append(bound).append(',').append(date(k)).append(',')
          .append(SOURCE).append(",none,,시험용 합성 데이터,TEST FIXTURE,").append(high).append(",,")
          .append(CLAIMS[k % CLAIMS.length]).append('\n');
    }
    return b.toString();
  }

  /** One chart of every kind over the whole record; a kind with fixed rows gets the fixture's rows. */
  private static String charts() {
    StringBuilder b = new StringBuilder();
    for (ChartKind kind : ChartKind.values()) {
      String rows = "";
      String compare = "";
      String period = "";
      if (kind == ChartKind.TALENT) {
        rows = "stress-pay-0";
        compare = "investment:stress-inv-0 investment:stress-inv-4 investment:stress-inv-8 investment:stress-inv-12";
      }
      if (kind == ChartKind.CUMULATIVE) {
        period = "year";
      }
      // id,kind,rows,pin,compare,series,currency,scale,period,title_ko,title_en,caption_ko,caption_en
      b.append("stress-").append(kind.code()).append(',').append(kind.code()).append(',').append(rows).append(",,")
          .append(compare).append(",,,,").append(period).append(",시험용 합성 데이터: 아주 긴 제목이 여러 줄로 나뉘어도 겹치지 않는지 보는 ")
          .append(kind.code()).append(" 그래프,\"TEST FIXTURE: a very long title that must wrap onto more lines without overlapping, ")
          .append(kind.code()).append("\",시험용 합성 데이터(실제 아님),TEST FIXTURE (not real data)\n");
    }
    return b.toString();
  }

  private static void append(Path project, String file, String rows) {
    try {
      Path path = project.resolve(file);
      String text = Files.readString(path, StandardCharsets.UTF_8);
      if (!text.endsWith("\n")) {
        rows = "\n" + rows;
      }
      Files.writeString(path, rows, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The kinds the corpus declares a chart of: all of them. */
  public static List<ChartKind> kinds() {
    return List.of(ChartKind.values());
  }
}
