package com.moneywar.briefing.site;

import java.util.Map;

/**
 * One page to render: where it goes, which template renders it, and the variables the template
 * sees (documented in docs/templates.md).
 */
record Page(String path, String template, Map<String, Object> model) {
  Page {
    model = Map.copyOf(model);
  }
}
