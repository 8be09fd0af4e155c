package com.moneywar.briefing.testing;

import java.nio.file.Path;

/**
 * The shipped project with data-bound figures in the seed briefing's title, its summary and its first
 * heading, in both languages, for tests of every place a title is shown. Each constant is the text
 * the reader must see there (the figure as the briefing's page writes it); none may hold a
 * {@code {{…}}}.
 */
public final class TitledProject {
  public static final String SLUG = ShippedProject.SEED;
  /** The title in Korean: the amount alone. */
  public static final String TITLE_KO = "아마존, 앤스로픽에 27억5000만달러 추가 투자… 빅테크 ‘AI 쩐의 전쟁’ 가열";
  /** The title in English: the figure with its won equivalent, so the subject is not ASCII either. */
  public static final String TITLE_EN = "Amazon adds $2.75 billion (about ₩3.71 trillion) to its Anthropic bet";
  /** What the summary begins with. */
  public static final String SUMMARY_KO = "아마존이 앤스로픽에 27억5000만달러(약 3조7100억원)를 더 넣었다.";
  public static final String SUMMARY_EN = "Amazon has paid in $2.75 billion (about ₩3.71 trillion) more.";
  /** The first heading of the body. */
  public static final String HEADING_KO = "아마존, 앤스로픽 투자 27억5000만달러로 ‘마침표’";
  public static final String HEADING_EN = "Amazon closes out its Anthropic deal with $2.75 billion";

  private TitledProject() {}

  /** The title in {@code lang} ({@code ko} or {@code en}) as shown. */
  public static String title(String lang) {
    return lang.equals("ko") ? TITLE_KO : TITLE_EN;
  }

  public static String summary(String lang) {
    return lang.equals("ko") ? SUMMARY_KO : SUMMARY_EN;
  }

  public static String heading(String lang) {
    return lang.equals("ko") ? HEADING_KO : HEADING_EN;
  }

  /** A copy of the shipped project in {@code dir} with the figures written into the seed's front matter and heading. */
  public static Path copyTo(Path dir) {
    Path project = ShippedProject.copyTo(dir);
    String ko = "data/texts/" + SLUG + ".ko.md";
    String en = "data/texts/" + SLUG + ".en.md";
    ShippedProject.replace(project, ko, "title: 아마존, 앤스로픽 투자 마무리…",
        "title: 아마존, 앤스로픽에 {{investment:amazon-anthropic-t2:amount}} 추가 투자…");
    ShippedProject.replace(project, ko, "summary: ",
        "summary: 아마존이 앤스로픽에 {{investment:amazon-anthropic-t2}}를 더 넣었다. ");
    ShippedProject.replace(project, ko, "## 아마존, 앤스로픽 투자 ‘마침표’",
        "## 아마존, 앤스로픽 투자 {{investment:amazon-anthropic-t2:amount}}로 ‘마침표’");
    ShippedProject.replace(project, en, "title: Amazon completes its Anthropic bet as Big Tech's AI money war heats up",
        "title: Amazon adds {{investment:amazon-anthropic-t2}} to its Anthropic bet");
    ShippedProject.replace(project, en, "summary: ",
        "summary: Amazon has paid in {{investment:amazon-anthropic-t2}} more. ");
    ShippedProject.replace(project, en, "## Amazon closes out its Anthropic deal",
        "## Amazon closes out its Anthropic deal with {{investment:amazon-anthropic-t2:amount}}");
    return project;
  }
}
