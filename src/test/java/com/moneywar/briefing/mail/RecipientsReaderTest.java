package com.moneywar.briefing.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.Result;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The recipients file: what it accepts, and every problem at its line and column. */
class RecipientsReaderTest {
  private static Result<List<Recipient>> read(String csv) {
    return new RecipientsReader().read("readers.csv", csv.getBytes(StandardCharsets.UTF_8), List.of(Lang.KO, Lang.EN));
  }

  private static List<String> problems(String csv) {
    return read(csv).problems().stream().map(Problem::toString).toList();
  }

  @Test
  void acceptsColumnsInAnyOrderQuotedNamesABomAndNoNameColumn() {
    List<Recipient> readers = read("\uFEFFname,language,email\r\n\"Doe, Jane\",en,jdoe@example.com\r\n김민지,ko,minji.kim@example.org\r\n")
        .orElseThrow();
    assertThat(readers).extracting(Recipient::email, Recipient::lang, Recipient::name).containsExactly(
        org.assertj.core.groups.Tuple.tuple("jdoe@example.com", Lang.EN, "Doe, Jane"),
        org.assertj.core.groups.Tuple.tuple("minji.kim@example.org", Lang.KO, "김민지"));
    assertThat(readers.get(1).pos().toString()).isEqualTo("readers.csv:3:1");
    assertThat(read("email,language\njdoe@example.com,en\n").orElseThrow()).hasSize(1);
  }

  @Test
  void reportsEveryProblemOfTheFileAtOnce() {
    assertThat(problems("""
        email,language,name
        jdoe@example,en,Jane
        ,ko,
        "Jane <jdoe@example.com>",en,
        minji@example.org,KO,김민지
        minji@example.org
        """)).containsExactly(
        "readers.csv:2:1: error: expected an e-mail address such as reader@example.org, found 'jdoe@example'",
        "readers.csv:3:1: error: expected an e-mail address such as reader@example.org, found an empty cell",
        "readers.csv:4:1: error: expected an e-mail address such as reader@example.org, found 'Jane <jdoe@example.com>'",
        "readers.csv:5:19: error: expected a language of the project (ko, en), found 'KO'",
        "readers.csv:6:1: error: expected 3 cells as in the header, found 1");
  }

  @Test
  void aLanguageTheProjectDoesNotPublishIsRefused() {
    Result<List<Recipient>> onlyKorean = new RecipientsReader().read("readers.csv",
        "email,language\njdoe@example.com,en\n".getBytes(StandardCharsets.UTF_8), List.of(Lang.KO));
    assertThat(onlyKorean.problems()).extracting(Problem::toString)
        .containsExactly("readers.csv:2:18: error: expected a language of the project (ko), found 'en'");
  }

  @Test
  void anEmptyFileOrAFileThatIsNotUtf8IsOneProblem() {
    assertThat(problems("")).containsExactly(
        "readers.csv:1:1: error: expected a header row (email,language,name), found an empty file");
    Result<List<Recipient>> latin1 = new RecipientsReader().read("readers.csv",
        "email,language,name\njdoe@example.com,en,Jos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1), List.of(Lang.EN));
    assertThat(latin1.problems()).extracting(Problem::toString).containsExactly(
        "readers.csv:1:1: error: expected UTF-8 text, found bytes that are not UTF-8 (save the file as UTF-8)");
  }
}
