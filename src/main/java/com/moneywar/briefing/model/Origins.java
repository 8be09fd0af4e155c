package com.moneywar.briefing.model;

import java.util.Map;
import java.util.Optional;

/**
 * Where each loaded value came from, so checks made after loading can still point at a file, line
 * and column. Keys are {@code file#id#column}; a row's own position is under column {@code ""}.
 */
public record Origins(Map<String, SourcePos> positions) {
  public Origins {
    positions = Map.copyOf(positions);
  }

  public static String key(String file, String id, String column) {
    return file + "#" + id + "#" + column;
  }

  /** The cell's position, else its row's, else the start of the file. */
  public SourcePos of(String file, String id, String column) {
    return Optional.ofNullable(positions.get(key(file, id, column)))
        .or(() -> Optional.ofNullable(positions.get(key(file, id, ""))))
        .orElse(SourcePos.startOf(file));
  }
}
