package com.moneywar.briefing.site;

import com.moneywar.briefing.site.view.PageFrame;
import com.moneywar.briefing.site.view.TemplateRoot;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A template root as FreeMarker sees it: the root record's components by name, and for a page in
 * the site's frame the {@link PageFrame}'s components beside them, so templates write
 * {@code ${title}} rather than {@code ${frame.title}}. Nothing else of the record is visible.
 */
final class RootModel implements TemplateHashModel {
  private final Map<String, Object> values = new TreeMap<>();
  private final ObjectWrapper wrapper;

  RootModel(TemplateRoot root, ObjectWrapper wrapper) {
    this.wrapper = wrapper;
    if (root instanceof TemplateRoot.Framed framed) {
      putComponents(framed.frame());
    }
    putComponents((Record) root);
    values.remove("frame");
  }

  /** The top-level variables a template of this root sees, sorted. */
  static List<String> variables(Class<? extends TemplateRoot> root) {
    List<String> names = new ArrayList<>();
    if (TemplateRoot.Framed.class.isAssignableFrom(root)) {
      names.addAll(componentNames(PageFrame.class));
    }
    names.addAll(componentNames(root));
    names.remove("frame");
    return names.stream().sorted().distinct().toList();
  }

  private static List<String> componentNames(Class<?> record) {
    return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
  }

  private void putComponents(Record record) {
    for (RecordComponent c : record.getClass().getRecordComponents()) {
      try {
        values.put(c.getName(), c.getAccessor().invoke(record));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + c, e);
      }
    }
  }

  @Override
  public TemplateModel get(String key) throws TemplateModelException {
    Object value = values.get(key);
    return value == null ? null : wrapper.wrap(value);
  }

  @Override
  public boolean isEmpty() {
    return values.isEmpty();
  }
}
