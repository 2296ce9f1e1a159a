package nl.gremium.tag;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.gremium.model.DocKind;
import nl.gremium.model.Entity;
import nl.gremium.model.EntityType;
import org.junit.jupiter.api.Test;

class EntityTaggerTest {

    @Test
    void findsPeopleWithRolesOrganisationsMunicipalitiesAndDates() {
        var doc = Docs.of(DocKind.minutes, List.of(Docs.p(
                "De heer Van der Berg, voorzitter van de werkgroep, en mevrouw K. de Wit (secretaris) spraken op "
                        + "3 maart 2026 met burgemeester Kok, de Inspectie JenV en Veiligheidsregio Noord-Holland Noord "
                        + "over de kazerne in de gemeente Hardenberg. Voorzitter Veiligheidsregio is hier geen persoon.")),
                List.of());
        List<Entity> e = new EntityTagger().tag(new DocumentView(doc));
        assertTrue(e.contains(new Entity(EntityType.person, "De heer Van der Berg", "Van der Berg",
                "voorzitter van de werkgroep", 1)), e::toString);
        assertTrue(e.contains(new Entity(EntityType.person, "mevrouw K. de Wit", "de Wit", "secretaris", 1)), e::toString);
        assertTrue(e.contains(new Entity(EntityType.person, "burgemeester Kok", "Kok", "burgemeester", 1)), e::toString);
        assertTrue(e.stream().anyMatch(x -> x.type() == EntityType.organisation && x.text().equals("Inspectie JenV")));
        assertTrue(e.stream().anyMatch(x -> x.type() == EntityType.organisation
                && x.text().equals("Veiligheidsregio Noord-Holland Noord")), e::toString);
        assertTrue(e.contains(new Entity(EntityType.municipality, "gemeente Hardenberg", "Hardenberg", null, 1)));
        assertTrue(e.contains(new Entity(EntityType.date, "3 maart 2026", "2026-03-03", null, 1)), e::toString);
        assertTrue(e.stream().noneMatch(x -> x.type() == EntityType.person && x.normalized().equals("Veiligheidsregio")));
    }

    @Test
    void readsALetterheadsMinistryAndAddressWithoutTheirNeighboursAndNoUnitAsAPerson() {
        var doc = Docs.of(DocKind.letter, List.of(Docs.p("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"),
                Docs.p("Aan het college van de gemeente Steenwold Postbus 12 8000 AB Steenwold"),
                Docs.p("Namens het Ministerie van Onderwijs, Cultuur en Wetenschap schrijft de directeur Voortgezet Onderwijs.")), List.of());
        List<Entity> e = new EntityTagger().tag(new DocumentView(doc));
        List<String> organisations = e.stream().filter(x -> x.type() == EntityType.organisation).map(Entity::text).toList();
        assertTrue(organisations.containsAll(List.of("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
                "Ministerie van Onderwijs, Cultuur en Wetenschap")), organisations::toString);
        assertTrue(e.contains(new Entity(EntityType.municipality, "gemeente Steenwold", "Steenwold", null, 1)), e::toString);
        assertTrue(e.stream().noneMatch(x -> x.type() == EntityType.person), e::toString);
    }
}
