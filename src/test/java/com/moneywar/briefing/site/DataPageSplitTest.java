package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.PartialDate;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.site.DataPageSplit.Group;
import com.moneywar.briefing.site.DataPageSplit.Part;
import com.moneywar.briefing.testing.ShippedProject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** How a data page is cut into parts: by year, newest first, a large year in numbered parts, every row once. */
class DataPageSplitTest {
  private static Group group(String date, String... anchors) {
    return new Group(PartialDate.parse(date).orElseThrow(), List.of(anchors));
  }

  private static List<String> anchors(List<Part> parts) {
    return parts.stream().flatMap(p -> p.rows().stream()).flatMap(List::stream).toList();
  }

  @Test
  void splitsByYearNewestFirstWithTheNewestYearAtThePagesOwnAddress() {
    List<Part> parts = DataPageSplit.split("valuations", List.of(List.of(group("2023-05-01", "a"),
        group("2025-01", "b"), group("2024", "c"), group("2025-06-30", "d"), group("2023-01-02", "e"))), 4);
    assertThat(parts).extracting(Part::path).containsExactly("valuations.html", "valuations/2024.html",
        "valuations/2023.html");
    assertThat(parts).extracting(Part::year).containsExactly("2025", "2024", "2023");
    // Newest first within a year.
    assertThat(parts.get(0).rows()).containsExactly(List.of("d", "b"));
    assertThat(parts.get(2).rows()).containsExactly(List.of("a", "e"));
  }

  @Test
  void aPageWhoseRowsFitOnePartIsOnePageNewestFirst() {
    // A new user's investments page opened on the one row of the new year, 29 rows a click away.
    List<Part> parts = DataPageSplit.split("investments", List.of(List.of(group("2025-05-01", "a"),
        group("2026-01", "b"), group("2024", "c")), List.of(group("2025-02", "round-x"))), 5);
    assertThat(parts).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("investments.html");
      assertThat(p.year()).isEmpty();
      assertThat(p.rows()).containsExactly(List.of("b", "a", "c"), List.of("round-x"));
    });
  }

  @Test
  void cutsALargeYearIntoNumberedPartsNeverInsideAGroup() {
    List<Group> groups = new ArrayList<>();
    for (int day = 1; day <= 5; day++) {
      groups.add(group("2019-01-0" + day, "single-" + day));
    }
    groups.add(group("2019-02-01", "deal", "deal-t1", "deal-t2")); // a commitment and its tranches
    List<Part> parts = DataPageSplit.split("investments", List.of(groups, List.of(group("2018", "round-x"))), 2);
    assertThat(parts).extracting(Part::path).containsExactly("investments.html", "investments/2019-2.html",
        "investments/2019-3.html", "investments/2019-4.html", "investments/2018.html");
    assertThat(parts).extracting(Part::number).containsExactly(1, 2, 3, 4, 1);
    assertThat(parts).extracting(Part::of).containsExactly(4, 4, 4, 4, 1);
    // The group of three is larger than a part: it stays whole, alone.
    assertThat(parts.get(0).rows().get(0)).containsExactly("deal", "deal-t1", "deal-t2");
    assertThat(parts).allSatisfy(p -> assertThat(p.rows()).hasSize(2)); // one list per table, always
    assertThat(anchors(parts)).doesNotHaveDuplicates().hasSize(9);
  }

  @Test
  void aPageWithoutFactsIsOneEmptyPartAtItsOwnAddress() {
    List<Part> parts = DataPageSplit.split("talent", List.of(List.of()), 200);
    assertThat(parts).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("talent.html");
      assertThat(p.year()).isEmpty();
      assertThat(p.rowCount()).isZero();
    });
  }

  @Test
  void everyRowOfTheShippedDataIsOnExactlyOnePart() {
    Briefing b = new BriefingBuild(BuildListener.silent()).check(ShippedProject.ROOT).orElseThrow();
    for (int limit : new int[] {1, 3, 200}) {
      Map<String, List<Part>> pages = DataPageSplit.of(b, limit);
      assertThat(anchors(pages.get("investments"))).containsExactlyInAnyOrderElementsOf(Stream.of(
          b.investments().stream().map(i -> i.id()), b.rounds().stream().map(r -> "round-" + r.id()),
          b.flows().stream().map(f -> "flow-" + f.id()), b.spending().stream().map(s -> "spending-" + s.id()))
          .flatMap(s -> s).toList());
      assertThat(anchors(pages.get("valuations"))).containsExactlyInAnyOrderElementsOf(
          b.valuations().stream().map(v -> v.id()).toList());
      assertThat(anchors(pages.get("talent"))).containsExactlyInAnyOrderElementsOf(
          b.talent().stream().map(t -> t.id()).toList());
      pages.values().forEach(parts -> assertThat(parts).extracting(Part::path).doesNotHaveDuplicates());
    }
  }
}
