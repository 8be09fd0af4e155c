package com.moneywar.briefing.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks the elements of a chart SVG with the offset the {@code translate(…)} of the groups around
 * each puts it at, as a checker that knows nothing of the renderer would read it.
 */
public final class SvgGroups {
  private static final Pattern TRANSLATE = Pattern.compile("translate\\(([-\\d.]+)[ ,]+([-\\d.]+)\\)");

  private SvgGroups() {}

  /**
   * Calls {@code each} with every match of {@code element} (a pattern for one element that is not a
   * group; its groups are numbered from 2) and the offset {x, y} of the groups around it.
   */
  public static void each(String svg, String element, BiConsumer<Matcher, double[]> each) {
    Matcher tags = Pattern.compile("<g([^>]*)>|</g>|" + element).matcher(svg);
    Deque<double[]> stack = new ArrayDeque<>();
    stack.push(new double[] {0, 0});
    while (tags.find()) {
      String tag = tags.group();
      if (tag.startsWith("</g")) {
        stack.pop();
      } else if (tags.group(1) != null) {
        if (!tags.group(1).endsWith("/")) {
          double[] top = stack.peek();
          Matcher t = TRANSLATE.matcher(tags.group(1));
          stack.push(!t.find() ? top
              : new double[] {top[0] + Double.parseDouble(t.group(1)), top[1] + Double.parseDouble(t.group(2))});
        }
      } else {
        each.accept(tags, stack.peek());
      }
    }
  }
}
