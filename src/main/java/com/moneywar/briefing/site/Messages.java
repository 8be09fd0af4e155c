package com.moneywar.briefing.site;

import com.moneywar.briefing.model.Lang;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The UI words of one language: the bundled {@code messages/<lang>.properties}, with the words of
 * the project's own {@code templates/messages/<lang>.properties} over them. A project's file needs
 * only the words it changes (a page title, an intro); every other word, and every word a later
 * version adds, comes from the bundled file.
 */
final class Messages {
  private Messages() {}

  static Map<String, String> load(Templates templates, Lang lang) throws IOException {
    String path = "messages/" + lang.code() + ".properties";
    Map<String, String> messages = new TreeMap<>(read(templates.bundledText(path)));
    Optional<byte[]> own = templates.ownAsset(path);
    if (own.isPresent()) {
      messages.putAll(read(new String(own.get(), StandardCharsets.UTF_8)));
    }
    return messages;
  }

  private static Map<String, String> read(String text) throws IOException {
    Properties props = new Properties();
    props.load(new StringReader(text));
    Map<String, String> words = new TreeMap<>();
    props.stringPropertyNames().forEach(k -> words.put(k, props.getProperty(k)));
    return words;
  }
}
