package nl.gremium.text;


/** Character error rate: the edit distance from a reference text to a reading of it, over the reference's length. */
public final class CharacterErrorRate {
    private CharacterErrorRate() {}

    /** 0 when identical; insertions, deletions and substitutions each count one. */
    public static double of(String reference, String reading) {
        if (reference.isEmpty()) {
            return reading.isEmpty() ? 0 : 1;
        }
        int[] prev = new int[reading.length() + 1];
        int[] cur = new int[reading.length() + 1];
        for (int j = 0; j <= reading.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= reference.length(); i++) {
            cur[0] = i;
            char r = reference.charAt(i - 1);
            for (int j = 1; j <= reading.length(); j++) {
                int sub = prev[j - 1] + (r == reading.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[reading.length()] / (double) reference.length();
    }
}
