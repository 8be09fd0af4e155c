package com.moneywar.briefing.site;

import com.moneywar.briefing.model.Lang;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** The UI words of one language, from {@code templates/messages/<lang>.properties}. */
final class Messages {
  private Messages() {}

  static Map<String, String> load(Templates templates, Lang lang) throws IOException {
    Properties props = new Properties();
    props.load(new StringReader(templates.text("messages/" + lang.code() + ".properties")));
    Map<String, String> messages = new TreeMap<>();
    props.stringPropertyNames().forEach(k -> messages.put(k, props.getProperty(k)));
    return messages;
  }
}
