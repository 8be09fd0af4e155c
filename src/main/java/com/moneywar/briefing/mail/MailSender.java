package com.moneywar.briefing.mail;

import static java.util.Objects.requireNonNull;

import com.moneywar.briefing.model.Lang;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sends one briefing's e-mail editions to its readers over one SMTP connection, each reader the
 * edition in their language. Readers already in the send log are skipped; each delivery is logged
 * as soon as the server accepts it. A reader the server refuses is reported and the others still
 * get theirs. Not thread-safe; one send at a time (the send log's lock enforces it across processes).
 *
 * <pre>{@code
 * MailSender.Report r = new MailSender(project, smtp, Clock.systemUTC()).send(slug, editions, readers, listener);
 * }</pre>
 */
public final class MailSender {
  private final Path project;
  private final SmtpSettings smtp;
  private final Clock clock;

  public MailSender(Path project, SmtpSettings smtp, Clock clock) {
    this.project = requireNonNull(project, "project");
    this.smtp = requireNonNull(smtp, "smtp");
    this.clock = requireNonNull(clock, "clock");
  }

  /** Hears of each reader as it is done, for progress. Called on the sending thread. */
  public interface Listener {
    void sent(Recipient reader, int done, int total);

    void failed(Recipient reader, String reason, int done, int total);
  }

  /** A reader who did not get the edition, and why. */
  public record Failure(Recipient reader, String reason) {}

  /**
   * What a run did: the readers sent to, those who failed, how many the log already had, and a
   * reason if the run stopped before the end (no connection, an unwritable log).
   */
  public record Report(List<Recipient> sent, List<Failure> failures, int alreadySent, Optional<String> stopped) {
    public Report {
      sent = List.copyOf(sent);
      failures = List.copyOf(failures);
    }

    public boolean ok() {
      return failures.isEmpty() && stopped.isEmpty();
    }
  }

  /** The send log of the briefing {@code slug}: {@code .briefing-mail/<slug>.log} in the project. */
  public static Path logFile(Path project, String slug) {
    return SendLog.path(project, slug);
  }

  /** The readers a send would mail now: those not in the send log, in file order. Writes nothing. */
  public static List<Recipient> pending(Path project, String slug, List<Recipient> readers) throws IOException {
    Set<String> delivered = SendLog.delivered(SendLog.path(project, slug));
    return readers.stream().filter(r -> !delivered.contains(r.key())).toList();
  }

  /** Sends {@code editions} (keyed by language) to each reader not yet in the send log. */
  public Report send(String slug, Map<Lang, EmailEdition> editions, List<Recipient> readers, Listener listener) {
    EmailEdition any = editions.values().iterator().next();
    SendLog log;
    try {
      log = SendLog.open(SendLog.path(project, slug));
    } catch (IOException e) {
      return new Report(List.of(), List.of(), 0, Optional.of("cannot write the send log: " + e.getMessage()
          + "; nothing was sent"));
    }
    try (log) {
      List<Recipient> pending = readers.stream().filter(r -> !log.wasDelivered(r)).toList();
      int already = readers.size() - pending.size();
      if (pending.isEmpty()) {
        return new Report(List.of(), List.of(), already, Optional.empty());
      }
      Session session = Session.getInstance(smtp.properties(any.settings().from()));
      Transport transport;
      try {
        transport = session.getTransport(smtp.protocol());
        connect(transport);
      } catch (MessagingException e) {
        return new Report(List.of(), List.of(), already, Optional.of("could not connect to the SMTP server "
            + smtp.describe() + ": " + reason(e) + "; nothing was sent"));
      }
      List<Recipient> sent = new ArrayList<>();
      List<Failure> failures = new ArrayList<>();
      Optional<String> stopped = Optional.empty();
      try {
        for (int i = 0; i < pending.size(); i++) {
          Recipient reader = pending.get(i);
          EmailEdition edition = editions.get(reader.lang());
          Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
          MimeMessage message;
          try {
            if (!transport.isConnected()) {
              connect(transport);
            }
            message = MimeWriter.message(session, edition, Optional.of(reader), Optional.of(now));
            transport.sendMessage(message, message.getAllRecipients());
          } catch (MessagingException e) {
            String why = reason(e);
            failures.add(new Failure(reader, why));
            listener.failed(reader, why, i + 1, pending.size());
            continue;
          }
          try {
            log.record(reader, message.getMessageID(), now);
          } catch (IOException | MessagingException e) {
            stopped = Optional.of("sent to " + reader.email() + " but could not record it in " + log.file() + ": "
                + e.getMessage() + "; stopped so that no reader gets the edition twice");
            sent.add(reader);
            break;
          }
          sent.add(reader);
          listener.sent(reader, i + 1, pending.size());
        }
      } finally {
        try {
          transport.close();
        } catch (MessagingException e) {
          // the messages are sent; a failed QUIT changes nothing
        }
      }
      return new Report(sent, failures, already, stopped);
    } catch (IOException e) {
      return new Report(List.of(), List.of(), 0, Optional.of("cannot close the send log: " + e.getMessage()));
    }
  }

  private void connect(Transport transport) throws MessagingException {
    if (smtp.user().isEmpty()) {
      transport.connect();
    } else {
      transport.connect(smtp.host(), smtp.port(), smtp.user(), smtp.password());
    }
  }

  /**
   * What went wrong, from the mail library's chain of exceptions: the server's reply where there
   * is one ({@code 550 5.1.1 <x@example.org>: user unknown}), else the cause ({@code Connection refused}).
   */
  static String reason(Exception e) {
    Set<String> parts = new LinkedHashSet<>();
    Throwable t = e;
    int depth = 0;
    while (t != null && depth++ < 8) {
      String m = t.getMessage();
      if (m != null && !m.isBlank()) {
        parts.add(m.strip().replaceAll("\\s*\\R\\s*", " "));
      }
      t = t instanceof MessagingException me && me.getNextException() != null ? me.getNextException() : t.getCause();
    }
    return parts.isEmpty() ? e.getClass().getSimpleName() : String.join(": ", parts);
  }
}
