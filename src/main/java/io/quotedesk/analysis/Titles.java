package io.quotedesk.analysis;

import java.util.Set;

/**
 * The words of titles and roles, which make a run of capitalised words a title ("NATO Secretary
 * General") and introduce a name ("singer Ann Ruiz").
 */
final class Titles {
  /** Words that make a run of capitalised words a title or role: "NATO Secretary General". */
  static final Set<String> TITLES =
      Lexicon.setOf(
          "president",
          "vice",
          "secretary",
          "general",
          "chancellor",
          "minister",
          "prime",
          "premier",
          "senator",
          "sen",
          "rep",
          "representative",
          "gov",
          "governor",
          "mayor",
          "chief",
          "director",
          "chairman",
          "chairwoman",
          "chair",
          "judge",
          "justice",
          "ambassador",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "leader",
          "commissioner",
          "king",
          "queen",
          "prince",
          "princess",
          "pope",
          "attorney",
          "adviser",
          "advisor",
          "aide",
          "officer",
          "ceo",
          "coach",
          "professor",
          "prof",
          "dr",
          "gen",
          "lt",
          "col",
          "sgt",
          "capt",
          "adm",
          "speaker",
          "whip",
          "candidate",
          "nominee",
          "deputy",
          "assistant",
          "congressman",
          "congresswoman",
          "councilman",
          "councilwoman",
          "lawmaker",
          "rev",
          "reverend",
          "sheriff",
          "commander",
          "admiral",
          "colonel",
          "captain",
          "economist",
          "analyst",
          "founder",
          "host",
          "anchor",
          "correspondent",
          "reporter",
          "editor",
          "manager",
          "strategist",
          "pollster",
          "chairperson",
          "frontrunner",
          "delegate",
          "envoy",
          "diplomat",
          "official",
          "executive",
          "treasurer",
          "comptroller",
          "superintendent",
          "commissioner",
          "cardinal",
          "bishop",
          "rabbi",
          "imam",
          "sergeant",
          "lieutenant",
          "major",
          "marshal",
          "detective",
          "inspector",
          "prosecutor",
          "counsel",
          "lawyer",
          "director-general",
          "secretary-general",
          "lady",
          "lord",
          "sir",
          // local government: "Councilor Pious Ali", "Alderman Ed Burke"
          "councilor",
          "councillor",
          "councilmember",
          "alderman",
          "alderwoman",
          "selectman",
          "selectwoman",
          "assemblyman",
          "assemblywoman",
          "assemblymember",
          "supervisor",
          "trustee",
          // people in the arts, science and sport are introduced the same way: "singer Ann Ruiz"
          "singer",
          "singers",
          "actor",
          "actress",
          "author",
          "novelist",
          "writer",
          "poet",
          "rapper",
          "comedian",
          "guitarist",
          "guitarists",
          "musician",
          "drummer",
          "producer",
          "filmmaker",
          "developer",
          "designer",
          "scientist",
          "researcher",
          "historian",
          "surgeon",
          "physician",
          "quarterback",
          "striker",
          "goalkeeper",
          "pitcher");

  private Titles() {}

  /**
   * "minister", "Sen", "director-general", "vice-president": a title word, or a compound of title
   * words.
   */
  static boolean isTitle(String bareWord) {
    if (TITLES.contains(bareWord)) {
      return true;
    }
    if (bareWord.indexOf('-') > 0) {
      for (String part : bareWord.split("-")) {
        if (!TITLES.contains(part)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }
}
