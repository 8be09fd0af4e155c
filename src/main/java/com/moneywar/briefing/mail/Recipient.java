package com.moneywar.briefing.mail;

import static java.util.Objects.requireNonNull;

import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.SourcePos;
import java.util.Locale;

/**
 * One reader from the recipients file.
 *
 * @param email the address, as written in the file
 * @param lang the language of the edition the reader gets
 * @param name the reader's name; empty when the file gives none
 * @param pos where the reader's row starts, for messages
 */
public record Recipient(String email, Lang lang, String name, SourcePos pos) {
  public Recipient {
    requireNonNull(email, "email");
    requireNonNull(lang, "lang");
    requireNonNull(name, "name");
    requireNonNull(pos, "pos");
  }

  /** The address as the send log and the duplicate check compare it: case does not matter. */
  public String key() {
    return email.toLowerCase(Locale.ROOT);
  }
}
