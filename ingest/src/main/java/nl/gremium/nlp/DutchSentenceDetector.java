package nl.gremium.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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
    private static final Pattern WEB_ADDRESS = Pattern.compile(
            "(?i)\\(?(?:https?://|www\\.)\\S+|[\\p{L}\\d.-]+\\.(?:nl|com|org|eu|net|be)(?:/\\S*)?[.,;:)]?");
    /** A small word after the address, the clause's verb or its next word ("gepubliceerd.", "en"). */
    private static final Pattern CLAUSE_GOES_ON = Pattern.compile("\\p{Ll}+[.,;:]?");
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
        if (insideWord(s, candidateIndex)) {
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
    private static boolean insideWord(CharSequence s, int candidateIndex) {
        int next = candidateIndex + 1;
        if (next >= s.length() || Character.isWhitespace(s.charAt(next))) {
            return false;
        }
        int start = candidateIndex;
        while (start > 0 && !Character.isWhitespace(s.charAt(start - 1))) {
            start--;
        }
        int end = next;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
            end++;
        }
        if (!WEB_ADDRESS.matcher(s.subSequence(start, end)).matches()) {
            return false;
        }
        int after = end;
        while (after < s.length() && Character.isWhitespace(s.charAt(after))) {
            after++;
        }
        int wordEnd = after;
        while (wordEnd < s.length() && !Character.isWhitespace(s.charAt(wordEnd))) {
            wordEnd++;
        }
        return CLAUSE_GOES_ON.matcher(s.subSequence(after, wordEnd)).matches();
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
