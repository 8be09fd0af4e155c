package com.moneywar.briefing.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.moneywar.briefing.testing.BuiltSite;
import com.moneywar.briefing.testing.ShippedProject;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code briefing mail --send} against a real SMTP server running in the test (GreenMail): every
 * reader gets one message in their language, a second run sends none, and bad recipients, a refused
 * connection and a refused reader are each reported with their message.
 */
class MailSendTest {
  static final String SLUG = MailEditionTest.SLUG;
  static final String READERS = """
      email,language,name
      minji.kim@example.org,ko,김민지
      jdoe@example.com,en,Jane Doe
      desk@example.kr,ko,
      """;

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  /** GreenMail's SMTPS, whose certificate is self-signed: no machine trusts it. */
  @RegisterExtension
  static GreenMailExtension smtps = new GreenMailExtension(ServerSetupTest.SMTPS.dynamicPort());

  static Path site;
  @TempDir Path dir;
  Path project;
  Path readers;

  @BeforeAll
  static void build() {
    site = BuiltSite.shipped();
  }

  @BeforeEach
  void project() throws IOException {
    project = ShippedProject.copyTo(dir.resolve("project"));
    readers = Files.writeString(dir.resolve("readers.csv"), READERS, StandardCharsets.UTF_8);
  }

  private MailCli send(int port, String... more) {
    return sendWith("none", port, more);
  }

  /** Sends the seed briefing ({@code --slug SLUG}), whose subjects and PDF these tests name. */
  private MailCli sendWith(String tls, int port, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("mail", "--send", "--to", readers.toString(),
        "--project", project.toString(), "--site", site.toString(), "--smtp-host", "127.0.0.1",
        "--smtp-port", Integer.toString(port), "--tls", tls, "--slug", SLUG));
    args.addAll(Arrays.asList(more));
    return MailCli.run(args.toArray(String[]::new));
  }

  private List<String> logLines() throws IOException {
    Path log = project.resolve(".briefing-mail/" + SLUG + ".log");
    return Files.exists(log)
        ? Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#")).toList()
        : List.of();
  }

  private static String to(MimeMessage m) throws Exception {
    return ((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress();
  }

  @Test
  void eachReaderGetsOneMessageInTheirLanguageWithThePdfAndARerunSendsNone() throws Exception {
    MailCli first = send(smtp.getSmtp().getPort());
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.err()).contains("sent " + SLUG + " to 3 readers; 0 already had it (.briefing-mail/" + SLUG + ".log); 0 failed");
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(3);
    for (MimeMessage m : received) {
      String lang = to(m).equals("jdoe@example.com") ? "en" : "ko";
      assertThat(m.getHeader("Content-Language", null)).isEqualTo(lang);
      assertThat(m.getSubject()).startsWith(lang.equals("ko") ? "[AI 쩐의 전쟁] " : "[AI Money War] ");
      MimeMultipart mixed = (MimeMultipart) m.getContent();
      assertThat(mixed.getBodyPart(0).getContentType()).startsWith("multipart/alternative");
      assertThat(mixed.getBodyPart(1).getFileName()).isEqualTo("ai-money-war-2024-03-28." + lang + ".pdf");
      assertThat(mixed.getBodyPart(1).getInputStream().readAllBytes())
          .isEqualTo(Files.readAllBytes(site.resolve(lang + "/briefings/ai-money-war-2024-03-28." + lang + ".pdf")));
      // Sent messages carry a Message-ID of their own per reader.
      assertThat(m.getMessageID()).startsWith("<" + SLUG + "." + lang + ".").endsWith("@example.org>");
    }
    assertThat(Arrays.stream(received).map(m -> {
      try {
        return to(m);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    })).containsExactlyInAnyOrder("minji.kim@example.org", "jdoe@example.com", "desk@example.kr");
    MimeMessage minji = null;
    for (MimeMessage m : received) {
      if (to(m).equals("minji.kim@example.org")) {
        minji = m;
      }
    }
    assertThat(minji.getHeader("To", ",")).startsWith("=?UTF-8?");
    assertThat(((InternetAddress) minji.getRecipients(Message.RecipientType.TO)[0]).getPersonal()).isEqualTo("김민지");
    assertThat(logLines()).hasSize(3);

    MailCli again = send(smtp.getSmtp().getPort());
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.err()).contains("sent " + SLUG + " to 0 readers; 3 already had it");
    assertThat(smtp.getReceivedMessages()).hasSize(3);
    assertThat(logLines()).hasSize(3);
  }

  @Test
  void aDryRunListsWhoWouldGetWhatAndSendsNothing() throws Exception {
    MailCli run = send(smtp.getSmtp().getPort(), "--dry-run");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out().lines()).containsExactly(
        "would send ko to minji.kim@example.org (김민지): [AI 쩐의 전쟁] 아마존, 앤스로픽 투자 마무리… 빅테크 ‘AI 쩐의 전쟁’ 가열",
        "would send en to jdoe@example.com (Jane Doe): [AI Money War] Amazon completes its Anthropic bet as Big Tech's AI money war heats up",
        "would send ko to desk@example.kr: [AI 쩐의 전쟁] 아마존, 앤스로픽 투자 마무리… 빅테크 ‘AI 쩐의 전쟁’ 가열");
    assertThat(run.err()).contains("dry run: 3 of 3 readers would be sent " + SLUG + "; 0 already were");
    assertThat(smtp.getReceivedMessages()).isEmpty();
    assertThat(project.resolve(".briefing-mail")).doesNotExist();
  }

  @Test
  void aBadRecipientsFileIsReportedAtEachLineAndColumnAndNothingIsSent() throws Exception {
    Files.writeString(readers, """
        email,language,name
        minji.kim@example.org,ko,김민지
        minji.kim.example.org,ko,김민지
        jdoe@example.com,jp,Jane Doe
        Minji.Kim@example.org,en,
        """, StandardCharsets.UTF_8);
    MailCli run = send(smtp.getSmtp().getPort());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err().lines()).contains(
        readers + ":3:1: error: expected an e-mail address such as reader@example.org, found 'minji.kim.example.org'",
        readers + ":4:18: error: expected a language of the project (ko, en), found 'jp'",
        readers + ":5:1: error: expected each address once, found 'Minji.Kim@example.org' again (first on line 2)",
        "3 errors", "nothing sent");
    assertThat(smtp.getReceivedMessages()).isEmpty();
    assertThat(logLines()).isEmpty();
  }

  @Test
  void aRecipientsFileWithoutTheLanguageColumnIsRefused() throws Exception {
    Files.writeString(readers, "email,lang\nminji.kim@example.org,ko\n", StandardCharsets.UTF_8);
    MailCli run = send(smtp.getSmtp().getPort());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains(readers + ":1:7: error: expected one of the columns email, language, name, found 'lang'")
        .contains(readers + ":1:7: error: expected a column 'language' in the header, found none");
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void aRefusedConnectionIsReportedAndNothingIsSentOrLogged() throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    MailCli run = send(closed);
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("briefing: error: could not connect to the SMTP server 127.0.0.1:" + closed
        + " (none): ").contains("Connection refused").contains("; nothing was sent");
    assertThat(logLines()).isEmpty();
  }

  @Test
  void aReaderTheServerRefusesIsReportedTheOthersGetTheirsAndTheNextRunSendsOnlyTheMissingOne() throws Exception {
    try (RejectingSmtpServer strict = new RejectingSmtpServer(Set.of("jdoe@example.com"))) {
      MailCli run = send(strict.port());
      assertThat(run.code()).isEqualTo(1);
      assertThat(run.err()).contains(readers + ":3: error: not sent to jdoe@example.com: ")
          .contains("550 5.1.1 <jdoe@example.com>: Recipient address rejected: User unknown")
          .contains("sent " + SLUG + " to 2 readers; 0 already had it (.briefing-mail/" + SLUG + ".log); 1 failed")
          .contains("run the same command again to send to the readers that failed; nobody gets it twice");
      assertThat(strict.accepted()).containsExactly("minji.kim@example.org", "desk@example.kr");
    }
    assertThat(logLines()).hasSize(2);

    MailCli retry = send(smtp.getSmtp().getPort());
    assertThat(retry.code()).as(retry.err()).isZero();
    assertThat(retry.err()).contains("sent " + SLUG + " to 1 reader; 2 already had it");
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(to(received[0])).isEqualTo("jdoe@example.com");
    assertThat(logLines()).hasSize(3);
  }

  @Test
  void aLoginWithoutThePasswordInTheEnvironmentIsAUsageErrorBeforeAnything() {
    // The test JVM has no BRIEFING_SMTP_PASSWORD.
    MailCli run = send(smtp.getSmtp().getPort(), "--smtp-user", "desk");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--smtp-user needs the password in the environment variable BRIEFING_SMTP_PASSWORD");
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void theDefaultStarttlsRefusesToSendOverAConnectionThatStaysUnencrypted() throws Exception {
    MailCli run = sendWith("starttls", smtp.getSmtp().getPort());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("briefing: error: could not connect to the SMTP server 127.0.0.1:"
        + smtp.getSmtp().getPort() + " (starttls): ").contains("STARTTLS").contains("; nothing was sent");
    assertThat(smtp.getReceivedMessages()).isEmpty();
    assertThat(logLines()).isEmpty();
  }

  @Test
  void implicitTlsChecksTheServersCertificate() throws Exception {
    MailCli run = sendWith("implicit", smtps.getSmtps().getPort());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("could not connect to the SMTP server 127.0.0.1:" + smtps.getSmtps().getPort()
        + " (implicit): ").containsIgnoringCase("certificat").contains("; nothing was sent");
    assertThat(smtps.getReceivedMessages()).isEmpty();
    assertThat(logLines()).isEmpty();
  }

  @Test
  void aSecondSendOfTheSameBriefingWhileOneRunsSendsNothing() throws Exception {
    try (SendLog running = SendLog.open(project.resolve(".briefing-mail/" + SLUG + ".log"))) {
      MailCli run = send(smtp.getSmtp().getPort());
      assertThat(run.code()).isEqualTo(1);
      assertThat(run.err()).contains("briefing: error: cannot write the send log: ")
          .contains(SLUG + ".log is in use: another 'briefing mail --send' of this briefing is running; nothing was sent");
    }
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  /** The login goes to the server; a wrong password is the server's answer, and nothing is sent. */
  @Test
  void aLoginIsUsedAndAWrongPasswordStopsBeforeAnyReader() throws Exception {
    smtp.setUser("briefing@example.org", "desk", "s3cret");
    var briefing = new com.moneywar.briefing.pipeline.BriefingBuild(
        com.moneywar.briefing.pipeline.BuildListener.silent()).check(project).orElseThrow();
    var story = MailEditions.pick(briefing, java.util.Optional.empty()).orElseThrow();
    var editions = new MailEditions(project, site).of(briefing, story).orElseThrow();
    var readerList = new RecipientsReader().read("readers.csv", READERS.getBytes(StandardCharsets.UTF_8),
        briefing.config().languages()).orElseThrow();
    MailSender.Listener silent = new MailSender.Listener() {
      @Override
      public void sent(Recipient reader, int done, int total) {}

      @Override
      public void failed(Recipient reader, String reason, int done, int total) {}
    };
    int port = smtp.getSmtp().getPort();

    MailSender.Report wrong = new MailSender(project,
        new SmtpSettings("127.0.0.1", port, SmtpSettings.Tls.NONE, "desk", "wrong"), java.time.Clock.systemUTC())
        .send(SLUG, editions, readerList, silent);
    assertThat(wrong.stopped()).hasValueSatisfying(reason -> assertThat(reason)
        .startsWith("could not connect to the SMTP server 127.0.0.1:" + port + " (none): ")
        .contains("535").endsWith("; nothing was sent"));
    assertThat(smtp.getReceivedMessages()).isEmpty();

    MailSender.Report right = new MailSender(project,
        new SmtpSettings("127.0.0.1", port, SmtpSettings.Tls.NONE, "desk", "s3cret"), java.time.Clock.systemUTC())
        .send(SLUG, editions, readerList, silent);
    assertThat(right.ok()).isTrue();
    assertThat(right.sent()).hasSize(3);
    assertThat(smtp.getReceivedMessages()).hasSize(3);
  }
}
