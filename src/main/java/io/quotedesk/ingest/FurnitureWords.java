package io.quotedesk.ingest;

import java.util.regex.Pattern;

/**
 * The words page furniture says in the languages QuoteDesk meets most (German, French, Spanish,
 * Italian, Polish, Portuguese), for the lines a reader sees around a story: "Lesen Sie auch: …", "À
 * lire aussi", "Partager sur Facebook", "Kommentare", "Anzeige", "Suscríbete a nuestro boletín",
 * "Fot. Jan Kowalski". Each pattern matches a whole line, so a story sentence that uses the same
 * words among others ("Lesen Sie auch, was der Minister sagte, …" would be rare) needs the whole
 * line to be the furniture. English keeps its own, older patterns beside these.
 */
final class FurnitureWords {
  private FurnitureWords() {}

  /** A short line ends with the prompt, or its link text follows in a headline's worth. */
  private static final String TAIL = "\\s*[:.!»›>…-]?\\s*(?:\\S.{0,160})?";

  /** "Lesen Sie auch: Wie die Bahn …", "À lire aussi", "Czytaj także: …". */
  private static final String SEE_ALSO =
      "(?:lesen sie (?:auch|mehr|hier)|lies auch|auch interessant|mehr zum thema|weiterlesen"
          + "|mehr lesen|zum artikel"
          + "|[àa] lire (?:aussi|également)|lire (?:aussi|également|la suite)|voir aussi"
          + "|[àa] voir aussi|sur le même sujet"
          + "|le[ae]r más|le[ae] también|lee (?:la nota|el artículo) completo|ver también"
          + "|te puede interesar|también te puede interesar"
          + "|leggi (?:anche|di più|tutto|l['’]articolo)|potrebbe interessarti|vedi anche"
          + "|czytaj (?:także|też|również|więcej|dalej)|zobacz (?:także|też|również)"
          + "|przeczytaj (?:także|też|również)"
          + "|leia (?:também|mais)|veja (?:também|mais)|saiba mais"
          // "Sigue leyendo" over the rest of a story that the page folds away
          + "|sigue leyendo|continuer la lecture|continua a leggere|continue lendo"
          + "|zur startseite|retour [àa] l['’]accueil|volver a la portada|torna alla home)";

  /** "Teilen", "Partager sur Facebook", "Compartir en WhatsApp", "Udostępnij". */
  private static final String SHARE =
      "(?:(?:artikel |diesen artikel |beitrag )?teilen|partager(?: (?:cet|l['’]) ?article)?"
          + "|compart(?:ir|e|a)(?: (?:esta|la) (?:noticia|nota))?|condividi(?: l['’]articolo)?"
          + "|udostępnij(?: artykuł)?|podziel się|artikel verschenken|compartilh(?:ar|e)(?: (?:esta|essa) (?:notícia|matéria))?"
          + "|partilh(?:ar|e)|drucken|imprimer|imprimir|stampa|drukuj"
          + "|per e-?mail senden|envoyer par (?:e-?mail|courriel)|enviar por (?:e-?mail|correo))"
          + "(?: (?:auf|sur|en|por|su|na|no|via) \\p{L}+)?";

  /** "Kommentare (12)", "Réagir", "Deja tu comentario", "Skomentuj". */
  private static final String COMMENTS =
      "(?:kommentare?|kommentieren|kommentar schreiben|commentaires?|commenter|réagir"
          + "|comentarios?|comentar|deja (?:tu|un) comentario|commenti|commenta"
          + "|lascia un commento|komentarze?|skomentuj|dodaj komentarz|comentários?|comente"
          + "|deixe (?:seu|um|o seu) comentário|jetzt kommentieren|kommentare (?:anzeigen|lesen)"
          + "|voir les commentaires|ver (?:los )?comentarios|skomentuj artykuł)"
          + "(?:\\s*\\(?\\d+\\)?)?";

  /** The label over an advertisement. */
  private static final String ADVERT =
      "(?:anzeige|werbung|publicité|publicidad|anuncio|pubblicità|reklama|publicidade"
          + "|contenu sponsorisé|contenido patrocinado|contenuto sponsorizzato|gesponsert"
          + "|artykuł sponsorowany|artículo patrocinado|articolo sponsorizzato)";

  /**
   * What a site offers around any story: keeping it for later, its reading time, a video or the
   * newsletter as a label, the subscribers-only notice, the topics' label with its few words.
   */
  private static final String SITE_LABEL =
      "(?:lire plus tard|später lesen|artikel merken|leer más tarde|guardar (?:artículo|noticia)"
          + "|zapisz artykuł|salva(?: per dopo| articolo)"
          + "|(?:lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo di lettura"
          + "|czas czytania|tempo de leitura)\\s*:?\\s*(?:ca\\.\\s*)?\\d+\\s*(?:min\\.?|minuten"
          + "|minutes?|minutos|minuti|minut)\\.?"
          + "|video|vidéo|vídeo|wideo|zobacz wideo|newsletter"
          + "|(?:cet )?article (?:est )?réservé aux abonnés.{0,80}"
          + "|(?:dieser )?artikel ist (?:nur )?für abonnenten.{0,80}"
          + "|(?:contenido|artículo) exclusivo para suscriptores.{0,80}"
          + "|articolo riservato agli abbonati.{0,80}"
          + "|artykuł (?:jest )?dostępny (?:tylko )?dla (?:prenumeratorów|subskrybentów).{0,80}"
          // "Themen" alone, or with its words after a colon: "Temas: puente, ayuntamiento"
          + "|(?:themen|schlagwörter|stichwörter|mots-clés|thèmes|temas|etiquetas|tagi|tematy"
          + "|argomenti)(?:\\s*:\\s*.{0,100})?"
          // a line of rights: "© dpa-infocom …", "Riproduzione riservata ©"
          + "|riproduzione riservata ?©?|tous droits réservés|alle rechte vorbehalten"
          + "|todos los derechos reservados|wszelkie prawa zastrzeżone)";

  /** "Newsletter abonnieren", "Inscrivez-vous à notre newsletter", "Zapisz się do newslettera". */
  private static final String SUBSCRIBE =
      "(?:(?:jetzt |den )?newsletter abonnieren|jetzt abonnieren|abonnieren sie"
          + "|melden sie sich (?:jetzt )?(?:für|zu)|abonnez-vous|inscrivez-vous|s['’]abonner"
          + "|suscr[ií]b(?:ete|irse)|recib[ea] (?:nuestra|nuestro|las|el)|iscriviti|abbonati"
          + "|zapisz się|subskrybuj|zamów newsletter|assine|inscreva-se|receba (?:a|as|o|nossa))"
          + ".{0,120}";

  /** "Folgen Sie uns auf Twitter", "Suivez-nous". */
  private static final String FOLLOW =
      "(?:folgen sie uns|suivez-nous|síguenos|seguici|obserwuj nas|siga-nos|siga a gente)"
          + ".{0,60}";

  /** "Artikel anhören", "Écouter cet article". */
  private static final String LISTEN =
      "(?:(?:diesen )?artikel (?:anhören|vorlesen lassen)|[ée]couter (?:cet|l['’]) ?article"
          + "|escuchar (?:este|el) artículo|escucha (?:esta|la) noticia"
          + "|ascolta (?:l['’]|questo )?articolo|posłuchaj(?: artykułu)?"
          + "|ouça (?:esta|a) (?:notícia|matéria)|ouvir (?:esta )?not[ií]cia)"
          + ".{0,40}";

  /** A picture's credit: "Foto: dpa", "Crédit photo : AFP", "Fot. Jan Kowalski/PAP". */
  private static final String CREDIT =
      "(?:fotos?|bild(?:er)?|bildquelle|crédits?(?: photo)?|photo|imagen|immagine|immagini"
          + "|zdjęcie|imagem)\\s?:.{0,160}"
          + "|fot\\. .{0,100}";

  /** Headings after which a page lists other stories (the end of the story). */
  private static final Pattern END_OF_STORY =
      Pattern.compile(
          "(?iu)^(?:mehr zum thema|das könnte sie (?:auch )?interessieren|weitere artikel"
              + "|meistgelesene?(?: artikel)?|auch interessant|sur le même sujet|les plus lus"
              + "|articles similaires|dans la même rubrique|[àa] lire aussi"
              + "|noticias relacionadas|te puede interesar|lo más leído|más noticias"
              + "|articoli correlati|potrebbe interessarti|i più letti|leggi anche"
              + "|zobacz (?:też|także)|polecamy|najczęściej czytane|powiązane artykuły"
              + "|notícias relacionadas|mais lidas|veja também|leia também"
              + "|empfehlungen der redaktion|weitere nachrichten|mehr nachrichten(?: aus .{1,40})?"
              + "|ähnliche (?:beiträge|artikel)|vous aimerez aussi|sur le même thème"
              + "|lo más visto|más leídas|te recomendamos|ti potrebbe interessare"
              + "|potrebbero interessarti|polecane(?: artykuły)?|najnowsze(?: artykuły)?)\\s*:?$");

  private static final Pattern LINE =
      Pattern.compile(
          "(?iu)^(?:"
              + SEE_ALSO
              + TAIL
              + "|"
              + SHARE
              + "|"
              + COMMENTS
              + "|"
              + ADVERT
              + "|"
              + SUBSCRIBE
              + "|"
              + FOLLOW
              + "|"
              + LISTEN
              + "|"
              + CREDIT
              + "|"
              + SITE_LABEL
              + ")\\s*$");

  /** True when the whole of {@code line} (space trimmed) is furniture in one of the languages. */
  static boolean isFurnitureLine(String line) {
    return line.length() <= 250 && LINE.matcher(line).matches();
  }

  /** True when {@code line} is a heading over a list of other stories. */
  static boolean endsStory(String line) {
    return END_OF_STORY.matcher(line).matches();
  }
}
