package com.moneywar.briefing.site;

import java.util.Optional;

/**
 * Where a build keeps what each edition of a series made ({@link EditionOutput}, encoded), by a key
 * that a hash of everything the edition's pages are made from: the tool, the templates, the config
 * and every table, the edition's text and every text dated on or before it, the next edition's text
 * (its page links to it), its charts and what the language's pages share (the site's preview image,
 * the stylesheets' names, which PDFs the output holds). An edit to the newest edition's text makes
 * only that edition and the one before it again; an edit to a table or a template makes them all.
 * The build's cache is one ({@code pipeline/BriefingBuild}); {@code --no-cache} uses none.
 */
public interface EditionMemo {
  /** The bytes kept under {@code key}, if any. */
  Optional<byte[]> get(String key);

  /** Keeps {@code bytes} under {@code key}. */
  void put(String key, byte[] bytes);
}
