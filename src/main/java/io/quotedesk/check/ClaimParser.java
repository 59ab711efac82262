package io.quotedesk.check;

import io.quotedesk.check.QuoteCheck.Claim;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the quotations a user gives: {@code "QUOTE" — NAME} as typed on the command line or in
 * Slack (em dash, en dash or {@code --}; straight or curly quotation marks), and every quotation in
 * a message. The one parser both front ends use, so they read a claim alike.
 */
public final class ClaimParser {
  /** "…" — Jens Stoltenberg / “…” – Stoltenberg / "…" -- Stoltenberg: the whole claim. */
  private static final Pattern QUOTED_THEN_NAME =
      Pattern.compile(
          "\\s*[\"\u201C\u201D]([^\"\u201C\u201D]+)[\"\u201C\u201D]\\s*(?:(?:\u2014|\u2013|--)\\s*(.*?))?\\s*");

  /** the words -- Stoltenberg: unquoted words, a dash with spaces around it, the name. */
  private static final Pattern BARE_THEN_NAME =
      Pattern.compile("\\s*(.+)\\s+(?:\u2014|\u2013|--)\\s+(.+?)\\s*");

  /** — Ostrander: a name after a dash and no words before it, so nothing to check. */
  private static final Pattern NAME_ONLY = Pattern.compile("\\s*(?:\u2014|\u2013|--)\\s*(.*?)\\s*");

  /** A quotation in a message, in straight or curly double quotes. */
  private static final Pattern QUOTATION = Pattern.compile("[\"\u201C]([^\"\u201D]{2,})[\"\u201D]");

  /** The name after a quotation in running text: "…" — Jens Stoltenberg, "…," said Biden. */
  private static final Pattern NAME_AFTER =
      Pattern.compile(
          "^\\s*(?:,\\s*)?(?:\u2014|\u2013|--|-)?\\s*(?:said\\s+)?(\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3})");

  private ClaimParser() {}

  /**
   * One claim as typed: {@code “prevent war” — Stoltenberg} gives the words "prevent war" and the
   * speaker "Stoltenberg", the name exactly as typed after the dash; words without a dash are the
   * whole claim.
   */
  public static Claim parse(String text) {
    Matcher quoted = QUOTED_THEN_NAME.matcher(text);
    if (quoted.matches()) {
      return new Claim(quoted.group(1).strip(), nonBlank(quoted.group(2)));
    }
    List<Claim> inText = claimsIn(text);
    if (!inText.isEmpty() && text.strip().matches("^[\"\u201C].*")) {
      return inText.get(0); // “prevent war,” Stoltenberg said
    }
    Matcher nameOnly = NAME_ONLY.matcher(text);
    if (nameOnly.matches()) {
      return new Claim("", nonBlank(nameOnly.group(1))); // the words are missing, not "— Name"
    }
    Matcher bare = BARE_THEN_NAME.matcher(text);
    if (bare.matches()) {
      return new Claim(bare.group(1), nonBlank(bare.group(2)));
    }
    return new Claim(text.strip(), Optional.empty());
  }

  /** The quotations in a message: "…" — Name, "…," Name said, or bare "…". */
  public static List<Claim> claimsIn(String message) {
    List<Claim> claims = new ArrayList<>();
    Matcher m = QUOTATION.matcher(message);
    while (m.find()) {
      String after = message.substring(m.end(), Math.min(message.length(), m.end() + 60));
      Matcher name = NAME_AFTER.matcher(after);
      Optional<String> speaker =
          name.find() ? Optional.of(name.group(1).strip()) : Optional.empty();
      claims.add(new Claim(m.group(1).strip(), speaker));
    }
    return claims;
  }

  private static Optional<String> nonBlank(String name) {
    return name == null || name.isBlank() ? Optional.empty() : Optional.of(name.strip());
  }
}
