package nl.gremium.samples;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Gold labels of one sample document, in the format of the development corpus's {@code gold/*.json}
 * (see ../shared/corpus/README.md, "Gold format"), so the same evaluation code can measure on both.
 * They are recorded while the document is written (see {@link Content}), not extracted afterwards.
 */
public record Gold(List<Decision> decisions, List<Recommendation> recommendations, List<Action> actions,
                   List<Amount> amounts, List<Table> tables) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Decision(@JsonProperty("agenda_item") String agendaItem, String text, String subject) {}

    public record Recommendation(String addressee, String text) {}

    public record Action(String actor, String text) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Amount(BigDecimal value, String raw, @JsonProperty("in_table") String inTable) {}

    /**
     * {@code form} marks a label/value header form, which only DOCX, ODT and HTML render as a table;
     * {@code funding} false marks amounts no organisation receives (programme lines of annual accounts).
     */
    public record Table(String id, String caption, @JsonProperty("caption_in_document") boolean captionInDocument,
                        @JsonProperty("n_rows") int nRows, @JsonProperty("n_cols") int nCols,
                        @JsonProperty("header_rows") int headerRows, List<List<String>> header,
                        @JsonProperty("cells_sample") List<List<String>> cellsSample,
                        @JsonIgnore boolean form,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean funding) {}

    static Gold empty() {
        return new Gold(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    /** The labels as they hold for one file format: header forms are tables only where rendered as tables. */
    Gold forFormat(String extension) {
        boolean formsAreTables = List.of("docx", "odt", "html").contains(extension);
        List<Table> t = tables.stream().filter(x -> formsAreTables || !x.form()).toList();
        return new Gold(List.copyOf(decisions), List.copyOf(recommendations), List.copyOf(actions), List.copyOf(amounts), t);
    }
}
