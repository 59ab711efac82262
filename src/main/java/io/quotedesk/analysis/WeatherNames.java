package io.quotedesk.analysis;

import java.util.List;
import java.util.Set;

/**
 * The names given to weather systems, which are no people though their names are first names:
 * "Hurricane Milton", "Tropical Storm Odalys", "Typhoon Haiyan", "Storm Odalys".
 */
final class WeatherNames {
  /** Words that name a weather system before its given name: "Hurricane", "Tropical Storm". */
  private static final Set<String> SYSTEMS =
      Lexicon.setOf(
          "hurricane", "typhoon", "cyclone", "superstorm", "tropical", "depression", "storm");

  private WeatherNames() {}

  /**
   * Whether {@code name} is a weather system's: a system word before its last word ("Hurricane
   * Milton", "Winter Storm Elliott", "Storm Odalys").
   */
  static boolean isWeatherSystem(List<Token> name) {
    for (int i = 0; i + 1 < name.size(); i++) {
      if (SYSTEMS.contains(name.get(i).bare())) {
        return true;
      }
    }
    return false;
  }
}
