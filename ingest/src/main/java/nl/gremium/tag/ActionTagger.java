package nl.gremium.tag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.gremium.model.Action;
import nl.gremium.model.AgendaItem;
import nl.gremium.model.Block;
import nl.gremium.model.BlockType;
import nl.gremium.model.Cell;
import nl.gremium.model.Decision;
import nl.gremium.model.DocKind;
import nl.gremium.model.Table;
import nl.gremium.nlp.DutchNlp;
import nl.gremium.nlp.SentenceRole;
import nl.gremium.text.BlockText;
import nl.gremium.text.CaseFold;
import nl.gremium.text.DutchDates;
import nl.gremium.text.GuardedPattern;
import nl.gremium.text.LeadingBoundary;
import nl.gremium.text.RegexGuard;
import opennlp.tools.util.Span;

/**
 * Commitments and tasks for the future. A sentence is an action when it has a commitment form and is not
 * a proposal, suggestion, expectation, condition, question or report of the past, and the sentence-role
 * model does not read it confidently as a proposal or decision.
 * <ul>
 *   <li>Future by themselves: "zal/zullen …", "gaat/gaan + infinitive", "blijft … volgen", "Wij verzoeken
 *   u", "bereiden … voor", "komt met een voorstel", "zegt toe", "werkt … verder uit", "als eerste taak".</li>
 *   <li>Present-tense task verbs ("monitort", "houdt toezicht", "start", "pakt op", "spreken we") only with
 *   a time ahead ("de komende jaren", "in het najaar", "op 10 september", "zodra").</li>
 *   <li>Passive follow-up ("wordt … voorgelegd/gedeeld/uitgewerkt", "Er is afgesproken", "Aan dit verzoek
 *   wordt voldaan"): in minutes and meeting reports as they stand; elsewhere only with a time ahead and an
 *   agent ("door het ministerie").</li>
 * </ul>
 * Outside minutes and meeting reports the actor must be named (a pronoun is resolved from the sentences
 * before). Items of a list presented as action points ("actiepunten:", "de volgende acties:") are actions
 * each. Sentences that belong to a recorded decision are the decision's, not actions. A sentence that
 * continues the action before it ("Dit zal …", "Aan dit verzoek …") is merged into it.
 */
final class ActionTagger implements Tagger {
    @Override
    public void tag(DocumentView view, TagDraft draft) {
        draft.actions.addAll(tag(view, draft.ids('a'), draft.decisions));
    }

    private static final int I = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** Kinds where follow-up steps count even without an actor (what a meeting agreed to do next). */
    private static final Set<DocKind> MEETING = Set.of(DocKind.minutes, DocKind.other);
    private static final Set<DocKind> NONE = Set.of(DocKind.agenda, DocKind.schedule, DocKind.document_list);

    /** The reader as the receiver, in the present tense: "U ontvangt voor de zomer …", "Voor 1 oktober ontvangt u …". */
    private static final String YOU_RECEIVE = "\\bontvangt\\s+u\\b|\\bu\\s+ontvangt\\b";
    /**
     * A sender's present tense that commits as a future does: "nemen we mee" (will take into account), "wij
     * maken afspraken over …"; "neem ik niet mee" leaves out.
     */
    private static final String OWN_COMMITMENT = "\\b(?:nemen|neem)\\s+(?:wij|we|ik)\\b(?:(?!\\bniet\\b).)*\\bmee\\b|"
            + "\\b(?:wij|we|ik)\\s+(?:nemen|neem)\\b(?:(?!\\bniet\\b).)*\\bmee\\b|\\b(?:wij|we)\\s+maken\\s+(?:\\p{L}+\\s+)?afspraken\\b|"
            + "\\bmaken\\s+(?:wij|we)\\s+(?:\\p{L}+\\s+)?afspraken\\b";
    private static final Pattern OWN = LeadingBoundary.compile(OWN_COMMITMENT, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * The particle of "toezeggen" after "zeg": in the same clause ("Ik zeg u graag toe dat …"), not in a clause "dat" opens
     * ("zegt dat mensen daar geen recht toe hebben") and not in "tot nu toe".
     */
    static final String SAME_CLAUSE_TOE = "(?:(?!\\bdat\\b|:)[^.?])*\\btoe\\b(?<!\\btot\\s(?:nu|nog|dusver|heden)\\stoe)";
    /**
     * The writer's own promise: "Ik zeg u toe …", "Ook zeggen wij toe dat …". In minutes the speaker's "ik" is resolved by
     * the minutes' own stage, which knows who speaks.
     */
    private static final Pattern OWN_PROMISE = CaseFold.compile("\\b(?:zeg|zeggen)\\b" + SAME_CLAUSE_TOE, Pattern.CASE_INSENSITIVE);
    /** Guarded by the word each alternative needs (the verb, or the rarer word of a pair). */
    private static final GuardedPattern STRONG = GuardedPattern.of(
            "\\b(?:zal|zullen|zult)\\b(?!\\s+(?:zijn|hebben|kunnen|zich)\\b)|"
                    + "\\b(?<!\\bte\\s)(?<!\\bhet\\s)(?:gaat|gaan|ga)\\b(?!\\s+(?:het|over|om|akkoord|niet|uit\\s+van|mee\\s+akkoord|hiermee|daarmee|(?:\\p{L}+\\s+){0,6}?in\\s+op\\b"
                    // "gaat er (eerst) van uit" assumes, "gaat eraan voorbij" disregards
                    + "|(?:\\p{L}+\\s+){0,3}?(?:ervan|er\\s+(?:\\p{L}+\\s+){0,3}?van)\\s+uit|(?:\\p{L}+\\s+){0,3}?(?:er)?aan\\s+voorbij))"
                    + "(?=.*\\b\\p{L}+en\\b)|"
                    + "\\bblij(?:f|ft|ven)\\b.*\\b(?:volgen|monitoren|informeren|betrokken|in\\s+gesprek)\\b|"
                    + "\\bverzoek(?:en|t)?\\s+(?:u|jullie)\\b|\\bbereid(?:t|en)\\b.*\\bvoor\\b|"
                    + "\\bkom(?:t|en)\\b.*\\bmet\\s+(?:een\\s+)?(?:voorstel|voorstellen|notitie)\\b|"
                    + "\\bmet\\s+(?:een\\s+)?(?:voorstel|voorstellen|notitie)\\s+kom(?:t|en)\\b|"
                    + "\\bzegt\\b" + SAME_CLAUSE_TOE + "|\\bwerk(?:t|en)\\b.*\\bverder\\s+uit\\b|\\bgaat\\b.*\\bdeel\\b.*\\buitmaken\\b|"
                    + "\\bis\\s+verantwoordelijk\\s+voor\\b(?=.*\\bzorgen\\b)|\\bals\\s+(?:eerste\\s+)?taak\\b|"
                    + "\\bu\\s+wordt\\s+(?:gevraagd|verzocht)\\b|" + OWN_COMMITMENT
                    // a commitment reported: "Het college heeft toegezegd vóór 1 maart een inhuurkader aan de raad te sturen"
                    + "|\\b(?:heeft|hebben)\\s+toegezegd\\b(?=.*\\bte\\s+\\p{L}+)", I,
            "zal", "zullen", "zult", "gaat", "gaan", "ga", "blijf", "blijft", "blijven", "verzoek", "verzoeken", "verzoekt",
            "bereidt", "bereiden", "komt", "komen", "zegt", "werkt", "werken", "verantwoordelijk", "taak", "gevraagd",
            "verzocht", "nemen", "neem", "afspraken", "toegezegd");
    private static final GuardedPattern WEAK = GuardedPattern.of(
            "\\bmonitort\\b|\\bhoudt\\b.*\\btoezicht\\b|\\bneemt\\b.*\\bcontact\\s+op\\b|\\bpak(?:t|ken)\\b.*\\bop\\b|"
                    + "\\bstart(?:en)?\\b.*\\b(?:met|in)\\b|\\bstart(?:en)?\\s+(?:wij|we|ik)\\s+(?:de|het|een)\\b|\\b(?:wij|we|ik)\\s+start(?:en)?\\s+(?:de|het|een)\\b|\\bspreken\\s+we\\b|\\bstuurt\\b.*\\b(?:toe|na|rond)\\b|"
                    + "\\borganise(?:ert|ren)\\b|\\binforme(?:ert|ren)\\b|\\bwerk(?:t|en)\\b.*\\buit\\b|"
                    + "\\bkom(?:t|en)\\b.*\\bterug\\b|\\b(?:zendt|zenden|verzendt|rapporteert|rapporteren|verwerkt|verwerken)\\b|"
                    + "\\b(?:legt|leggen)\\b.*\\bvoor\\b|\\bzorg(?:t|en)\\s+(?:ervoor|dat|voor)\\b|\\blever(?:t|en)\\b.*\\b(?:aan|op)\\b|"
                    + "\\b(?:vraagt|vragen|verzoekt)\\b.*\\bom\\b|\\bga(?:at|an)\\s+na\\b|"
                    // "Wij evalueren de contracten na een jaar", "De wethouder bespreekt de overgang op 20 november met …"
                    + "\\bevalue(?:ert|ren)\\b|\\b(?:bespreekt|bespreken|deelt|delen)\\b.*\\bmet\\b|\\bonderzoek(?:t|en)\\b|"
                    // separable task verbs, finite (not "uit te voeren") with the particle closing the clause: "Met ingang van 1 juli
                    // zetten wij twee consulenten in", "Wij passen de regeling in 2027 aan" (not "past … sluit aan bij")
                    + "(?<!\\bte\\s)\\b(?:zet(?:ten)?|richt(?:en)?)\\b[^,;:]*\\sin\\s*(?:[.,;]|$)|\\b(?:maakt|maken)\\b[^,;:]*\\bafspraken\\b"
                    + "|(?<!\\bte\\s)\\bpas(?:t|sen)\\b[^,;:]*\\saan(?:\\s*(?:[.,;]|$)|\\s+(?:op|in)\\s)"
                    // "… voeren wij een risicogerichte controle in voor alle subsidies"
                    + "|(?<!\\bte\\s)\\bvoer(?:t|en)\\b[^,;:]*\\s(?:in|uit)(?:\\s*(?:[.,;]|$)|\\s+(?:en|voor|per|bij)\\s)"
                    // "… voert het team ieder kwartaal een steekproef uit op twintig dossiers", "De controller rondt de
                    // controles af vóór 31 januari", "sluiten wij in 2026 aan bij de raamovereenkomst"
                    + "|(?<!\\bte\\s)\\bvoer(?:t|en)\\b[^,;:]*\\suit\\s+(?:op|bij|onder|naar)\\b|(?<!\\bte\\s)\\brond(?:t|en)\\b[^,;:]*\\saf\\b"
                    + "|\\bsluiten\\s+(?:wij|we)\\b[^,;:]*\\saan\\s+bij\\b"
                    // "Vanaf 2027 nemen wij in elke beschikking prestatieafspraken op"
                    + "|(?<!\\bte\\s)\\b(?:neemt|nemen)\\b[^,;:]*\\sop\\s*(?:[.,;]|$)"
                    // "Na uw besluit start het college de aanbesteding", "… gunt het dagelijks bestuur het werk aan …"
                    + "|\\bstart(?:en)?\\s+(?:het|de)\\s+[\\p{L}-]+(?:\\s+bestuur)?\\s+(?:de|het|een|met)\\b|\\b(?:gunt|gunnen)\\b"
                    + "|(?<!\\bte\\s)\\b(?:breidt|breiden|nodigt|nodigen)\\b[^,;:]*\\suit(?:\\s*(?:[.,;]|$)|\\s+met\\s)"
                    + "|(?<!\\bte\\s)\\bstel(?:t|len)\\b[^,;:]*\\s(?:op|beschikbaar)\\s*(?:[.,;]|$)"
                    + "|(?<!\\bte\\s)\\b(?:actualiseert|actualiseren|herziet|herzien|publiceert|publiceren)\\b"
                    // a supervisor's or an auditee's next step: "De inspectie bezoekt de locatie in het najaar opnieuw", "De
                    // zorgaanbieder stuurt binnen zes weken een verbeterplan naar de inspectie"
                    + "|\\bbezoek(?:t|en)\\b.*\\bopnieuw\\b|\\bstuurt\\b.*\\bnaar\\b|(?<!\\bte\\s)\\bstuur(?:t|en)\\b"
                    // "Gedeputeerde X brengt de zienswijze in het algemeen bestuur van 17 april in"
                    + "|(?<!\\bte\\s)\\bbreng(?:t|en)\\b[^,;:]*\\sin\\s*(?:[.,;]|$)"
                    // what the reader is to receive is the writer's task: "Voor 1 oktober ontvangt u van ons de evaluatie"
                    + "|" + YOU_RECEIVE, I,
            "ontvangt", "monitort", "toezicht", "contact", "pakt", "pakken", "start", "starten", "spreken", "stuurt", "organiseert",
            "organiseren", "informeert", "informeren", "werkt", "werken", "terug", "zendt", "zenden", "verzendt", "rapporteert",
            "rapporteren", "verwerkt", "verwerken", "legt", "leggen", "zorgt", "zorgen", "levert", "leveren", "vraagt", "vragen",
            "verzoekt", "gaat", "gaan", "evalueert", "evalueren", "bespreekt", "bespreken", "deelt", "delen", "onderzoekt", "onderzoeken",
            "zet", "zetten", "past", "passen", "voert", "voeren", "breidt", "breiden", "richt", "richten", "stelt",
            "stellen", "nodigt", "nodigen", "maakt", "maken", "actualiseert", "actualiseren", "herziet", "herzien", "publiceert", "publiceren", "bezoekt", "bezoeken", "rondt", "ronden", "sluiten", "sturen", "brengt", "brengen", "neemt", "nemen", "gunt", "gunnen");
    private static final String PARTICIPLE = "(?:voorgelegd|uitgewerkt|gedeeld|gestuurd|toegelicht|meegenomen|gestart|"
            + "toegevoegd|opgepakt|geagendeerd|geïnformeerd|aangepast|georganiseerd|gegeven|genomen|opgesteld|onderzocht|"
            + "verstuurd|nagestuurd|teruggekoppeld|uitgevoerd|gepresenteerd|geïmplementeerd|bekeken|gekeken|voorbereid|"
            + "ingediend|gebracht|herhaald|voldaan|rondgestuurd|opgenomen|besproken|verkend|geëvalueerd|"
            + "aangeboden|benaderd|uitgenodigd|gepland|ingepland|afgerond|opgeleverd|gezonden|toegezonden|verzonden|"
            + "voortgezet|gepubliceerd|verwerkt|vastgelegd|ingevoerd|verstrekt|beantwoord|hervat|uitgebreid|opengesteld|ingesteld"
            + "|doorgeleid|doorgestuurd)";
    /** What happens in the meeting itself ("wordt besproken"): a follow-up only with a time ahead. */
    private static final Pattern IN_MEETING = CaseFold.compile(
            "\\b(?:wordt|worden)\\b.*\\b(?:besproken|toegelicht|gepresenteerd|behandeld)\\b", I);
    private static final GuardedPattern PASSIVE = GuardedPattern.of(
            "\\b(?:wordt|worden)\\b(?:\\s+[^\\s,;:]+){0,25}?\\s+" + PARTICIPLE + "\\b|\\b(?:zal|zullen)\\b.*\\bworden\\b|"
                    + "\\ber\\s+is\\s+afgesproken\\b|\\bafgesproken\\s+(?:is|wordt)\\b|\\bis\\s+voorzien\\s+(?:voor|in)\\b|"
                    + "\\baan\\s+dit\\s+verzoek\\s+wordt\\s+voldaan\\b", I, "wordt", "worden", "afgesproken", "voorzien");
    /** A term from now: "binnen zes weken", "binnen 14 dagen". */
    private static final String WITHIN_TERM =
            "\\bbinnen\\s+(?:\\d{1,3}|een|twee|drie|vier|vijf|zes|acht|tien|twaalf)\\s+(?:dagen|werkdagen|weken|maanden)\\b";
    /** A part of the year named as when: "in de tweede helft van het jaar", "in het derde kwartaal". */
    private static final String PART_OF_YEAR = "\\bin\\s+(?:de\\s+(?:eerste|tweede)\\s+helft|het\\s+(?:eerste|tweede|derde|vierde)\\s+kwartaal)\\b";
    /**
     * A time ahead that plans a step: soon, at a season, a part of the year or a term, or after this text's own adoption ("Na
     * vaststelling informeren wij de gemeenten"). {@link #AHEAD} adds looser times; a planned passive needs one of these.
     */
    private static final String SOON = "\\b(?:de\\s+)?komende\\b|\\bbinnenkort\\b|\\bvolgende\\s+(?:week|maand|vergadering)\\b|\\bzodra\\b"
            + "|\\bin\\s+het\\s+(?:najaar|voorjaar)\\b|\\b(?:na|v[oó]{2}r)\\s+de\\s+zomer\\b|\\buiterlijk\\b|" + WITHIN_TERM
            + "|\\bna\\s+(?:de\\s+|uw\\s+|het\\s+)?(?:vaststelling|besluitvorming|instemming|goedkeuring|ondertekening|besluit|"
            + "raadsbesluit|statenbesluit)\\b|" + PART_OF_YEAR
            + "|\\b(?:v[oó]{2}r|aan)\\s+het\\s+einde\\s+van\\s+(?:dit|deze)\\s+(?:jaar|kwartaal|maand)\\b|\\beind\\s+(?:dit|deze)\\s+(?:jaar|maand)\\b";
    /**
     * The periodic paper a body reports in ("via de halfjaarlijkse voortgangsrapportage", "in de bestuursrapportage", "bij de
     * jaarrekening", "in de voortgangsbrief"): informing in it is a standing commitment, as "jaarlijks" is.
     */
    private static final String CYCLE = "\\b(?:via|in|bij|met)\\s+(?:de|het|onze|mijn|een)\\s+(?:[\\p{L}-]+\\s+){0,2}?"
            + "(?:[\\p{L}-]*rapportages?|voortgangsbrie(?:f|ven)|jaarverslag|jaarrekening|begroting|voorjaarsnota|kadernota|najaarsnota|"
            + "planning-?\\s*en\\s*control-?cyclus|p&c-cyclus|monitor)\\b";
    /** A time ahead: what turns a present tense into a commitment (letters too: {@link LetterActionTagger}). */
    static final Pattern AHEAD = LeadingBoundary.compile(
            SOON + "|\\bvolgende\\s+keer\\b|\\bt\\.z\\.t\\.|\\bstraks\\b|\\bna\\s+de\\s+vergadering\\b|"
                    // informing or reporting to the reader or a council at set times is a standing commitment: "Wij informeren u
                    // halfjaarlijks over …" (a team that reports to the college every year describes an arrangement)
                    + "\\b(?:informe|rapporte)\\p{L}*\\b(?=[^.;]*\\b(?:u|uw|raad|staten|algemeen\\s+bestuur|kamer|commissie)\\b)[^.;]*?"
                    + "(?:\\b(?:(?:half)?jaarlijks|(?:elk|ieder|per)\\s+(?:kwartaal|halfjaar|jaar)|(?:twee|drie|vier)\\s+keer\\s+per\\s+jaar)|" + CYCLE + ")"
                    + "|\\b(?:half)?jaarlijks\\s+(?:informe|rapporte)\\p{L}*\\b(?=[^.;]*\\b(?:u|uw|raad|staten|algemeen\\s+bestuur|kamer)\\b)|"
                    + "\\bop\\s+(?:\\p{L}+dag\\s+)?\\d{1,2}\\s+\\p{L}+|\\bdeze\\s+week\\b|"
                    + "\\bin\\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\\b|"
                    + "\\bvanaf\\b|\\bperiodiek\\b|\\b(?:tijdens|in)\\s+(?:de|het)\\s+[\\p{L} ]{0,50}?\\bvan\\s+\\d{1,2}\\s+\\p{L}+|\\b(?:vóór|voor)\\s+\\d{1,2}\\s+\\p{L}+", I);
    /** The letter itself as the means ("Met deze brief", "Door middel van deze brief informeer ik u …"): informing now. */
    static final String THIS_LETTER = "(?:met|middels|in|bij|door\\s+middel\\s+van)\\s+(?:deze|dit)\\s+"
            + "(?:brief|circulaire|notitie|memo|raadsinformatiebrief|statenbrief|informatiebrief|nieuwsbrief|verslag|rapport|rapportage)";
    /** Verbs of a text explaining itself. */
    private static final String EXPLAINING = "(?:toelichten|licht|uiteenzetten|motiveren|motiveer|onderbouwen|bespreken|behandelen|beschrijven)";
    /**
     * The text announcing what it says further on ("In het navolgende zal ik hier nader op ingaan", "Hieronder zal ik dat
     * motiveren", "Ik zal in dit besluit beide onderdelen toelichten", "Onderstaand wordt beschreven hoe …", "In dit
     * onderzoek gaan wij na …", "In hoofdstuk 4 zullen wij de bevindingen beschrijven"): no task.
     */
    static final String FURTHER_ON = "\\b(?:(?:in\\s+het\\s+navolgende|hieronder|hierna|onderstaand)\\b[^.;]{0,60}\\b(?:ingaan|ga|gaan"
            + "|wordt\\s+(?:\\S+\\s+)?(?:beschreven|toegelicht|uiteengezet)|" + EXPLAINING + ")"
            + "|in\\s+(?:dit|deze)\\s+(?:besluit|brief)\\b[^.;]{0,60}\\b" + EXPLAINING
            + "|in\\s+(?:(?:dit|deze|het\\s+vervolg\\s+van\\s+(?:dit|deze)|de\\s+volgende)\\s+(?:brief|hoofdstuk|paragraaf|rapport|notitie"
            + "|onderzoek|bijlage|memo|document|verslag)|(?:hoofdstuk|paragraaf|bijlage)\\s+\\d+)\\b[^.;]{0,60}\\b(?:ingaan|ga|gaan|"
            + EXPLAINING + "))\\b";
    /**
     * Not an action by how it opens or ends: a question, a condition, a report of a letter received, the requester's
     * own words ("Specifiek verzoekt u om …"; "ik verzoek u" is a request to act and stays), the letter's own act of
     * informing now ("Met deze brief informeren wij u over …", "Hierbij bied ik u … aan").
     */
    private static final Pattern NOT_ACTION_FRAME = LeadingBoundary.compile(
            // (a question with its mark: DocumentView.isQuestion)
            "^(?:als|indien|wanneer|mocht|inmiddels|hoe|waarom|welke|wie|wat(?!\\s+betreft))\\b"
                    // a question without its mark, as a form's label: "Waar gaat de klacht over"
                    + "|^waar\\s+(?:gaat|gaan|zal|zullen|wordt|worden)\\b|^(?:bij|in)\\s+(?:de\\s+|uw\\s+|mijn\\s+|onze\\s+)?(?:brief|e-?mail|mail)\\s+van\\b"
                    + "|^" + THIS_LETTER + "\\b|^hierbij\\b|" + FURTHER_ON
                    + "|\\b(?:verzoekt|vraagt)\\s+u\\b|\\bu\\s+(?:verzoekt|vraagt)\\b"
                    // a study's account of its own method: "In dit doorwerkingsonderzoek gaan wij na wat …"
                    + "|^in\\s+(?:dit|deze)\\s+\\p{L}*(?:onderzoek|rapport|studie|evaluatie)\\b", I);
    /** Not an action by a word in it: a hedge, a proposal, an expectation, a past or present state. */
    private static final GuardedPattern NOT_ACTION_WORDS = GuardedPattern.of(
            "\\b(?:heeft|hebben)\\b[^.]*\\blaten\\s+weten\\b|\\b(?:zal\\s+zich|zou|zouden|momenteel|op\\s+dit\\s+moment|"
                    // a plan on a condition: "… breiden we uit, afhankelijk van de financiële mogelijkheden"
                    + "afhankelijk\\s+van|"
                    + "(?:is|zijn|heeft|hebben)\\s+inmiddels|ga(?:at|an)\\b[^.]*\\buit\\s+van|voorgesteld|"
                    + "stelt\\b[^.]*\\bvoor|stellen\\b[^.]*\\bvoor|voor\\s+te\\s+stellen|adviseert|raadt|(?<!\\bu\\s)wordt\\s+gevraagd|"
                    + "vraagt\\s+(?:of|wanneer|hoe|waarom|wat)|werd|werden|was|waren|verwacht|verwachting|afwachten|"
                    // "de wijze waarop …" describes, unless a promise comes first ("zal … informeren over de wijze waarop …")
                    + "^(?:(?!\\b(?:zal|zullen)\\b)[^.])*?\\b(?:waarop|waarmee)|te\\s+zullen|(?:is|zijn)\\s+(?:gedeeld|gestuurd|voorgelegd|besproken|uitgewerkt|gestart|"
                    + "begonnen)|(?:is|werd)\\s+aangegeven|blijft\\s+zich\\s+inzetten|"
                    + "(?:zal|zullen)\\b[^.]*\\b(?:liggen|gebeuren|gelden|duren|ontstaan|blijken|uitwijzen|hebben|bestaan\\s+uit"
                    // what will happen to things, no one's task: "De uitstoot zal toenemen", "De vloer zal op 3 m uitkomen"
                    + "|toenemen|afnemen|stijgen|dalen|verdwijnen|uitkomen|verlopen|vertragen"
                    // a state foretold: "Het onderstation zal minder zichtbaar zijn" (not "zal in mei gereed zijn", "afgerond
                    // zijn" or "ingericht worden om geschikt te zijn")
                    + "|(?<!\\b(?:te|gereed|klaar|beschikbaar|aanwezig|ge\\p{L}{2,30}[dtn]|afgerond|uitgevoerd|opgeleverd|vastgesteld)\\s)(?<=\\p{L}\\s)zijn(?=\\s*(?:[.;,]|$|\\s+(?:voor|vanuit|vanaf|dan|in|op|met|bij|door|als|omdat|wanneer|na|tot)\\b))"
                    // what disclosure would cause, weighed in a Woo decision: "Openbaarmaking zal leiden tot …"
                    + "|leiden\\s+tot|tot\\b[^.]*\\bleiden|schaden|ondervinden|laten\\s+wegen)|"
                    // the right to object or appeal, with its term: "Daartoe moet binnen zes weken een bezwaarschrift worden ingediend"
                    + "(?:bezwaarschrift|beroepschrift|bezwaar|beroep)\\b[^.]*\\b(?:ingediend|indienen|instellen|ingesteld)|"
                    // what a meeting heard ("Er wordt aangegeven dat …"), not what a letter to come sets out ("een brief waarin wordt
                    // aangegeven hoe …")
                    + "(?<!\\bwaarin\\s)(?<!\\bwaarbij\\s)wordt\\s+(?:\\S+\\s+){0,2}(?:toegelicht|aangegeven|opgemerkt|gemeld|benadrukt|geconstateerd|"
                    + "uitgesproken)\\s+(?:dat|of|hoe)|"
                    // a possibility offered to others as the main clause ("Vragen kunnen tot 1 april worden ingediend"), no task
                    + "^(?:[\\p{L}-]+\\s+){1,4}(?:kan|kunnen|mag|mogen)\\s[^.]*\\bworden"
                    // the same possibility explained: "Dit betekent dat het besluit pas kan worden voorgehangen zodra …"
                    + "|^(?:dit|dat|het)\\s+(?:betekent|houdt\\s+in|wil\\s+zeggen)\\s+dat\\s+(?:[\\p{L}-]+\\s+){1,6}(?:kan|kunnen|mag|mogen)\\s[^.]*\\bworden)\\b", I,
            "kan", "kunnen", "mag", "mogen", "laten", "zal", "zou", "zouden", "momenteel", "moment", "inmiddels", "gaat", "gaan", "voorgesteld", "stelt", "stellen",
            "afhankelijk",
            "adviseert", "raadt", "gevraagd", "vraagt", "werd", "werden", "was", "waren", "verwacht", "verwachting", "afwachten",
            "waarop", "waarmee", "zullen", "gedeeld", "gestuurd", "voorgelegd", "besproken", "uitgewerkt", "gestart", "begonnen",
            "aangegeven", "inzetten", "toegelicht", "opgemerkt", "gemeld", "benadrukt", "geconstateerd", "uitgesproken",
            "bezwaarschrift", "beroepschrift", "bezwaar", "beroep");
    /**
     * What might be ("Daarnaast is het mogelijk dat …", "Het is niet aannemelijk dat …"), what it is about ("Het gaat
     * concreet om …"), what someone will be able to do, the letter applying the law in itself ({@link #APPLIES_LAW}),
     * where traffic will go ("Het doorgaande autoverkeer zal via de Neherkade rijden", "Daarna gaan de vrachtwagens de
     * Waalsdorperweg op"), a rule taking effect ("… treedt … in werking"). Apart from {@link #NOT_ACTION_WORDS}, whose guards pass most sentences: these run only where
     * their rarer words stand.
     */
    /** The letter applying the law in itself, no task: "Ik zal uw verzoek toetsen aan de Woo", "zal ik de Woo toepassen op …". */
    static final String APPLIES_LAW = "\\btoetsen\\s+aan\\s+de\\s+wo[ob]\\b|\\bwo[ob]\\s+(?:\\p{L}+\\s+){0,3}?toepassen\\b";
    private static final String TRAFFIC = "(?:(?:auto|vracht|fiets|brom)?verkeer|vrachtwagens|auto's|bussen|fietsers|voetgangers|weggebruikers)";
    private static final GuardedPattern NOT_ACTION_RARE = GuardedPattern.of(
            "\\b(?:(?:is|lijkt)\\s+het|het\\s+(?:is|lijkt))\\s+(?:niet\\s+)?(?:mogelijk|aannemelijk|waarschijnlijk|denkbaar)\\s+dat\\b"
                    + "|\\bhet\\s+gaat\\s+(?:\\S+\\s+){0,2}(?:om|over)\\b"
                    // what someone will be able to do, not what they will do: "De inspecteur zal dit niet kunnen bewijzen"
                    + "|\\b(?:zal|zullen)\\b(?:(?!\\b(?:dat|zodat|opdat|die|om|waarmee|waardoor|wanneer|als|hoe|of|wat|waar|welke)\\b)[^.;,]){0,100}?\\bkunnen\\b"
                    + "|^(?:een\\s+\\p{L}+\\s+deel\\s+van\\s+)?(?:het|de)\\s+(?:[\\p{L}-]+\\s+)?" + TRAFFIC + "\\s+(?:zal|zullen|gaat|gaan)\\b"
                    + "|^\\p{L}+\\s+(?:zal|zullen|gaat|gaan)\\s+(?:het|de)\\s+(?:[\\p{L}-]+\\s+)?" + TRAFFIC + "\\b"
                    // a rule taking effect: "Na vaststelling treedt het plan na afloop van de beroepstermijn in werking"
                    + "|\\bin\\s+werking\\b"
                    + "|" + APPLIES_LAW, I,
            "werking", "mogelijk", "aannemelijk", "waarschijnlijk", "denkbaar", "gaat", "kunnen", "verkeer", "autoverkeer", "vrachtverkeer",
            "fietsverkeer", "vrachtwagens", "auto's", "bussen", "fietsers", "voetgangers", "weggebruikers", "toetsen", "toepassen");
    /**
     * A question reported, not a task: "De leden vragen de minister wanneer hij …", "Zij vragen mij wat ik …", "Zij zijn
     * benieuwd hoe …" (what the asked party will do is the question's content); "vraagt na of" and "(zegt toe) na te
     * vragen of" find out, a task.
     * See {@link #ASKING_LATER}.
     */
    private static final GuardedPattern QUESTIONED = GuardedPattern.of(
            "(?<!\\bte\\s)\\b(?:vraagt|vragen|vroeg|vroegen)\\b(?!\\s+na\\b)(?:\\s+(?!om\\b)[\\p{L}-]+){0,3}?\\s+"
                    + "(?:of|wanneer|hoe|waarom|wat|welke|welk|hoeveel|waar|in\\s+hoeverre)\\b|\\b(?:is|zijn|was|waren)\\s+benieuwd\\b", I,
            "vraagt", "vragen", "vroeg", "vroegen", "benieuwd");
    /** "Ik zal NWO vragen of …": asking is then the task itself. */
    private static final Pattern ASKING_LATER = CaseFold.compile("\\b(?:zal|zullen|ga|gaan|gaat|wil|willen)\\b[^.]*\\bvragen\\b", I);
    /**
     * The words between "zal" and the passive's "worden", none of them opening a clause of its own: in "Het college zal u
     * laten weten welke routes worden gereden" the passive is the question's, the college's future is active.
     */
    private static final String SAME_CLAUSE = "(?:\\s+(?!(?:welke?|die|dat|wat|wie|waar(?:op|in|mee|bij|voor|door|na|over|aan|van|uit)?|hoe|hoeverre|waarom|wanneer|of|omdat|zodat|nadat|als|indien|zodra)\\b)[^\\s,;:]+){0,25}?";
    private static final GuardedPattern PASSIVE_FUTURE = GuardedPattern.of(
            "\\b(?:zal|zullen)\\s+worden\\b|\\b(?:zal|zullen)\\b" + SAME_CLAUSE + "\\s+(?:worden|zijn)\\s*\\p{L}*[.;,]?$|"
                    + "\\b(?:zal|zullen)\\b" + SAME_CLAUSE + "\\s+" + "(?:" + PARTICIPLE + "|ge\\p{L}+(?:d|t|en))\\s+(?:worden|moeten\\s+worden)\\b|"
                    + "\\b(?:zal|zullen)\\b" + SAME_CLAUSE + "\\s+(?:worden|moeten\\s+worden)\\s+\\p{L}+(?:d|t|en)\\b", I,
            "zal", "zullen");
    /** Follow-up a decision list notes without a label: "De behandeling van punt X wordt in maart voortgezet". */
    private static final Pattern LIST_FOLLOW_UP = CaseFold.compile(
            "\\b(?:wordt|worden)\\b(?:\\s+[^\\s,;:]+){0,12}?\\s+(?:voortgezet|hervat|vervolgd|nagezonden|" + PARTICIPLE.substring(3), I);
    /**
     * "De portefeuillehouder zegt toe het algemeen bestuur na de zomer te informeren", "De directeur zal de deelnemers
     * schriftelijk informeren": a promise made at the meeting, to promise or to report back, which a decision list records
     * in so many words even without a "Toezegging:" or "Actie:" label.
     */
    private static final Pattern PROMISE = CaseFold.compile("\\bzeg(?:t|gen)\\b(?:\\s+\\S+){0,6}?\\s+toe\\b"
            + "|\\b(?:zal|zullen)\\b(?:\\s+\\S+){0,10}?\\s+(?:informeren|berichten|rapporteren|terugkomen|terugkoppelen|toesturen|toezenden"
            + "|nasturen|nazenden|inbrengen|agenderen|voorleggen)\\b"
            // coming back to it at a set point: "Het dagelijks bestuur komt hierop terug bij de begroting 2026"
            + "|\\bkom(?:t|en)\\s+(?:hier(?:op)?\\s+|daar(?:op)?\\s+)?terug\\s+(?:bij|in|op)\\b"
            // reporting back at the next meeting, in the present tense: "De commandant gaat dit na en informeert het bestuur
            // in de volgende vergadering"
            + "|\\b(?:informeert|informeren|rapporteert|rapporteren|koppelt|koppelen|komt|komen|stuurt|sturen)\\b[^.;]*"
            + "\\b(?:volgende|komende)\\s+vergadering\\b", I);
    /** "Actie: de heer X …": a labelled action; the label is not part of the text. */
    /** A task's label: what it opens is a task, never a decision (also {@link DecisionTagger#score}). */
    static final Pattern LABEL = CaseFold.compile("^(?:actie(?:punt)?|afspraak|toezegging)\\s*:\\s*(?=\\S)", I);
    private static final GuardedPattern CAUSATIVE = GuardedPattern.of("\\blaat\\b.*\\b\\p{L}+en\\b", I, "laat");
    private static final Pattern OBLIGATION = CaseFold.compile("\\bmoeten\\b", I);
    /** "moeten" with a future tense still commits ("zal … moeten worden"). */
    private static final Pattern FUTURE = CaseFold.compile("(?is).*\\b(?:zal|zullen)\\b.*");
    private static final Pattern CONDITION = CaseFold.compile("(?is)^(?:als|indien|wanneer|mocht)\\b.*");
    private static final Pattern ACTION_LIST = LeadingBoundary.compile(
            "\\b(?:actiepunt(?:en)?|acties|vervolgstappen)\\b[^:]*:$|"
                    + "\\bvolgende\\s+(?:werkzaamheden|maatregelen)\\b[^:]*:$", I);
    /**
     * A lead-in that reports work done ("De volgende maatregelen zijn genomen:") lists no tasks. ("De volgende
     * stappen:" is left out on purpose: it outlines a process that the text then sets out step by step.)
     */
    private static final Pattern DONE = LeadingBoundary.compile(
            "\\b(?:zijn|is|waren|werd|werden|hebben|heeft|hadden)\\b[^:]*\\b(?:ge\\p{L}+[dt]|genomen|gedaan|uitgevoerd|verricht)\\b|"
                    + "\\b(?:afgelopen|vorig)\\b", I);
    /** "Het wetsvoorstel stelt de volgende maatregelen voor:": what a law or bill contains, not this board's tasks. */
    private static final Pattern LAW_CONTENT = LeadingBoundary.compile(
            "\\b(?:wetsvoorstel|wet|wetswijziging|verordening|richtlijn|algemene\\s+maatregel\\s+van\\s+bestuur|amvb)\\b", I);
    /** Headings over what happens after the decision: each plain step under them is a task. */
    private static final Pattern FOLLOW_UP_HEADING = CaseFold.compile(
            "^(?:\\d+(?:\\.\\d+)*\\.?\\s*)?(?:uitvoering|vervolg|vervolgstappen|vervolgproces|het\\s+vervolg|hoe\\s+verder|"
                    + "planning(?:\\s+en\\s+uitvoering)?|uitvoering\\s+en\\s+planning)\\s*:?$", I);
    /** A step named by its verb: "Verzenden van de brieven", "Opstellen van het plan van aanpak". */
    private static final Pattern STEP = CaseFold.compile("^\\p{Lu}\\p{Ll}+en\\s+(?:van|met|aan)\\s+\\S", Pattern.UNICODE_CASE);
    /** A promise that names what it promises only by pointing back: "De wethouder zegt dit toe.", "Dat zegt het college toe." */
    private static final Pattern PROMISES_THAT = CaseFold.compile(
            "^(?:[\\p{L}.-]+\\s+){1,4}?(?:zegt|zeggen)\\s+(?:dit|dat|het|dat\\s+graag|dit\\s+graag)\\s+toe\\s*\\.?$"
                    + "|^(?:dit|dat)\\s+(?:zegt|zeggen)\\s+(?:[\\p{L}.-]+\\s+){1,4}?toe\\s*\\.?$", I);
    private static final Pattern CONTINUATION = CaseFold.compile("^(?:dit|dat|deze|aan\\s+dit|hierbij|daarbij\\s+zal)\\b", I);
    /** Who: a named person, an organisation or board, a pronoun. */
    private static final String NP = "(?:(?i:de\\s+)?(?i:heer|mevrouw|dhr\\.|mevr\\.)\\s+(?:(?:van|de|der|den|ten|ter)\\s+)*"
            + "[A-Z][\\p{L}-]+|(?i:de|het|ons|onze|mijn)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:[\\p{L}-]+)(?:\\s+(?:van|voor)\\s+(?:de\\s+|het\\s+)?"
            + "[A-Z][\\p{L}-]*(?:\\s+(?:en\\s+)?[A-Z][\\p{L}-]*)*)?(?:\\s+[A-Z][\\p{L}]*)*|(?i:ik|wij|we|hij|zij|ze|u)|"
            + "[A-Z][\\p{L}-]+(?:\\s+[A-Z][\\p{L}-]+)*)";
    private static final String FIN = "(?:zal|zullen|gaat|gaan|blijf|blijft|blijven|monitort|houdt|verzoeken|verzoekt|"
            + "bereidt|bereiden|komt|komen|zegt|zeg|zeggen|neemt|pakt|pakken|start|starten|werkt|werken|spreken|stuurt|organiseert|"
            + "organiseren|informeert|informeren|zendt|zenden|rapporteert|verwerkt|legt|leggen|zorgt|zorgen|levert|"
            + "vraagt|vragen|wordt|stelt|is|zijn|nemen|neem|maken|evalueert|evalueren|bespreekt|bespreken|deelt|delen|"
            + "onderzoekt|onderzoeken|rondt|ronden|"
            // a supervisor's next steps: "Wij voeren in het voorjaar een herstelonderzoek uit", "De inspectie bezoekt …"
            + "voert|voeren|volgt|volgen|bezoekt|bezoeken|controleert|controleren|toetst|toetsen|beoordeelt|beoordelen|"
            + "publiceert|publiceren|sturen|brengt|brengen|gunt|gunnen|heeft\\s+toegezegd|hebben\\s+toegezegd|"
            // who has a study done: "Het ministerie laat in 2026 een evaluatie uitvoeren"
            + "laat|laten|"
            // the separable and first-person forms of the task verbs ("Wij passen de regeling per 1 september aan", "Ik ga …")
            + "past|passen|zet|zetten|richt|richten|breidt|breiden|nodigt|nodigen|actualiseert|actualiseren|herziet|herzien|"
            + "stellen|ga|betrek|betrekt|betrekken)";
    private static final Pattern SUBJECT_FIRST = CaseFold.compile("^(?<np>" + NP + ")\\s+" + FIN + "\\b");
    private static final Pattern STEP_VERB = CaseFold.compile("(?!(?:is|zijn)$)" + FIN, I);

    /** A finite verb of a task or of a passive to come ("zendt", "legt", "werkt", "wordt"), not a copula: a step's verb. */
    static boolean stepVerb(String word) {
        return STEP_VERB.matcher(word).matches();
    }
    /** One subject for two verbs, the second its future: "De directie onderschrijft de aanbeveling en zal de methode aanpassen". */
    private static final Pattern SUBJECT_OF_BOTH = CaseFold.compile("^(?<np>(?i:de|het)\\s+(?:\\p{L}+\\s+){0,2}?\\p{L}+)\\s+"
            + "(?!(?:is|wordt|heeft|gaat)\\b)\\p{Ll}{2,}t\\b[^.;:,]{0,120}?\\ben\\s+(?:zal|zullen)\\b");
    private static final Pattern INVERTED = CaseFold.compile("\\b" + FIN + "\\s+(?<np>" + NP + ")\\b");
    /** The sender's own future in a later clause: "…, wij zullen …", "…; we gaan …". */
    private static final Pattern OWN_CLAUSE = CaseFold.compile("[,;]\\s+(?:(?:en|maar)\\s+)?(?<np>ik|wij|we)\\s+(?:zal|zullen|gaan|ga)\\b", I);
    /**
     * "… wordt door de griffie met de fracties gedeeld", "… zal door de gemeente dienen te worden beantwoord": the agent ends
     * before a preposition, participle, verb, article or relative pronoun. Only a clause with a form of "worden" has one
     * ({@link #WORDEN}): in "Ook zal het college … ingaan op de kosten door de ramingen te vertalen" the college acts. Who
     * adopted a text ("Na vaststelling door de raad wordt het plan gepubliceerd") is not who acts next.
     */
    private static final Pattern AGENT = CaseFold.compile("(?<!\\b(?:vaststelling|goedkeuring|instemming|behandeling)\\s)"
            + "\\b(?:door|[Vv]anuit)\\s+(?<np>(?:de|het)\\s+[^,.;]+?)(?=\\s+(?:met|in|op|"
            + "voor|aan|tijdens|besproken|capaciteit|\\p{L}+d|dienen|moeten|kunnen|worden|wordt|zijn|is|te|als|zal|zullen|gaan|gaat|"
            + "we|wij|ik|er|een|die|dat|welke|hiervoor|daarvoor|nog|ook|niet)\\b|[,.;]|$)");
    /** Where a subordinate clause starts: "… zo aanpassen dat …", "…, waarmee …". */
    private static final Pattern SUBCLAUSE = CaseFold.compile("\\s(?:dat|zodat|waarmee|waardoor|waarin)\\s");
    private static final Pattern WORDEN = CaseFold.compile("\\b(?:wordt|worden|werd|werden)\\b");
    private static final Pattern PARENTHESES = CaseFold.compile("\\s*\\([^)]*\\)");
    /** A list item's bullet ("- De provincie stuurt …"): the subject comes after it. */
    private static final Pattern BULLET = CaseFold.compile("^[-–•▪●*]\\s+");
    private static final Pattern LEAD_CLAUSE = CaseFold.compile("^(?:[^,]{1,60},\\s+)(?=[A-Z])");
    /** The subject right before "zegt/zeggen (…) toe": "De directeur", "De heer Bos", "Wethouder Van Dam", "Hij". */
    private static final Pattern PROMISER = CaseFold.compile("(?<np>(?:[Dd]e|[Hh]et)\\s+(?:heer|mevrouw|\\p{L}+)(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}"
            + "|\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:van|de|der|den|\\p{Lu}[\\p{L}.'’-]*)){0,3})\\s+zeg(?:t|gen)?\\s+"
            // a pronoun after the verb is its subject, the word before it an adverb: "Ook zeggen wij toe …"
            + "(?!(?:wij|we|ik|hij|zij|ze)\\b)(?:\\p{L}+\\s+){0,3}?toe\\b");
    /**
     * What a meeting agreed, its subject a body ({@link Addressees}) after it: "Afgesproken wordt dat het dagelijks bestuur
     * de reacties verwerkt." (the clause's verb comes last, so only a known body is sure to be its subject).
     */
    private static final Pattern AGREED_THAT = CaseFold.compile(
            // "Er is afgesproken dat …", "Hierin is afgesproken dat …": the pronominal adverb is no party
            "^(?:(?:er|hierin|daarin|hierbij|daarbij)\\s+(?:wordt|is)\\s+)?(?:afgesproken|overeengekomen)\\s+(?:wordt\\s+|is\\s+)?dat\\s+",
            Pattern.CASE_INSENSITIVE);
    /** An office holder named by office ("De dijkgraaf antwoordt …", "de wethouder"): a person a later "zij" can stand for. */
    private static final String OFFICES = "(?:dijkgraaf|voorzitter|burgemeester|wethouder|gedeputeerde"
            + "|secretaris(?:-directeur)?|griffier|portefeuillehouder|directeur|commandant|minister|staatssecretaris)";
    /** An action line's field separator after who: "directeur – inventarisatie bluswater – 1 mei", "commandant: …". */
    private static final String FIELD_AFTER = "\\s*[–—:]\\s|\\s+-\\s";
    /** A role without article opening an action list's line: "secretaris stuurt …", "griffie plant …". */
    private static final Pattern BARE_ROLE = CaseFold.compile(
            "^(?<np>(?:(?:ambtelijk\\s+|algemeen\\s+|bestuurs)?secretaris|directeur|voorzitter|griffier|griffie|controller"
                    + "|portefeuillehouder|(?:dagelijks|algemeen)\\s+bestuur|college|organisatie"
                    // a unit named by its field: "Team Subsidies verzendt …", "afdeling Bedrijfsvoering – …"
                    + "|(?:afdeling|team|cluster|sector|bureau|kabinet|hoofd)\\s+[\\p{L}-]+)(?=\\s+\\p{L}+(?:t|en)\\b|" + FIELD_AFTER + ")"
                    // an office usually followed by its holder's name ("Wethouder Smit stuurt …") only as an action line's
                    // field, also with its service ("commandant brandweer – …")
                    + "|(?:regionaal\\s+)?" + OFFICES + "(?:\\s+[\\p{L}-]+)?(?=" + FIELD_AFTER + "))",
            Pattern.CASE_INSENSITIVE);
    /** The party whose task the sentence names: "De taak van de controller is …". */
    private static final Pattern TASK_OF = CaseFold.compile("\\btaak\\s+van\\s+(?<np>(?:de|het)\\s+[^,.;]+)");
    /**
     * A party asked to do something, named after the verb: "De inspectie verzoekt het bestuur binnen acht weken … toe te
     * sturen", "Het AB verzoekt het DB de evaluatie aan te vullen …", a minister's "Ik verzoek de gemeenten …". Not "vraagt u": a letter's stage reads its reader's tasks;
     * not without a subject ("Verzoekt het college …"): a motion's dictum, quoted where it is no decision.
     */
    /** A body that can be asked to act: "het DB", "het college van B&W", "de directeur", "de gemeenten". */
    private static final String ASKED_BODY = "(?<np>(?:het|de)\\s+(?:(?!(?:het|de)\\s)[\\p{L}-]+\\s+){0,2}?(?:DB|AB|dagelijks\\s+bestuur"
            + "|algemeen\\s+bestuur|bestuur|college|minister|directie|directeur|secretaris|griffier|burgemeester|gemeenten"
            + "|provincies|zorgaanbieder|instelling|schoolbestuur)(?:\\s+van\\s+(?:de\\s+|het\\s+)?\\p{Lu}?[\\p{L}-]+(?:\\s+en\\s+wethouders)?)?)\\b";
    private static final GuardedPattern REQUESTED = GuardedPattern.of(
            // ("draagt de burgemeester op … te pleiten": a charge is asked as firmly)
            "(?<=\\p{L}\\s)(?:verzoekt|verzoeken|verzoek|vraagt|vragen|vraag|draagt|dragen)\\s+" + ASKED_BODY + "(?=[^.]*\\bte\\s+\\p{L}+)", I,
            "verzoekt", "verzoeken", "verzoek", "vraagt", "vragen", "vraag", "draagt", "dragen");
    /**
     * The body asked in the passive, as a meeting's record gives its request: "Het DB wordt verzocht vóór de zomer een
     * tweede variant uit te werken …", "De directeur wordt gevraagd … toe te sturen".
     */
    private static final Pattern ASKED_PASSIVE = CaseFold.compile(
            "^" + ASKED_BODY + "\\s+(?:wordt|worden)\\s+(?:verzocht|gevraagd|opgedragen)\\b(?=[^.]*\\bte\\s+\\p{L}+)", I);
    /** A board asking, as a meeting's record gives it: "Het AB verzoekt het DB …" (a member's "vraagt het college" is a question). */
    private static final Pattern BOARD_ASKS = CaseFold.compile(
            "(?:het|de)\\s+(?:AB|algemeen\\s+bestuur|raad|staten|PS|vergadering)\\s+(?:verzoekt|vraagt)\\b", I);
    private static final Pattern RESPONSIBLE = CaseFold.compile(
            "(?<np>(?:de|het)\\s+[\\p{L} ]{3,60}?)\\s+(?:is|zijn)\\s+verantwoordelijk\\s+voor.*?\\ben\\s+"
                    + "(?<np2>(?:de|het)\\s+[\\p{L} ]{3,60}?)\\s+zorgen\\b");
    static final Pattern NOT_ACTOR = CaseFold.compile(
            "(?i)(?:(?:het|de)\\s+(?:\\p{L}+\\s+)?(?:voorstel|rapport|besluit|concept|verslag|onderwerp|document|stuk|"
                    + "presentatie|aantal|beeld|\\p{L}*brief|notitie|nota|planning|bedoeling|verwachting|intentie)\\b.*|(?:de|het)\\s+(?:komende|volgende|afgelopen)\\b.*|er|dit|dat|het|deze|die|"
                    // "wordt het voor …": a pronoun before a preposition, no noun phrase
                    + "(?:de|het)\\s+(?:voor|om|in|op|aan|bij|met|van|uit|door|over|tot|naar)|"
                    + "hier|daar|daarover|hierover|daarnaast|daarbij|hiervoor|ook|nu|dan"
                    // a conjunction opening a clause before the verb: "Zoals is afgesproken zal de wethouder …"
                    + "|zoals|omdat|nadat|voordat|zodat|daarom|vervolgens|daarna|bovendien|tevens|voorts"
                    // an adverb before the verb: "Derhalve zal ik …", "Vaak zal de inspecteur …"
                    + "|derhalve|dus|daardoor|hierdoor|daarmee|hiermee|hierna|vaak|soms|meestal|wellicht|waarschijnlijk"
                    + "|eerst|later|straks|binnenkort|voortaan|verder|en|maar|want|of"
                    // "Intussen zullen wij …", "Vanzelfsprekend zal de gemeente …", "Specifiek gaat het om …"
                    + "|intussen|inmiddels|ondertussen|vanzelfsprekend|uiteraard|natuurlijk|wel|zodoende|uiteindelijk|helaas"
                    + "|specifiek|concreet|positief|negatief|hierop|daarop|tenslotte|allereerst|echter|toch|immers|eventueel"
                    // a bare noun of how something is settled: "Dekking zal plaatsvinden uit …" states the financing, no task
                    + "|dekking|afdoening"
                    // a bare noun that states a consequence or an aim: "Gevolg is dat …", "Uitgangspunt is dat …"
                    + "|gevolg|conclusie|uitgangspunt|doel|probleem|reden|voorwaarde|nadeel|voordeel|risico|streven|insteek"
                    // a place opening the sentence: "In Parkzicht zullen er laadpalen komen"
                    + "|(?:in|op|aan|bij|met|na|naar|uit|over|tot|tijdens|vanaf|volgens)\\s.*)");
    private static final Pattern DUE = LeadingBoundary.compile(
            "\\b(?:(?:op|voor|vóór|uiterlijk|per|vanaf|in|na)\\s+)?(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag)\\s+)?"
                    + "\\d{1,2}\\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
                    + "december)(?:\\s+\\d{4})?|\\b(?:in|voor|na)\\s+(?:het\\s+)?(?:najaar|voorjaar|de\\s+zomer|"
                    + "(?:eerste|tweede|derde|vierde)\\s+kwartaal)(?:\\s+(?:van\\s+)?\\d{4})?|\\b(?:in|voor|vóór)\\s+"
                    + "(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
                    + "(?:\\s+\\d{4})?|\\bvolgende\\s+(?:week|maand|vergadering)|\\bbinnenkort\\b|\\bt\\.z\\.t\\.", I);

    List<Action> tag(DocumentView view, IdSequence ids) {
        return tag(view, ids, List.of());
    }

    /**
     * A decision list records actions with a label ("Actie:", "Toezegging:"), or as a passive note on a
     * time ahead ("wordt in februari voortgezet"), or on telling others of the decision, which follows it by nature
     * ("De gemeenten worden per brief geïnformeerd", "Het besluit wordt gepubliceerd in het Gemeenteblad"); a
     * condition ("Als … wordt … dan …") is no action.
     */
    private static boolean listNote(String text, LocalDate docDate) {
        return LIST_FOLLOW_UP.matcher(text).find() && (ahead(text, docDate) || COMMUNICATED.matcher(text).find())
                && !notAction(text, RegexGuard.fold(text)) && !CONDITION.matcher(text).matches();
    }

    /** A passive of telling others: informed, sent, published, made known. */
    private static final Pattern COMMUNICATED = CaseFold.compile("\\b(?:wordt|worden)\\b(?:\\s+(?!niet\\b)[^\\s,;:]+){0,12}?\\s+"
            + "(?:ge[iï]nformeerd|gepubliceerd|toegezonden|gezonden|verzonden|verstuurd|bekendgemaakt|bericht)\\b", I);

    /** @param decisions the document's decisions: their sentences are theirs, not actions */

    List<Action> tag(DocumentView view, IdSequence ids, List<Decision> decisions) {
        DocKind kind = view.doc.kind();
        if (kind != null && NONE.contains(kind)) {
            return List.of();
        }
        boolean meeting = kind == null || MEETING.contains(kind);
        boolean onlyLabelled = kind == DocKind.decision_list; // a decision list's actions carry "Actie:" or promise
        LocalDate docDate = view.doc.metadata() == null ? null : view.doc.metadata().date();
        Integer year = docDate == null ? null : docDate.getYear();
        List<Action> out = new ArrayList<>();
        List<String> previous = new ArrayList<>();
        Integer actionListLevel = null;
        boolean followUp = false; // under a heading such as "Uitvoering": plain steps are tasks
        String replySection = null; // under "Reactie Gedeputeerde Staten" the reacting body speaks
        // the articles an annex quotes speak of the law's roles ("Het bestuursorgaan doet mededeling …")
        LawAnnex annex = LawAnnex.of(view);
        for (int b = 0; b < view.blocks.size(); b++) {
            if (annex.holds(b)) {
                continue;
            }
            Block block = view.block(b);
            if (block.is(BlockType.TABLE) && onlyLabelled && block.table() != null) {
                cellPromises(view, block, ids, decisions, docDate, out);
            }
            if (block.is(BlockType.TABLE) || block.is(BlockType.HEADING)) {
                actionListLevel = null;
                followUp = block.is(BlockType.HEADING) && FOLLOW_UP_HEADING.matcher(stripNumber(block, view.text(b))).matches();
                if (block.is(BlockType.HEADING)) {
                    String heading = stripNumber(block, view.text(b));
                    replySection = REPLY_LABEL.matcher(heading).matches() ? heading : null;
                }
                continue;
            }
            AgendaItem item = view.item(b);
            String itemNo = item == null ? null : item.number();
            if (actionListLevel != null) {
                int level = block.level() == null ? 1 : block.level();
                if (block.is(BlockType.LIST_ITEM) && level >= actionListLevel) {
                    out.add(action(ids, listedTask(view, b, meeting, docDate), null, year, itemNo, block.page()));
                    continue;
                }
                actionListLevel = null;
            }
            String whole = stripNumber(block, view.text(b));
            if (DocumentView.isShortLabel(block, whole) && Character.isUpperCase(whole.codePointAt(0))) {
                // a heading the file did not mark ("Nawoord Algemene Rekenkamer") opens a section too
                replySection = REPLY_LABEL.matcher(whole).matches() ? whole : null;
            } else if (block.is(BlockType.LIST_ITEM) && isReplyLabel(whole)) {
                replySection = whole; // a numbered heading the parser ran on from the list above it ("5. Bestuurlijke reactie")
            }
            if (followUp && STEP.matcher(whole).find() && view.sentences(b).size() == 1 && whole.length() <= STEP_MAX) {
                out.add(action(ids, whole, null, year, itemNo, block.page()));
                continue;
            }
            boolean lastWasAction = false;
            for (DocumentView.Sentence s : view.sentences(b)) {
                String text = LABEL.matcher(s.text()).replaceFirst("");
                if (ACTION_LIST.matcher(text).find() && !DONE.matcher(text).find() && !LAW_CONTENT.matcher(text).find()) {
                    actionListLevel = block.is(BlockType.LIST_ITEM) && block.level() != null ? block.level() + 1 : 1;
                }
                // a decision's sentences are the decision's; one that follows the clause in the sender's
                // own voice ("… te beantwoorden. De suggesties nemen we mee.") is a commitment as well
                if (decisions.stream().anyMatch(d -> d.text().contains(text) && !(OWN.matcher(text).find() && !d.text().startsWith(text)))) {
                    // a clause that charges a body ("Gedeputeerde Staten op te dragen jaarlijks … te rapporteren;") decides a task
                    Matcher charged = CHARGES.matcher(text);
                    if (charged.lookingAt()) {
                        out.add(action(ids, text, charged.group("actor"), year, itemNo, s.page()));
                    }
                    previous.add(text);
                    continue;
                }
                boolean note = meeting && (kind != DocKind.other || noteLike(text));
                boolean labelled = !onlyLabelled || LABEL.matcher(s.text()).find() || PROMISE.matcher(text).find();
                Kind k = labelled ? kind(s.text(), note, docDate) : listNote(text, docDate) ? Kind.PASSIVE : listStep(text, docDate);
                String actor = k == null ? null : k == Kind.PASSIVE ? agent(text) : actor(text, previous, view, replySection);
                if (k == Kind.REQUEST && kind == DocKind.proposal || k != Kind.PASSIVE && !labelled && actor == null) {
                    k = null; // what a proposal asks is no task yet; a list's own step names who takes it
                }
                if (k != null) {
                    if (lastWasAction && CONTINUATION.matcher(text).find()) {
                        Action last = out.remove(out.size() - 1);
                        out.add(new Action(last.id(), last.text() + " " + text, last.actor(), last.due(), last.dueText(),
                                last.agendaItem(), last.page()));
                    } else if (actor != null || meeting || onlyLabelled || k == Kind.PASSIVE && (kind == DocKind.proposal
                            ? STEP_AHEAD.matcher(text).find() || planned(text, docDate) && datedAhead(text, docDate) : planned(text, docDate))) {
                        // "De directeur zegt dit toe.": what is promised is the request before it
                        boolean pointsBack = PROMISES_THAT.matcher(text).matches() && !previous.isEmpty();
                        out.add(action(ids, pointsBack ? previous.get(previous.size() - 1) + " " + text : text, actor, year, itemNo, s.page()));
                        lastWasAction = true;
                    }
                } else {
                    lastWasAction = false;
                }
                previous.add(text);
            }
        }
        return out;
    }

    /**
     * A decision list in table form writes what was said under an item in its decision column ("De commandant zegt toe
     * hierover in de volgende vergadering te rapporteren."): a cell's labelled action or promise is an action, as in
     * a paragraph, of the item its row's first cell names.
     */
    private static void cellPromises(DocumentView view, Block block, IdSequence ids, List<Decision> decisions,
                                     LocalDate docDate, List<Action> out) {
        Table t = block.table();
        Integer year = docDate == null ? null : docDate.getYear();
        for (int r = 0; r < t.rowCount(); r++) {
            List<Cell> row = t.rows().get(r);
            String first = row.isEmpty() ? "" : DocumentView.normalise(row.get(0).text());
            String item = DecisionListTagger.CODE.matcher(first).matches() ? first.replaceAll("\\.$", "") : null;
            for (Cell c : row) {
                // a subject cell's bold headline over its summary: the summary may hold the step, the headline is no sentence
                String raw = c.text() == null ? "" : c.text();
                String cell = DocumentView.normalise(raw.indexOf('\n') > 0 ? raw.substring(raw.indexOf('\n') + 1) : raw);
                // the sentence detector only for a cell that may hold a promise or a label (most hold an outcome)
                String lower = cell.toLowerCase(Locale.ROOT);
                String folded = RegexGuard.fold(cell);
                if (cell.split(" ").length < 6 || !PROMISE.matcher(cell).find() && !lower.contains("actie")
                        && !lower.contains("toezegging") && !lower.contains("afspraak") && !LIST_FOLLOW_UP.matcher(cell).find()
                        && !STRONG.mayMatch(cell, folded) && !(WEAK.mayMatch(cell, folded) && ahead(cell, docDate))) {
                    continue;
                }
                for (Span span : DutchNlp.get().sentenceSpans(cell)) {
                    String sentence = cell.substring(span.getStart(), span.getEnd()).trim();
                    String text = LABEL.matcher(sentence).replaceFirst("");
                    boolean note = listNote(text, docDate); // "Het voorstel wordt op 18 maart opnieuw geagendeerd."
                    // a step the board set in its outcome ("Het DB stuurt de gemeenten vóór 1 april een reactienota", "De
                    // directeur zal in juni een analyse presenteren") is read as in a paragraph, beside labels and promises
                    boolean said = LABEL.matcher(sentence).find() || PROMISE.matcher(text).find();
                    if (decisions.stream().anyMatch(d -> d.text().contains(text))
                            || !note && (said ? kind(sentence, true, docDate) : listStep(text, docDate)) == null) {
                        continue;
                    }
                    String actor = note ? agent(text) : actor(text, List.of(), view);
                    if (said || note || actor != null) {
                        out.add(action(ids, text, actor, year, item, t.rowPage(r)));
                    }
                }
            }
        }
    }

    /**
     * A proposal's step after its own adoption, in the passive: "Na vaststelling wordt de zienswijze aan het algemeen
     * bestuur gezonden" is the proposer's next task, whoever the sentence leaves unnamed.
     */
    private static final Pattern STEP_AHEAD = CaseFold.compile(
            "\\bna\\s+(?:de\\s+|uw\\s+)?(?:vaststelling|besluitvorming|instemming|goedkeuring|ondertekening|"
                    + "het\\s+besluit|uw\\s+besluit)\\b", I);

    /**
     * A step a letter or report announces in the present passive with its time: "De aanbesteding wordt in september 2025
     * gepubliceerd", "Per 1 juli wordt een vier-ogenprincipe ingevoerd". Not "zal … worden" (a hope as often as a plan),
     * unless it goes to the reader or a council. A proposal describes what it entails in the present passive too, but
     * without a time ahead.
     */
    private static boolean planned(String text, LocalDate docDate) {
        Matcher m = PLANNED.matcher(text);
        // "Vragen kunnen tot uiterlijk 4 september worden ingediend": what may be done, no step
        // a future passive is a plan when it goes to the reader or a council ("zal in het eerste kwartaal aan uw Staten worden
        // toegezonden"), elsewhere a hope as often
        return m.find() && !SUBORDINATE.matcher(text.substring(0, m.start())).find() && (!WILL.matcher(text).find() || TO_BODY.matcher(text).find())
                && !MAY.matcher(text.substring(0, m.end())).find()
                && !SINCE.matcher(text).find() && (PLANNED_TIME.matcher(text).find() || DocumentView.mentionsLater(text, docDate));
    }

    /** The time of a planned step ({@link #SOON}), stricter than {@link #AHEAD}: no "periodiek", no "op 32 locaties". */
    private static final Pattern PLANNED_TIME = CaseFold.compile(SOON, I);
    /** A passive inside a clause that gives a reason or a result is no step of its own: "…, waardoor de wet pas in 2026 wordt ingevoerd". */
    private static final Pattern SUBORDINATE = CaseFold.compile(
            "\\b(?:waardoor|zodat|omdat|doordat|dat|die|waarin|waarmee|wanneer|als|indien|zodra|nadat|totdat)\\b", I);

    /**
     * A proposal's planned passive names when: a date or year after the proposal's, a season or a part of the year ("Omwonenden
     * worden in het najaar uitgenodigd"); "uiterlijk tien dagen voor de vergadering" in a reglement it proposes is a rule.
     */
    private static boolean datedAhead(String text, LocalDate docDate) {
        return DocumentView.mentionsLater(text, docDate) || SEASON.matcher(text).find();
    }

    private static final Pattern SEASON = CaseFold.compile("\\bin\\s+het\\s+(?:najaar|voorjaar)\\b|" + PART_OF_YEAR, I);

    /** What already goes on: "Sinds 2023 wordt … verstrekt", "Inmiddels worden … aangeboden". */
    private static final Pattern SINCE = CaseFold.compile("\\b(?:sinds|inmiddels|reeds|al\\s+(?:sinds|jaren|enige\\s+tijd))\\b", I);

    private static final Pattern PLANNED = CaseFold.compile(
            "(?<!\\b(?:kan|kunnen|moet|moeten|mag|mogen|zou|zouden)\\s)\\b(?:wordt|worden)\\b(?:\\s+[^\\s,;:]+){0,25}?\\s+"
                    // a participle of the list, or one by its shape that ends the clause ("wordt in 2026 uitgebreid.")
                    + "(?:" + PARTICIPLE + "\\b|\\p{L}*ge\\p{L}{2,}(?:d|t|en)(?=\\s*(?:[.;]|$)))", I);
    private static final Pattern TO_BODY = CaseFold.compile("\\baan\\s+(?:u|uw\\s+(?:raad|staten|kamer|commissie|bestuur)|de\\s+(?:gemeente)?raad"
            + "|provinciale\\s+staten|het\\s+algemeen\\s+bestuur)\\b", I);
    private static final Pattern WILL = CaseFold.compile("\\b(?:zal|zullen)\\b", I);
    /** What may or must be done, or will not be: "kunnen … worden ingediend", "dienen … te worden beantwoord", "wordt niet … uitgewerkt". */
    private static final Pattern MAY = CaseFold.compile("\\b(?:kan|kunnen|mag|mogen|moet|moeten|dient|dienen|niet)\\b", I);

    /** A dictum's clause charging a body with a task: "het college op te dragen …", "de directeur opdracht te geven …". */
    private static final Pattern CHARGES = CaseFold.compile("^(?<actor>(?:het\\s+college|(?:het\\s+)?(?:dagelijks|algemeen)\\s+bestuur"
            + "|gedeputeerde\\s+staten|burgemeester\\s+en\\s+wethouders|de\\s+(?:burgemeester|directeur|secretaris|griffier))"
            + "(?:\\s+van\\s+[\\p{L}-]+)?)\\s+(?:op\\s+te\\s+dragen|opdracht\\s+te\\s+geven)\\b", I);

    /** A follow-up step is a short line, not a paragraph. */
    private static final int STEP_MAX = 150;

    /**
     * An item of a list of tasks: its first sentence, and the further sentences that are tasks themselves; the
     * rest explains the task ("… aanbrengen. Bij een warmtepomp wordt …").
     */
    private static String listedTask(DocumentView view, int b, boolean meeting, LocalDate docDate) {
        Block block = view.block(b);
        // the item's marker ("a.") may come out as a sentence of its own
        List<String> sentences = view.sentences(b).stream().map(s -> stripNumber(block, s.text()))
                .filter(s -> s.chars().filter(Character::isLetter).count() > 1).toList();
        if (sentences.size() <= 1) {
            return stripNumber(block, view.text(b));
        }
        StringBuilder t = new StringBuilder(sentences.get(0));
        for (String s : sentences.subList(1, sentences.size())) {
            if (kind(s, meeting, docDate) != null) {
                t.append(' ').append(s);
            }
        }
        return t.toString();
    }

    /**
     * Other papers are notes and updates, but also what a Woo decision releases (a court ruling, a work instruction): a
     * bare passive there is a follow-up only in a note's short sentence without a modal ("Een voorstel hiertoe wordt
     * uitgewerkt"), not in reasoning ("Volgens artikel 14 mogen onveilige levensmiddelen niet in de handel worden gebracht").
     */
    private static boolean noteLike(String text) {
        return BlockText.words(text) <= NOTE_WORDS && !MODAL.matcher(text).find();
    }

    private static final int NOTE_WORDS = 25;
    private static final Pattern MODAL = CaseFold.compile("\\b(?:mag|mogen|kan|kunnen|moet|moeten|dient|dienen)\\b", I);

    private static String stripNumber(Block block, String text) {
        return block.number() != null && text.startsWith(block.number()) ? text.substring(block.number().length()).trim() : text;
    }

    /**
     * ACTIVE: a party commits or is set a task; PASSIVE: a step to come whose doer is at most an agent; REQUEST: a party
     * named as asked ({@link #REQUESTED}), which in a proposal is what the proposal (or a motion it quotes) asks, no task yet.
     */
    private enum Kind { ACTIVE, PASSIVE, REQUEST }

    /** Whether (and how) the sentence is an action; null when it is not. */
    static Kind kind(String text, boolean meeting, LocalDate docDate) {
        if (LABEL.matcher(text).find()) {
            return Kind.ACTIVE; // "Actie: …" says so itself
        }
        if (text.length() > DocumentView.MAX_SENTENCE) {
            return null;
        }
        String folded = RegexGuard.fold(text);
        if (notAction(text, folded) || LetterDecisionTagger.statesRule(text, folded)) {
            return null;
        }
        boolean asksToo = DecisionTagger.asksToo(text); // "… besluit … en verzoekt de directeur …": the request is a task
        if (DecisionTagger.score(text, folded) > 0 && !decisionPromised(text, folded) && !asksToo) {
            // a decision form dated ahead is a planned step ("Het AB stelt de begroting op 9 juli vast")
            return DocumentView.scheduledLater(text, docDate) ? Kind.ACTIVE : null;
        }
        // a form is tried only while the ones before it leave the kind open; the role model runs once at most
        Kind k = null;
        DutchNlp.RoleScore role = null;
        if (PASSIVE_FUTURE.find(text, folded)) {
            k = Kind.PASSIVE; // "zal … worden gedeeld": future by itself, the actor is only an agent
        } else if (STRONG.find(text, folded) || !meeting && OWN_PROMISE.matcher(text).find()) {
            k = Kind.ACTIVE;
        } else if (WEAK.find(text, folded) || CAUSATIVE.find(text, folded)) {
            // a task verb needs a time ahead, or, without a date, the role model's certainty that it commits
            boolean ahead = ahead(text, docDate);
            if (!ahead) {
                role = DutchNlp.get().role(text);
            }
            if (ahead || role.p(SentenceRole.action) >= 0.8) {
                k = Kind.ACTIVE;
            } else if (PASSIVE.find(text, folded) && meeting && !IN_MEETING.matcher(text).find()) {
                k = Kind.PASSIVE;
            }
        } else if (PASSIVE.find(text, folded) && (meeting && !IN_MEETING.matcher(text).find() || ahead(text, docDate))) {
            k = Kind.PASSIVE;
        }
        // a party asked outranks a passive in a clause of the request ("… toe te sturen, waarin staat welke maatregelen worden
        // genomen"); in a meeting's record only a board's request sets a task, not a member's
        if ((k == null || k == Kind.PASSIVE) && REQUESTED.find(text, folded) && !text.endsWith(":")
                && (!meeting || asksToo || BOARD_ASKS.matcher(text).lookingAt())
                || (k == null || k == Kind.PASSIVE) && ASKED_PASSIVE.matcher(text).find()) {
            k = Kind.REQUEST;
        }
        if (k == null || OBLIGATION.matcher(text).find() && !FUTURE.matcher(text).matches()) {
            return null;
        }
        if (role == null) {
            role = DutchNlp.get().role(text);
        }
        boolean vetoed = (role.role() == SentenceRole.proposal || role.role() == SentenceRole.decision)
                && role.probability() >= 0.6 && !asksToo;
        return vetoed ? null : k;
    }

    /**
     * A decision's form only in a clause of what the main clause promises ("Wij zullen de verordening zo aanpassen dat
     * subsidies direct worden vastgesteld"): no decision of the sentence.
     */
    private static boolean decisionPromised(String text, String folded) {
        Matcher clause = SUBCLAUSE.matcher(text);
        if (!clause.find()) {
            return false;
        }
        String main = text.substring(0, clause.start());
        String mainFolded = folded.substring(0, clause.start());
        return STRONG.find(main, mainFolded) && DecisionTagger.score(main, mainFolded) == 0;
    }

    private static boolean notAction(String text, String folded) {
        return NOT_ACTION_FRAME.matcher(text).find() || DocumentView.isQuestion(text) || NOT_ACTION_WORDS.find(text, folded) || NOT_ACTION_RARE.find(text, folded)
                || QUESTIONED.find(text, folded) && !ASKING_LATER.matcher(text).find();
    }

    /**
     * A decision list's own step for later, in an item's text or its outcome cell, unlabelled: a task verb with a time
     * ahead or a future ("Het DB stuurt de gemeenten vóór 1 april een reactienota", "De directeur zal in juni een analyse
     * presenteren"); the list's present tense otherwise records what the meeting did.
     */
    private static Kind listStep(String text, LocalDate docDate) {
        // the cheap signs first: most of a list's sentences record what the meeting did
        String folded = RegexGuard.fold(text);
        if (!STRONG.find(text, folded) && !REQUESTED.find(text, folded) && !ahead(text, docDate)) {
            return null;
        }
        Kind k = kind(text, false, docDate);
        return k == Kind.ACTIVE || k == Kind.REQUEST ? k : null;
    }

    /** A time ahead in the text: what turns a present tense into a commitment. */
    private static boolean ahead(String text, LocalDate docDate) {
        return AHEAD.matcher(text).find() || DocumentView.mentionsLater(text, docDate);
    }

    static boolean isAction(String text) {
        return kind(text, true, null) != null;
    }

    /** Who acts in a passive follow-up: the body that was agreed to act ({@link #AGREED_THAT}), else "door de X". */
    private static String agent(String text) {
        Matcher agreed = AGREED_THAT.matcher(text);
        String body = agreed.find() ? Addressees.leading(text.substring(agreed.end())) : null;
        if (body != null && !body.equalsIgnoreCase("u")) {
            return body;
        }
        Matcher agent = AGENT.matcher(text);
        return WORDEN.matcher(text).find() && agent.find() && !NOT_ACTOR.matcher(agent.group("np")).matches()
                && Parties.canAct(agent.group("np")) ? agent.group("np") : null;
    }

    /**
     * The shortest noun phrase after an inverted verb ends at its first word, which may be an adjective: "zal de financiële
     * administratie …" has the administration act, not "de financiële". An attributive adjective by its ending takes the
     * word after it, unless that word is a preposition or adverb: then the "adjective" was the noun ("zal de
     * inhoudingsplichtige voor de stelling …", "zal de betrokkene ook …").
     */
    private static String withNoun(String np, String rest) {
        Matcher next = NEXT_WORD.matcher(rest);
        return ADJECTIVE_LAST.matcher(np).find() && next.lookingAt() ? np + " " + next.group(1) : np;
    }

    private static final Pattern ADJECTIVE_LAST = Pattern.compile(
            // a neuter noun's adjective is uninflected: "het dagelijks bestuur", "het algemeen bestuur"
            "^(?i:de|het)\\s+\\p{L}+(?:ële|ische|lijke|ige|ieke|bare|ale|ele|iele|eerde|ende)$|^(?i:het)\\s+(?i:dagelijks|algemeen)$");
    private static final Pattern NEXT_WORD = Pattern.compile("\\s+(?!(?:voor|ook|in|op|aan|met|bij|van|na|naar|om|over|tot|uit|"
            + "door|tegen|onder|binnen|zonder|via|per|nog|niet|wel|dan|dat|er|zich|hier|daar|zelf|al|alleen|echter|immers|"
            + "dus|toch|graag|verder|eerst|zo|nu|daarna|vervolgens|moeten|kunnen|worden|zijn|hebben|gaan)\\b)(\\p{Ll}[\\p{L}-]+)\\b");

    static String actor(String sentence, List<String> previous, DocumentView view) {
        return actor(sentence, previous, view, null);
    }

    /** @param replySection the heading of the reply the sentence stands under ("Reactie Gedeputeerde Staten"), or null */
    private static String actor(String sentence, List<String> previous, DocumentView view, String replySection) {
        // "Reactie management: wij …": the label is no subject, and "wij" is the auditee
        int colon = sentence.indexOf(':');
        boolean labelled = colon > 0 && REPLY_LABEL.matcher(sentence.substring(0, colon)).matches();
        String reply = labelled ? sentence.substring(0, colon) : replySection;
        String text = labelled ? sentence.substring(colon + 1).trim() : sentence;
        Matcher r = RESPONSIBLE.matcher(text);
        if (r.find()) {
            return r.group("np") + "; " + r.group("np2");
        }
        Matcher task = TASK_OF.matcher(text);
        if (task.find()) {
            return task.group("np");
        }
        Matcher requested = REQUESTED.pattern().matcher(text);
        if (requested.find()) {
            return requested.group("np");
        }
        Matcher asked = ASKED_PASSIVE.matcher(text);
        if (asked.find()) {
            return asked.group("np");
        }
        Matcher role = BARE_ROLE.matcher(BULLET.matcher(text).replaceFirst(""));
        if (role.find()) {
            return role.group("np");
        }
        Matcher promiser = PROMISER.matcher(text);
        if (promiser.find()) {
            // who "zegt toe", also where a question before it runs on without a stop ("X vraagt naar … De directeur zegt toe …")
            return resolve(promiser.group("np"), previous, view, null);
        }
        String plain = PARENTHESES.matcher(BULLET.matcher(text).replaceFirst("")).replaceAll("");
        // "Toezegging 2026-17 blijft staan; de gedeputeerde zal de Staten … informeren": the clause that promises
        plain = promisingClause(plain);
        String body = LEAD_CLAUSE.matcher(plain).replaceFirst("");
        Matcher m = SUBJECT_FIRST.matcher(body);
        String np = null;
        // "Het pand zal energieneutraal zijn": a thing as subject describes, it commits nobody; "De ideeën nemen we mee":
        // the party is the subject after the verb
        Matcher both = SUBJECT_OF_BOTH.matcher(body);
        if (m.find() && !NOT_ACTOR.matcher(m.group("np")).matches() && Parties.canAct(m.group("np"))) {
            np = m.group("np");
        } else if (both.find() && !NOT_ACTOR.matcher(both.group("np")).matches() && Parties.canAct(both.group("np"))) {
            np = both.group("np");
        } else {
            // a clause of its own after the first: "De vraag is terecht, wij zullen nog met een aanvulling komen.", "…, en ik
            // zal de raad … informeren" (not "de raad", the object after "zal")
            Matcher own = OWN_CLAUSE.matcher(plain);
            if (own.find()) {
                np = own.group("np");
            }
            Matcher inv = INVERTED.matcher(plain);
            while (np == null && inv.find()) {
                String found = withNoun(inv.group("np"), plain.substring(inv.end()));
                if (!NOT_ACTOR.matcher(inv.group("np")).matches() && Parties.canAct(found)) {
                    np = found;
                }
            }
        }
        // the body a meeting agreed should act, or the agent of a passive where the clause has no party as subject: "Het
        // college zal u informeren over welke panden worden gehuurd door de koper" has the college inform
        String agent = agent(text);
        if (agent != null && (np == null || AGREED_THAT.matcher(text).find())) {
            np = agent;
        }
        boolean toReader = view.doc.kind() == DocKind.letter || view.doc.kind() == DocKind.proposal;
        if (toReader && ("u".equalsIgnoreCase(np) && RECEIVES.matcher(text).find() || YOU_RECEIVE_PATTERN.matcher(text).find())) {
            // "U zal nog vier besluiten ontvangen": the writer sends them, the addressee has nothing to do (in minutes
            // "u" is a member spoken to, who may well promise: "zegt u toe dat we dat krijgen")
            return view.doc.metadata() == null ? null : view.doc.metadata().organisation();
        }
        if (np == null) {
            // an action line naming who in brackets: "Overzicht laadpalen naar de commissie (wethouder Smit, eerste kwartaal 2028)"
            Matcher who = WHO_IN_BRACKETS.matcher(text);
            return who.find() ? who.group("who") : null;
        }
        return resolve(np, previous, view, reply);
    }

    private static final Pattern YOU_RECEIVE_PATTERN = CaseFold.compile(YOU_RECEIVE);
    private static final Pattern RECEIVES = CaseFold.compile("\\b(?:ontvang(?:t|en)?|krijg(?:t|en)?|toegestuurd|toegezonden)\\b");

    private static final String REPLY_WORDS = "(?:reactie|managementreactie|bestuurlijke\\s+reactie|standpunt)";
    /** The label of the audited party's reply in a management letter or report: "Reactie management", "Reactie college:". */
    private static final Pattern REPLY_LABEL = CaseFold.compile(
            "^" + REPLY_WORDS + "(?:\\s+(?:van\\s+)?(?:het\\s+|de\\s+)?\\p{L}+){0,3}\\s*:?$", Pattern.CASE_INSENSITIVE);
    /** The label of a reply section: "Bestuurlijke reactie", "Reactie van het college", "Reactie management:". */
    static boolean isReplyLabel(String text) {
        return REPLY_LABEL.matcher(text).matches();
    }

    /** The label's words before the name of who replies ("Reactie van", "Bestuurlijke reactie"). */
    private static final Pattern REPLY_WORD = CaseFold.compile("^" + REPLY_WORDS + "\\s*(?:van\\s+|door\\s+)?", Pattern.CASE_INSENSITIVE);

    /** An office holder by office and name opening a bracket: "(wethouder Smit, eerste kwartaal 2028)". */
    private static final Pattern WHO_IN_BRACKETS = CaseFold.compile(
            "\\((?<who>(?i:" + OFFICES + ")\\s+(?:(?:van|de|der|den|ter|ten)\\s+)*\\p{Lu}[\\p{L}'’-]+)\\s*[,;)]");
    /** By office ("de wethouder"), or by office and name ("Wethouder Van Dam", "gedeputeerde De Vries"). */
    private static final Pattern OFFICE = CaseFold.compile("\\b[Dd]e\\s+" + OFFICES + "\\b"
            + "|(?i:\\b" + OFFICES + ")\\s+(?:(?:[Vv]an|[Dd]e|[Dd]er|[Tt]en|[Tt]er)\\s+){0,2}\\p{Lu}[\\p{L}'’-]+");

    /**
     * The last person a sentence names, by name ("De heer Vos") or by office ("De dijkgraaf"), whom the pronoun can stand
     * for: "zij" is no "de heer", "hij" no "mevrouw".
     */
    private static String lastPerson(String sentence, boolean feminineOrPlural) {
        String last = null;
        int at = -1;
        int nameEnd = -1;
        Matcher m = EntityTagger.PERSON.matcher(sentence);
        while (m.find()) {
            String title = m.group("title").toLowerCase(Locale.ROOT);
            boolean male = title.startsWith("de") || title.startsWith("dhr");
            if (male != feminineOrPlural) {
                last = sentence.substring(m.start(), m.end("name"));
                at = m.start();
                nameEnd = m.end();
            }
        }
        Matcher o = OFFICE.matcher(sentence);
        while (o.find()) {
            // "De heer Vos, de voorzitter, …": the office in apposition is the same person, named better by name
            if (o.start() > at && (nameEnd < 0 || o.start() > nameEnd + 4)) {
                last = o.group();
                at = o.start();
            }
        }
        return last;
    }

    /**
     * @param reply the label or heading of the reply the sentence belongs to ("Reactie management: wij …", a section
     *              "Reactie Gedeputeerde Staten"), or null
     */
    static String resolve(String np, List<String> previous, DocumentView view, String reply) {
        String p = np.toLowerCase(Locale.ROOT);
        String org = view.doc.metadata() == null ? null : view.doc.metadata().organisation();
        switch (p) {
            case "hij", "zij", "ze" -> {
                for (int i = previous.size() - 1; i >= Math.max(0, previous.size() - 3); i--) {
                    String last = lastPerson(previous.get(i), !p.equals("hij"));
                    if (last != null) {
                        return last + " (" + np + ")";
                    }
                }
                return np;
            }
            case "ik", "wij", "we" -> {
                // under "Reactie management" the auditee speaks, not the letter's writer; a reply that names its body
                // ("Reactie Gedeputeerde Staten") says who
                String replying = reply != null ? reply : previous.stream().skip(Math.max(0, previous.size() - 2))
                        .filter(x -> REPLY_LABEL.matcher(x).matches()).findFirst().orElse(null);
                if (replying == null) {
                    return org == null ? np : org + " (" + np + ")";
                }
                String by = Addressees.leading(REPLY_WORD.matcher(replying).replaceFirst(""));
                return by == null ? np : by + " (" + np + ")";
            }
            default -> {
                return np;
            }
        }
    }

    /** Of clauses joined by semicolons, the only one with a future tense; else the sentence whole. */
    private static String promisingClause(String sentence) {
        if (!sentence.contains("; ")) {
            return sentence;
        }
        String found = null;
        for (String clause : sentence.split(";\\s+")) {
            if (FUTURE.matcher(clause).matches()) {
                if (found != null) {
                    return sentence;
                }
                found = clause;
            }
        }
        return found == null ? sentence : found;
    }

    /** Whether documents of this kind can hold actions (agendas and schedules only list items). */
    static boolean recordsActions(DocKind kind) {
        return kind == null || !NONE.contains(kind);
    }

    static Action action(IdSequence ids, String text, String actor, Integer year, String item, int page) {
        return dated(ids.next(), text, actor, year, item, page);
    }

    /** An action with the due date its text names ("voor 1 december 2026"), the words of it kept as {@code dueText}. */
    static Action dated(String id, String text, String actor, Integer year, String item, int page) {
        String dueText = due(text);
        LocalDate due = null;
        if (dueText != null) {
            List<DutchDates.Found> dates = DutchDates.findAll(dueText, year);
            due = dates.isEmpty() || dates.get(0).precision() != DutchDates.Precision.DAY ? null : dates.get(0).date();
        }
        return new Action(id, text, actor, due, dueText, item, page);
    }

    static String due(String text) {
        Matcher m = DUE.matcher(text);
        return m.find() ? m.group().trim() : null;
    }
}
