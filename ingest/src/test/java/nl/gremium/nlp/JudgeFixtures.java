package nl.gremium.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * A tiny labelled set of our own writing for the judge tests: three invented organisations, each with
 * decisions, proposed decisions, recommendations, actions and other sentences in their own words.
 */
public final class JudgeFixtures {
    private JudgeFixtures() {}

    private static final String[][] VECHTLAND = {
            {"decision", "De raad besluit de verordening parkeerbelastingen 2027 vast te stellen."},
            {"decision", "Het college besluit in te stemmen met de aanbesteding van het groenonderhoud."},
            {"decision", "De motie wordt aangenomen met 21 tegen 8 stemmen."},
            {"decision", "Het amendement wordt verworpen met 12 tegen 17 stemmen."},
            {"proposed_decision", "Wij stellen u voor het bestemmingsplan Molenkwartier vast te stellen."},
            {"proposed_decision", "Voorgesteld wordt een krediet van € 400.000 beschikbaar te stellen voor de brug."},
            {"proposed_decision", "Het college stelt de raad voor in te stemmen met de nota sportaccommodaties."},
            {"recommendation", "De rekenkamer beveelt het college aan de subsidievoorwaarden te vereenvoudigen."},
            {"recommendation", "Wij adviseren de raad om jaarlijks een evaluatie van het armoedebeleid te vragen."},
            {"action", "Het college zal de raad voor de zomer informeren over de voortgang van de woningbouw."},
            {"action", "De wethouder zegt toe de cijfers over de wachtlijsten na te sturen."},
            {"action", "Wij zullen in het najaar een bijeenkomst met de ondernemers organiseren."},
            {"other", "De gemeente Vechtland telt ruim 40.000 inwoners verdeeld over zes kernen."},
            {"other", "In 2025 zijn er 312 aanvragen voor een bijzondere bijstand ingediend."},
            {"other", "De vergadering wordt om 19.30 uur door de voorzitter geopend."},
            {"other", "Het gebouw aan de Dorpsstraat is in de jaren zestig gebouwd."},
            {"other", "Het college verleent al jaren subsidie aan de muziekschool."},
    };
    private static final String[][] RIVIERENLAND = {
            {"decision", "Het algemeen bestuur besluit de jaarrekening 2025 vast te stellen."},
            {"decision", "Het dagelijks bestuur besluit de subsidieaanvraag van de stichting toe te kennen."},
            {"decision", "Het voorstel wordt aangenomen met algemene stemmen."},
            {"decision", "De raad stemt in met de begrotingswijziging van de veiligheidsregio."},
            {"proposed_decision", "Voorgesteld besluit: de kadernota 2028 vast te stellen."},
            {"proposed_decision", "Wij stellen voor de reserve onderhoud wegen met € 250.000 te verhogen."},
            {"proposed_decision", "Het college stelt voor de verordening afvalstoffenheffing te wijzigen."},
            {"recommendation", "De commissie adviseert het bestuur de risico's van de grondexploitatie beter in beeld te brengen."},
            {"recommendation", "Wij bevelen aan om de klachtenregeling voor inwoners te vereenvoudigen."},
            {"action", "De secretaris zal de notulen voor de volgende vergadering rondsturen."},
            {"action", "Het college gaat in het voorjaar met de buurtbewoners in gesprek over de herinrichting."},
            {"action", "Wij zullen de raad uiterlijk in maart over de uitkomsten van het onderzoek informeren."},
            {"other", "Het waterschap beheert ruim 900 kilometer aan dijken en kaden."},
            {"other", "Tijdens de storm van vorig jaar liepen meerdere kelders onder water."},
            {"other", "De regio bestaat uit acht gemeenten met samen 300.000 inwoners."},
            {"other", "De vorige vergadering vond plaats in het gemeentehuis."},
    };
    private static final String[][] HEUVELRUG = {
            {"decision", "De raad besluit het reglement van orde te wijzigen."},
            {"decision", "Provinciale Staten besluiten de omgevingsverordening vast te stellen."},
            {"decision", "De motie wordt aangenomen met 30 tegen 5 stemmen."},
            {"decision", "Het college besluit de vergunning te verlenen."},
            {"proposed_decision", "Gedeputeerde Staten stellen voor het inpassingsplan vast te stellen."},
            {"proposed_decision", "Voorgesteld wordt de raad in te laten stemmen met de regionale energiestrategie."},
            {"proposed_decision", "Wij stellen u voor de tarieven voor 2027 te verhogen met twee procent."},
            {"recommendation", "De inspectie beveelt de directie aan het toezicht op de kwaliteit te versterken."},
            {"recommendation", "De ombudsman adviseert de gemeente om brieven in eenvoudige taal te schrijven."},
            {"action", "De gedeputeerde zegt toe de Staten voor het einde van het jaar te informeren."},
            {"action", "Het college zal een plan van aanpak voor de wachtlijsten opstellen."},
            {"action", "De provincie gaat in 2027 de fietspaden langs de provinciale wegen verbreden."},
            {"other", "De provincie heeft twaalf gedeputeerden en een commissaris van de Koning."},
            {"other", "Het aantal bezoekers van het natuurgebied nam toe tot 80.000."},
            {"other", "De bijeenkomst vond plaats in het provinciehuis."},
            {"other", "Het rapport beschrijft de ontwikkeling van de arbeidsmarkt in de regio."},
    };

    /** All examples, sentences, organised by organisation. */
    public static List<LabelledExamples.Example> examples() {
        List<LabelledExamples.Example> out = new ArrayList<>();
        add(out, VECHTLAND, "Gemeente Vechtland");
        add(out, RIVIERENLAND, "Veiligheidsregio Rivierenland");
        add(out, HEUVELRUG, "Provincie Heuvelrug");
        return out;
    }

    private static void add(List<LabelledExamples.Example> out, String[][] rows, String org) {
        for (String[] r : rows) {
            out.add(new LabelledExamples.Example(r[1], SourceText.Kind.sentence, JudgeLabel.valueOf(r[0]), org));
        }
    }
}
