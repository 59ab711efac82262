package io.quotedesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BylinesTest {
  @Test
  void keepsThePeopleAndDropsByDatesAndRoles() {
    assertThat(Bylines.names("By Jane Doe and John Roe, Staff Writers"))
        .contains("Jane Doe, John Roe");
    assertThat(Bylines.names("by Lucas Nolan22 Dec 2016651")).contains("Lucas Nolan");
    assertThat(Bylines.names("Dan Goodin - Apr 16, 2015 8:02 pm UTC")).contains("Dan Goodin");
    assertThat(
            Bylines.names(
                "By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, and"
                    + " Technology Project"))
        .contains("Daniel Kahn Gillmor");
    assertThat(Bylines.names("Written by Rob Ewaschuk Edited by Betsy Beyer"))
        .contains("Rob Ewaschuk");
    assertThat(Bylines.names("Richard (R.J.) Eskow")).contains("Richard Eskow");
    assertThat(Bylines.names("JOE HILDEBRAND")).contains("JOE HILDEBRAND");
    assertThat(Bylines.names("Michiel de Jong")).contains("Michiel de Jong");
  }

  @Test
  void bylinesInOtherLanguagesLoseTheirByAndAnd() {
    assertThat(Bylines.names("Von Anna Berger und Max Huber")).contains("Anna Berger, Max Huber");
    assertThat(Bylines.names("Par Jean Dupont et Marie Durand"))
        .contains("Jean Dupont, Marie Durand");
    assertThat(Bylines.names("Autor: Jan Nowak")).contains("Jan Nowak");
    assertThat(Bylines.names("Di Stefano")).contains("Di Stefano");
    assertThat(Bylines.names("Jane E. Doe")).contains("Jane E. Doe");
  }

  @Test
  void coWritersInBracketsAreNamedToo() {
    assertThat(Bylines.names("Anne Dupont (avec Jean Roy et Lise Morel)"))
        .contains("Anne Dupont, Jean Roy, Lise Morel");
    assertThat(Bylines.names("By Jane Doe (with John Roe)")).contains("Jane Doe, John Roe");
    assertThat(Bylines.names("Jane Doe (Reuters)")).contains("Jane Doe");
    // an agency credited or a place named in brackets is no co-writer
    assertThat(Bylines.names("Jane Doe (with AFP)")).contains("Jane Doe");
    assertThat(Bylines.names("Ana Ruiz (en Lima)")).contains("Ana Ruiz");
    assertThat(Bylines.names("Jane Doe (with reporting by John Roe)")).contains("Jane Doe");
  }

  @Test
  void addressesHandlesAndDesksAreNoOnesName() {
    assertThat(Bylines.names("https://www.facebook.com/janedoe")).isEmpty();
    assertThat(Bylines.names("@janedoe")).isEmpty();
    assertThat(Bylines.names("Staff")).isEmpty();
    assertThat(Bylines.names("BBC News")).isEmpty();
    assertThat(Bylines.names("Follow Author")).isEmpty();
    assertThat(Bylines.names("April 28, 2019 at 6:01 am")).isEmpty();
  }

  @Test
  void thePublishersOwnNameIsSkippedUnlessItIsAPersons() {
    assertThat(Bylines.first(List.of("Mac & i", "Jana Novak"), Optional.of("Mac & i")))
        .contains("Jana Novak");
    assertThat(Bylines.first(List.of("Haki Benita"), Optional.of("Haki Benita")))
        .contains("Haki Benita");
  }

  @Test
  void dublinCoreCreatorsWrittenSurnameFirstReadGivenNameFirst() {
    assertThat(Bylines.givenNameFirst("Kooman, F.")).isEqualTo("F. Kooman");
    assertThat(Bylines.givenNameFirst("Jong, Michiel de")).isEqualTo("Michiel de Jong");
    assertThat(Bylines.givenNameFirst("de Vries, Anna")).isEqualTo("Anna de Vries");
    // two people, or a person and a role, stay as they are
    assertThat(Bylines.givenNameFirst("Jane Doe, John Roe")).isEqualTo("Jane Doe, John Roe");
    assertThat(Bylines.givenNameFirst("Doe, Staff Writer")).isEqualTo("Doe, Staff Writer");
    assertThat(Bylines.givenNameFirst("Jane Doe")).isEqualTo("Jane Doe");
  }

  @Test
  void anOrganisationSignsOnlyWhenItIsNotThePublisher() {
    assertThat(
            Bylines.creditedOrganisation(
                List.of("Associated Press"), Optional.of("The Riverside Courier")))
        .contains("Associated Press");
    assertThat(Bylines.creditedOrganisation(List.of("BBC News"), Optional.of("BBC News")))
        .isEmpty();
    assertThat(Bylines.creditedOrganisation(List.of("The Guardian"), Optional.of("Guardian")))
        .isEmpty();
    assertThat(Bylines.creditedOrganisation(List.of(), Optional.of("BBC News"))).isEmpty();
  }
}
