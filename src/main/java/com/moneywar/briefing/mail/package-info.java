/**
 * The e-mail edition: one MIME message per briefing and language (a plain-text and an HTML body,
 * the PDF edition attached), written as {@code .eml} files or sent to a list of readers over SMTP
 * with a send log that makes a second run send only what the first did not.
 */
package com.moneywar.briefing.mail;
