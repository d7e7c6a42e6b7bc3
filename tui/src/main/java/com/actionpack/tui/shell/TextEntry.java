package com.actionpack.tui.shell;

/**
 * Marks a component that takes typed characters, so that {@code q}, {@code ?} and {@code /}
 * reach it as text instead of quitting or opening help. Lanterna text boxes are recognised
 * without it.
 */
public interface TextEntry {
}
