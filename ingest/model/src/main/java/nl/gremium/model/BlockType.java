package nl.gremium.model;

public enum BlockType { HEADING, PARAGRAPH, LIST_ITEM, TABLE }
