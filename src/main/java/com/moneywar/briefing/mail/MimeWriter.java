package com.moneywar.briefing.mail;

import com.moneywar.briefing.model.MailSettings;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MailDateFormat;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import java.util.TimeZone;

/**
 * Makes the MIME message of an e-mail edition: {@code multipart/mixed} holding a {@code
 * multipart/alternative} (text, then HTML: the last is the richest) and the PDF as an attachment;
 * names and subjects RFC 2047-encoded in UTF-8. Without a reader and a sending time, the message
 * is the same bytes every time: its {@code Date} is the briefing's date, its {@code Message-ID} and
 * MIME boundaries are derived from the briefing and its content. Thread-safe.
 */
public final class MimeWriter {
  private static final Session OFFLINE = Session.getInstance(new Properties());

  /** The edition as it is written to a {@code .eml} file: no {@code To}, fixed date and id. */
  public static byte[] eml(EmailEdition edition) {
    try {
      MimeMessage message = message(OFFLINE, edition, Optional.empty(), Optional.empty());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      message.writeTo(out);
      return out.toByteArray();
    } catch (MessagingException e) {
      throw new IllegalStateException("cannot make the e-mail edition: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The edition for one reader: addressed to them, dated {@code sentAt} when given, and with a
   * {@code Message-ID} of its own that is the same on every attempt for that reader (so a mail
   * client can tell a message it already has).
   */
  static MimeMessage message(Session session, EmailEdition edition, Optional<Recipient> to, Optional<Instant> sentAt)
      throws MessagingException {
    MailSettings settings = edition.settings();
    String domain = settings.from().substring(settings.from().indexOf('@') + 1);
    String id = "<" + edition.slug() + "." + edition.lang().code()
        + to.map(r -> "." + hash(r.key()).substring(0, 16)).orElse("") + "@" + domain + ">";
    MimeMessage message = new FixedIdMessage(session, id);
    message.setFrom(address(settings.from(), settings.fromName().in(edition.lang())));
    if (!settings.replyTo().isEmpty()) {
      message.setReplyTo(new InternetAddress[] {new InternetAddress(settings.replyTo())});
    }
    if (to.isPresent()) {
      message.setRecipient(MimeMessage.RecipientType.TO, address(to.get().email(), to.get().name()));
    }
    message.setSubject(edition.subject(), "UTF-8");
    // Written in UTC whatever the machine's time zone, so the same inputs give the same bytes everywhere.
    MailDateFormat dates = new MailDateFormat();
    dates.setTimeZone(TimeZone.getTimeZone("UTC"));
    message.setHeader("Date",
        dates.format(Date.from(sentAt.orElse(edition.date().atStartOfDay(ZoneOffset.UTC).toInstant()))));
    message.setHeader("Content-Language", edition.lang().code());
    if (!settings.unsubscribe().isEmpty()) {
      message.setHeader("List-Unsubscribe", "<" + settings.unsubscribe() + ">");
    }

    MimeBodyPart text = new MimeBodyPart();
    text.setText(edition.text(), "UTF-8", "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(edition.html(), "UTF-8", "html");
    MimeMultipart alternative = new FixedBoundaryMultipart("alternative", boundary("alt", edition));
    alternative.addBodyPart(text);
    alternative.addBodyPart(html);
    MimeBodyPart body = new MimeBodyPart();
    body.setContent(alternative);

    MimeBodyPart pdf = new MimeBodyPart();
    pdf.setDataHandler(new DataHandler(new ByteArrayDataSource(edition.pdf(), "application/pdf")));
    pdf.setFileName(edition.pdfName());
    pdf.setDisposition(Part.ATTACHMENT);
    pdf.setHeader("Content-Transfer-Encoding", "base64");

    MimeMultipart mixed = new FixedBoundaryMultipart("mixed", boundary("mix", edition));
    mixed.addBodyPart(body);
    mixed.addBodyPart(pdf);
    message.setContent(mixed);
    message.saveChanges();
    return message;
  }

  private static InternetAddress address(String email, String name) throws MessagingException {
    try {
      return name.isEmpty() ? new InternetAddress(email) : new InternetAddress(email, name, "UTF-8");
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A boundary no encoded body can contain ({@code =_} never occurs in base64 or quoted-printable),
   * the same for the same content.
   */
  private static String boundary(String kind, EmailEdition edition) {
    MessageDigest digest = sha256();
    digest.update((edition.slug() + "\n" + edition.lang().code() + "\n" + edition.subject() + "\n").getBytes(StandardCharsets.UTF_8));
    digest.update(edition.text().getBytes(StandardCharsets.UTF_8));
    digest.update(edition.html().getBytes(StandardCharsets.UTF_8));
    digest.update(edition.pdf());
    return "=_briefing_" + kind + "_" + HexFormat.of().formatHex(digest.digest()).substring(0, 24);
  }

  static String hash(String s) {
    return HexFormat.of().formatHex(sha256().digest(s.getBytes(StandardCharsets.UTF_8)));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A message whose {@code Message-ID} is ours, not one made of the time and a counter. */
  private static final class FixedIdMessage extends MimeMessage {
    private final String id;

    FixedIdMessage(Session session, String id) {
      super(session);
      this.id = id;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", id);
    }
  }

  /** A multipart with a given boundary instead of one made of the time and a counter. */
  private static final class FixedBoundaryMultipart extends MimeMultipart {
    FixedBoundaryMultipart(String subtype, String boundary) {
      super(subtype);
      ContentType type = new ContentType("multipart", subtype, null);
      type.setParameter("boundary", boundary);
      this.contentType = type.toString();
    }
  }
}
