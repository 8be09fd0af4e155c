package com.moneywar.briefing.model;

import static java.util.Objects.requireNonNull;

/**
 * The e-mail edition's settings from {@code briefing.properties} (keys {@code mail.*}). Empty
 * strings mean "not set": a project that sends no mail needs none of them, and {@code briefing
 * mail} names the ones it is missing.
 *
 * @param from the sender's address, {@code briefing@example.org}
 * @param fromName the sender's display name per language; defaults to {@code publisher.*}
 * @param replyTo where replies go; empty for {@code from}
 * @param subject the subject per language, with {@code {title}} and {@code {date}} filled in; defaults to {@code {title}}
 * @param unsubscribe a {@code mailto:} address or an {@code https:} URL for the {@code List-Unsubscribe} header
 */
public record MailSettings(String from, Localized fromName, String replyTo, Localized subject, String unsubscribe) {
  /** The subject when {@code mail.subject.*} is not set: the briefing's title. */
  public static final String DEFAULT_SUBJECT = "{title}";

  public MailSettings {
    requireNonNull(from, "from");
    requireNonNull(fromName, "fromName");
    requireNonNull(replyTo, "replyTo");
    requireNonNull(subject, "subject");
    requireNonNull(unsubscribe, "unsubscribe");
  }

  /** No mail settings: the sender named after the publisher, the subject the title. */
  public static MailSettings none(Localized publisher) {
    return new MailSettings("", publisher, "", new Localized(DEFAULT_SUBJECT, DEFAULT_SUBJECT), "");
  }
}
