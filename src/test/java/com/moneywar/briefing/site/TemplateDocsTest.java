package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.site.view.PageFrame;
import com.moneywar.briefing.site.view.TemplateRoot;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/templates.md lists exactly the variables the templates' typed models have: each root
 * record's components under its own heading, and each record inside with its fields in order.
 */
class TemplateDocsTest {
  private static String docs;

  @BeforeAll
  static void read() throws IOException {
    docs = Files.readString(Path.of("docs/templates.md"), StandardCharsets.UTF_8);
  }

  @Test
  void everyRootRecordIsDocumentedWithExactlyItsComponents() {
    for (Class<?> root : roots()) {
      Set<String> documented = documentedVariables("Record `" + root.getSimpleName() + "`");
      List<String> expected = components(root).stream().filter(name -> !name.equals("frame")).toList();
      assertThat(documented).as("variables documented for %s", root.getSimpleName())
          .containsExactlyElementsOf(expected);
    }
  }

  @Test
  void theFrameOfEveryPageIsDocumentedWithExactlyItsComponents() {
    assertThat(documentedVariables("Record `PageFrame`")).containsExactlyElementsOf(components(PageFrame.class));
  }

  @Test
  void everyRecordInsideIsDocumentedWithItsFieldsInOrder() {
    Map<String, List<String>> documented = documentedRecords();
    Map<String, List<String>> actual = new LinkedHashMap<>();
    for (Class<?> root : roots()) {
      collectNested(root, actual);
    }
    collectNested(PageFrame.class, actual);
    assertThat(documented).containsExactlyInAnyOrderEntriesOf(actual);
  }

  @Test
  void theListOfTemplateFilesIsExactlyWhatShips() throws IOException {
    List<String> shipped;
    try (var files = Files.walk(Path.of("templates"))) {
      shipped = files.filter(Files::isRegularFile).map(f -> Path.of("templates").relativize(f).toString())
          .sorted().toList();
    }
    // init copies this list into a new project, and docs/templates.md names every file of it.
    assertThat(SiteRenderer.TEMPLATE_FILES).containsExactlyInAnyOrderElementsOf(shipped);
    SiteRenderer.TEMPLATE_FILES.forEach(file -> assertThat(docs).contains("`" + file + "`"));
  }

  private static List<Class<?>> roots() {
    List<Class<?>> roots = new ArrayList<>();
    for (Class<?> permitted : TemplateRoot.class.getPermittedSubclasses()) {
      if (permitted.isInterface()) {
        roots.addAll(Arrays.asList(permitted.getPermittedSubclasses()));
      } else {
        roots.add(permitted);
      }
    }
    assertThat(roots).hasSizeGreaterThanOrEqualTo(8);
    return roots;
  }

  private static List<String> components(Class<?> record) {
    return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
  }

  /** The first column of the table after {@code marker}. */
  private static Set<String> documentedVariables(String marker) {
    int at = docs.indexOf(marker);
    assertThat(at).as("docs/templates.md has %s", marker).isNotNegative();
    Set<String> names = new LinkedHashSet<>();
    boolean inTable = false;
    for (String line : docs.substring(at).lines().skip(1).toList()) {
      if (line.startsWith("| `")) {
        inTable = true;
        names.add(line.substring(3, line.indexOf('`', 3)));
      } else if (inTable) {
        break;
      }
    }
    return names;
  }

  /** The list items {@code - `Name`: `a`, `b` (…), `c`.}, possibly over several lines. */
  private static Map<String, List<String>> documentedRecords() {
    String section = docs.substring(docs.indexOf("## The records inside"));
    Map<String, List<String>> records = new LinkedHashMap<>();
    for (String item : section.split("\n- ")) {
      Matcher name = Pattern.compile("^`(\\w+)`: ").matcher(item);
      if (!name.find()) {
        continue;
      }
      String fields = item.substring(name.end()).replaceAll("\\([^)]*\\)", "");
      List<String> list = new ArrayList<>();
      Matcher field = Pattern.compile("`(\\w+)`").matcher(fields);
      while (field.find()) {
        list.add(field.group(1));
      }
      records.put(name.group(1), list);
    }
    return records;
  }

  private static void collectNested(Class<?> record, Map<String, List<String>> into) {
    for (RecordComponent c : record.getRecordComponents()) {
      for (Class<?> type : typesIn(c.getGenericType())) {
        if (type.isRecord() && type != PageFrame.class && !into.containsKey(type.getSimpleName())) {
          into.put(type.getSimpleName(), components(type));
          collectNested(type, into);
        }
      }
    }
  }

  private static List<Class<?>> typesIn(Type type) {
    List<Class<?>> types = new ArrayList<>();
    if (type instanceof Class<?> c) {
      types.add(c);
    } else if (type instanceof ParameterizedType p) {
      for (Type arg : p.getActualTypeArguments()) {
        types.addAll(typesIn(arg));
      }
    }
    return types;
  }
}
