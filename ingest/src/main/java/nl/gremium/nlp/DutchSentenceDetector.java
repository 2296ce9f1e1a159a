package nl.gremium.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.text.WebAddress;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.StringList;

/**
 * The trained sentence detector, with its abbreviation check done here. OpenNLP 2.5's own check reads the character
 * before the first occurrence of each abbreviation, which is index -1 when a text opens with one ("art. 5.1 …",
 * "nr. 12 …"): the whole document then failed with an index error. It also looks only at that first occurrence, so a
 * second "o.a." later in the text could end a sentence. Here a break is refused when any abbreviation of the model
 * ends at it and starts a word (after the text's start, a space, an apostrophe or an opening bracket), and inside a web
 * address in mid-clause.
 */
final class DutchSentenceDetector extends SentenceDetectorME {
    /** A web address, then a small word of the clause it stands in ("gepubliceerd.", "en"). */
    private static final Pattern ADDRESS_MID_CLAUSE = Pattern.compile("(?i)(?<address>\\(?" + WebAddress.REGEX
            + "|[\\p{L}\\d.-]+\\.(?:nl|com|org|eu|net|be)(?:/\\S*)?[.,;:)]?)\\s+(?-i:\\p{Ll}+)[.,;:]?(?=\\s|$)");
    private final List<String> abbreviations = new ArrayList<>();

    DutchSentenceDetector(SentenceModel model) {
        super(model);
        Dictionary dict = model.getAbbreviations();
        if (dict != null) {
            for (StringList entry : dict) {
                abbreviations.add(entry.getToken(0));
            }
        }
    }

    @Override
    protected boolean isAcceptableBreak(CharSequence s, int fromIndex, int candidateIndex) {
        if (inAddressMidClause(s, candidateIndex)) {
            return false;
        }
        for (String abbreviation : abbreviations) {
            int start = candidateIndex - abbreviation.length() + 1;
            if (start >= fromIndex && startsWith(s, abbreviation, start) && wordStart(s, start)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A stop inside a web address that the clause goes on after ("wordt op www.rijksoverheid.nl gepubliceerd") ends no
     * sentence: the model breaks there and cuts the clause in two. Addresses a line merely lists stay breaks.
     */
    private static boolean inAddressMidClause(CharSequence s, int candidateIndex) {
        int start = candidateIndex;
        while (start > 0 && !Character.isWhitespace(s.charAt(start - 1))) {
            start--;
        }
        Matcher m = ADDRESS_MID_CLAUSE.matcher(s).region(start, s.length());
        return m.lookingAt() && m.end("address") > candidateIndex + 1;
    }

    private static boolean startsWith(CharSequence s, String part, int at) {
        if (at + part.length() > s.length()) {
            return false;
        }
        for (int i = 0; i < part.length(); i++) {
            if (s.charAt(at + i) != part.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean wordStart(CharSequence s, int at) {
        if (at == 0) {
            return true;
        }
        char before = s.charAt(at - 1);
        return Character.isWhitespace(before) || before == '(' || before == '\'' || before == '\u2019';
    }
}
