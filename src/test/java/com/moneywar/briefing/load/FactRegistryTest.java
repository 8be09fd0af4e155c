package com.moneywar.briefing.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.DealStatus;
import com.moneywar.briefing.model.FactKind;
import com.moneywar.briefing.model.FlowKind;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.MoneyFact;
import com.moneywar.briefing.model.Placeholders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every kind of fact is registered everywhere it must be: a forgotten one fails here, not at run time. */
class FactRegistryTest {
  @Test
  void everyFactRecordHasExactlyOneKind() {
    List<Class<?>> records = Arrays.asList(MoneyFact.class.getPermittedSubclasses());
    assertThat(Arrays.stream(FactKind.values()).<Class<?>>map(FactKind::type).toList())
        .containsExactlyInAnyOrderElementsOf(records);
  }

  @Test
  void everyKindHasAParserForItsOwnTableReadingTheSharedColumns() {
    for (FactKind kind : FactKind.values()) {
      RowParser<? extends MoneyFact> parser = FactParsers.of(kind);
      assertThat(parser.spec().file()).as(kind.code()).isEqualTo(kind.file().path());
      assertThat(parser.spec().columnNames()).as(kind.code())
          .containsAll(FactColumns.columns().stream().map(TableSpec.Column::name).toList());
    }
  }

  @Test
  void everyKindHasPlaceholderFields() {
    for (FactKind kind : FactKind.values()) {
      assertThat(Placeholders.FIELDS).as(kind.code()).containsKey(kind.code());
      assertThat(Placeholders.FIELDS.get(kind.code())).as(kind.code()).contains("", "amount", "krw", "date", "claim", "alt");
    }
  }

  @Test
  void everyKindAndSharedColumnIsDocumented() throws IOException {
    String docs = Files.readString(Path.of("docs/data-format.md"), StandardCharsets.UTF_8);
    for (FactKind kind : FactKind.values()) {
      assertThat(docs).as(kind.code()).contains("`" + kind.file().path() + "`").contains("{{" + kind.code() + ":");
      for (TableSpec.Column c : FactParsers.of(kind).spec().columns()) {
        assertThat(docs).as(kind.code() + "." + c.name()).contains("`" + c.name() + "`");
      }
    }
  }

  @Test
  void everyFlowKindAndDealStatusIsDocumented() throws IOException {
    String flows = Files.readString(Path.of("docs/data-format.md"), StandardCharsets.UTF_8).split("### 3.8 ")[1]
        .split("\n## ")[0];
    for (FlowKind kind : FlowKind.values()) {
      assertThat(flows).as(kind.code()).contains("`" + kind.code() + "`").contains("`" + kind.words(Lang.KO) + "`");
    }
    // A status the model sets (talks a later round concluded) has no code to document.
    for (DealStatus status : java.util.Arrays.stream(DealStatus.values()).filter(d -> !d.code().isEmpty()).toList()) {
      assertThat(flows).as(status.code()).contains("`" + status.code() + "`");
    }
  }

  @Test
  void everyKindsWordingExistsInBothLanguages() throws IOException {
    for (String lang : List.of("ko", "en")) {
      Properties p = new Properties();
      try (var in = Files.newBufferedReader(Path.of("templates/messages/" + lang + ".properties"), StandardCharsets.UTF_8)) {
        p.load(in);
      }
      for (String key : List.of("rounds.caption", "flows.caption", "flowkind.compute-purchase", "flowkind.acquisition",
          "flowkind.stake", "role.lead", "role.participant", "col.basis", "table.notConverted", "table.replacedBy",
          "table.leadNotNamed")) {
        assertThat(p.getProperty(key)).as(lang + ":" + key).isNotBlank();
      }
      for (FlowKind kind : FlowKind.values()) {
        assertThat(p.getProperty("flowkind." + kind.code())).as(lang + ":" + kind.code()).isNotBlank();
      }
    }
  }
}
