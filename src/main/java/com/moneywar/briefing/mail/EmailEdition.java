package com.moneywar.briefing.mail;

import static java.util.Objects.requireNonNull;

import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.MailSettings;
import java.time.LocalDate;

/**
 * One briefing's e-mail edition in one language, everything its messages are made of: the
 * headers' values, both bodies and the PDF to attach. Immutable apart from the PDF's array, which
 * nobody writes to.
 *
 * @param slug the briefing's slug, as in {@code data/texts/<slug>.<lang>.md}
 * @param date the briefing's date, the messages' {@code Date} unless they are sent
 * @param subject the subject, with the title and date filled in
 * @param pdfName the attachment's file name
 * @param pdf the PDF edition's bytes, as the build wrote them
 */
public record EmailEdition(String slug, Lang lang, LocalDate date, MailSettings settings, String subject,
    String html, String text, String pdfName, byte[] pdf) {
  public EmailEdition {
    requireNonNull(slug, "slug");
    requireNonNull(lang, "lang");
    requireNonNull(date, "date");
    requireNonNull(settings, "settings");
    requireNonNull(subject, "subject");
    requireNonNull(html, "html");
    requireNonNull(text, "text");
    requireNonNull(pdfName, "pdfName");
    requireNonNull(pdf, "pdf");
  }

  /** The name of the {@code .eml} file {@code briefing mail} writes: {@code <slug>.<lang>.eml}. */
  public String emlName() {
    return slug + "." + lang.code() + ".eml";
  }
}
