package io.quotedesk.cli;

import static java.util.Objects.requireNonNull;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * What QuoteDesk reads from the machine it runs on: the environment, the user's home folder, the
 * operating system and stdin. Passed in so tests never touch the real home or environment.
 */
record Platform(Map<String, String> environment, Path home, String osName, InputStream stdin) {
  Platform {
    environment = Map.copyOf(environment);
    requireNonNull(home, "home");
    requireNonNull(osName, "osName");
    requireNonNull(stdin, "stdin");
  }

  /** The machine this process runs on. */
  static Platform current() {
    return new Platform(
        System.getenv(),
        Path.of(System.getProperty("user.home")),
        System.getProperty("os.name", ""),
        System.in);
  }

  /**
   * Where the archive lives when {@code data.dir} is not set: the user's data directory, never the
   * working directory, so every folder a command runs from sees the same archive.
   */
  Path defaultDataDir() {
    if (osName.toLowerCase(Locale.ROOT).startsWith("mac")) {
      return home.resolve("Library").resolve("Application Support").resolve("QuoteDesk");
    }
    // The XDG base-directory spec: a relative $XDG_DATA_HOME is invalid and is ignored.
    String xdg = environment.getOrDefault("XDG_DATA_HOME", "");
    if (!xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg).resolve("quotedesk");
    }
    return home.resolve(".local").resolve("share").resolve("quotedesk");
  }

  /** {@code data.dir} as set, with a leading {@code ~/} meaning the home folder. */
  Path dataDir(String setting) {
    if (setting.isBlank()) {
      return defaultDataDir();
    }
    if (setting.equals("~") || setting.startsWith("~/")) {
      return home.resolve(setting.substring(Math.min(2, setting.length())));
    }
    return Path.of(setting);
  }
}
