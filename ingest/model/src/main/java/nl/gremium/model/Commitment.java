package nl.gremium.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * A commitment (toezegging) made to the board in minutes or a letter: "De wethouder zegt toe de raad voor de zomer
 * te informeren over …".
 *
 * @param id      stable id from the document id and the sentence ("docId#t…")
 * @param text    the sentence as printed
 * @param who     who made it ("de wethouder", "wethouder Jansen", "het college"), or null when the text does not say
 * @param toWhom  to whom ("de raad", "de commissie", "mevrouw De Vries"), or null
 * @param dueText the deadline as printed ("voor de zomer", "in het eerste kwartaal van 2026"), or null
 * @param due     that deadline as a last day, when it can be reckoned from the text and the document's date
 * @param page    the page of the sentence
 * @param cue     the phrase that marks it as a commitment ("zegt toe", "zal … informeren"), to show why; "toezeggingenlijst"
 *                for a row of a commitments list
 * @param printedStatus the status a commitments list prints for it ("Afgedaan met brief van 20 juni"), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Commitment(String id, String text, String who, String toWhom, String dueText, LocalDate due, int page,
                         String cue, String printedStatus) {}
