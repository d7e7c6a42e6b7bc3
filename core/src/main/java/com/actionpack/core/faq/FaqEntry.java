package com.actionpack.core.faq;

/** One question of the source's FAQ and its answer as plain text (R20). */
public record FaqEntry(String question, String answer) {
}
