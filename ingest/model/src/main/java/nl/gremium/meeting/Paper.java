package nl.gremium.meeting;

import nl.gremium.model.DocKind;

/**
 * A document of a meeting: a proposal, letter or report sent with the agenda, on its own or as a part of
 * the meeting bundle.
 *
 * @param bundlePart true when it is a part cut out of a bundle rather than a file of its own
 */
public record Paper(String docId, String title, DocKind kind, boolean bundlePart) {}
