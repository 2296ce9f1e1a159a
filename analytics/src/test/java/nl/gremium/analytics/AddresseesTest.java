package nl.gremium.analytics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AddresseesTest {
    @Test
    void aMunicipalityDoesNotAnswerForInstitutionsProvidersOrHousingCorporations() {
        assertTrue(Addressees.canAnswer("Aan de colleges van de gemeenten in de regio", "Gemeente Westdorp"));
        assertFalse(Addressees.canAnswer("Aan de gecertificeerde instellingen", "Gemeente Westdorp"));
        assertTrue(Addressees.canAnswer("Aan de gecertificeerde instellingen", "Stichting Jeugdbescherming Westland"));
        assertFalse(Addressees.canAnswer("Aan de zorgaanbieders", "Gemeente Westdorp"));
        assertFalse(Addressees.canAnswer("Aan de woningcorporaties", "Provincie Zuidmark"));
        // an addressee naming no known party is answered by anyone
        assertTrue(Addressees.canAnswer("Aan de projectgroep", "Gemeente Westdorp"));
    }
}
