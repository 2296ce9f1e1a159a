package nl.gremium.samples;

import static nl.gremium.samples.Vechtland.AB_APRIL;
import static nl.gremium.samples.Vechtland.AB_JULY;
import static nl.gremium.samples.Vechtland.DB;
import static nl.gremium.samples.Vechtland.DB_APRIL;
import static nl.gremium.samples.Vechtland.DB_MAY;
import static nl.gremium.samples.Vechtland.REGION;
import static nl.gremium.samples.Vechtland.date;
import static nl.gremium.samples.Vechtland.dayDate;

import nl.gremium.model.DocKind;

/** The decision list of the DB meeting of 15 May 2025 (ODT). */
final class MayDecisions {
    private MayDecisions() {}

    static SampleDoc decisions() {
        Content c = new Content().subjects()
                .title("Besluitenlijst Dagelijks bestuur " + REGION)
                .fields("Datum", dayDate(DB_MAY),
                        "Tijd", "09.30 – 11.45 uur",
                        "Aanwezig", "H. van der Meulen (voorzitter), R. Jansen, L. Bakker, M. de Vries (secretaris), P. Dekker (punten 5 en 8)")
                .h1("1. Opening en mededelingen")
                .p("De voorzitter meldt dat de Inspectie Justitie en Veiligheid het conceptrapport over stroomuitval ter reactie heeft toegezonden.")
                .h1("2. Besluitenlijst dagelijks bestuur " + date(DB_APRIL))
                .p("Besluit: {D:de besluitenlijst wordt ongewijzigd vastgesteld.}")
                .h1("3. Zienswijzen gemeenteraden programmabegroting 2026")
                .p("Zeven van de acht gemeenteraden hebben een zienswijze ingediend; de raad van Staphorst heeft afgezien van een zienswijze.")
                .p("Besluit: {D:het dagelijks bestuur neemt kennis van de zienswijzen en stelt de reactienota vast. De reactienota wordt met de begroting aan het algemeen bestuur van "
                        + date(AB_JULY) + " voorgelegd.}")
                .h1("4. Wijziging Gemeenschappelijke regeling " + REGION)
                .p("Besluit: {D:het dagelijks bestuur stemt in met het aangepaste ontwerp, waarin de regeling voor uittreding is verduidelijkt, en legt dit ter besluitvorming voor aan het algemeen bestuur.}")
                .p("Actie: {A:de heer Jansen|de heer Jansen informeert de gemeentesecretarissen vóór 1 juni 2025 over de aanpassing.}")
                .h1("5. Aanbesteding ademluchtapparatuur")
                .p("Besluit: {D:het dagelijks bestuur gunt de opdracht voor de vervanging van 180 ademluchttoestellen aan de economisch meest voordelige inschrijver,",
                        "voor een bedrag van [[€ 1.436.500=1436500]] exclusief btw. De opdracht loopt vijf jaar.}")
                .h1("6. Bestuurlijke reactie conceptrapport Inspectie over stroomuitval")
                .p("Besluit: {D:het dagelijks bestuur stemt in met de bestuurlijke reactie op het conceptrapport.}")
                .p("Actie: {A:mevrouw De Vries|mevrouw De Vries zendt de reactie vóór 20 mei 2025 aan de Inspectie Justitie en Veiligheid.}")
                .h1("7. Vrijstelling kleine evenementen")
                .p("Naar aanleiding van de verwerping van het tariefvoorstel in het algemeen bestuur van " + date(AB_APRIL) + " is onderzocht of een vrijstelling mogelijk is.")
                .p("Besluit: {D:het dagelijks bestuur besluit geen nieuw tariefvoorstel voor te bereiden. Het algemeen bestuur wordt hierover via de besluitenlijst geïnformeerd.}")
                .h1("8. Vastgoedbeleid brandweerkazernes")
                .p("Besluit: {D:het dagelijks bestuur stemt in met het concept-vastgoedbeleid brandweerkazernes 2025–2035 en het voorstel voor een krediet van [[€ 3.400.000=3400000]] voor de nieuwbouw van de brandweerkazerne Hattem,",
                        "en legt beide ter besluitvorming voor aan het algemeen bestuur van " + date(AB_JULY) + ".}")
                .h1("9. Rondvraag en sluiting")
                .p("Er zijn geen vragen. De voorzitter sluit de vergadering om 11.40 uur.");
        return c.doc("besluitenlijst-db-2025-05-15.odt", DocKind.decision_list, REGION, DB, DB_MAY,
                "Besluitenlijst Dagelijks bestuur " + date(DB_MAY));
    }
}
