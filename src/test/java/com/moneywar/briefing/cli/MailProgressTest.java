package com.moneywar.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.mail.Recipient;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.SourcePos;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The progress of a long send: in a log a line every 100 readers, on a terminal one line in place; failures always. */
class MailProgressTest {
  private static Recipient reader(int i) {
    return new Recipient("reader" + i + "@example.org", Lang.KO, "", new SourcePos("readers.csv", i + 1, 1));
  }

  @Test
  void inALogEveryHundredthReaderAndTheLastGetALineAndEveryFailureItsOwn() {
    StringWriter err = new StringWriter();
    MailCommand.ProgressLine progress = new MailCommand.ProgressLine(new PrintWriter(err), false, false);
    for (int i = 1; i <= 250; i++) {
      if (i == 150) {
        progress.failed(reader(i), "550 5.1.1 User unknown", i, 250);
      } else {
        progress.sent(reader(i), i, 250);
      }
    }
    progress.end();
    assertThat(err.toString().lines()).containsExactly(
        "mail 100/250 sent to reader100@example.org (ko)",
        "mail 150/250 FAILED for reader150@example.org (ko): 550 5.1.1 User unknown",
        "mail 200/250 sent to reader200@example.org (ko)",
        "mail 250/250 sent to reader250@example.org (ko)");
  }

  @Test
  void onATerminalOneLineIsUpdatedInPlaceAndAFailureStartsALineOfItsOwn() {
    StringWriter err = new StringWriter();
    MailCommand.ProgressLine progress = new MailCommand.ProgressLine(new PrintWriter(err), true, false);
    progress.sent(reader(1), 1, 3);
    progress.failed(reader(2), "refused", 2, 3);
    progress.sent(reader(3), 3, 3);
    progress.end();
    assertThat(err.toString()).isEqualTo("\r\u001b[Kmail 1/3 sent to reader1@example.org (ko)\n"
        + "mail 2/3 FAILED for reader2@example.org (ko): refused\n"
        + "\r\u001b[Kmail 3/3 sent to reader3@example.org (ko)\n");
  }
}
