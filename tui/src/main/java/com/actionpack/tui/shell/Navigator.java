package com.actionpack.tui.shell;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The stack of screens of one session: push to go somewhere, pop to come back. It only keeps
 * the stack; the shell listens and redraws. Going back over unsaved input is the shell's call
 * ({@link ConsoleShell#requestBack()}); {@link #pop()} itself never asks.
 */
public final class Navigator {

    private final Deque<ConsoleScreen> stack = new ArrayDeque<>();
    private final List<Consumer<Change>> listeners = new ArrayList<>();

    /** What happened: the screen now on top, the one that was on top before, and how. */
    public record Change(ConsoleScreen current, ConsoleScreen previous, Kind kind) {
    }

    public enum Kind { PUSH, POP, REPLACE }

    public void addListener(Consumer<Change> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void push(ConsoleScreen screen) {
        Objects.requireNonNull(screen, "screen");
        ConsoleScreen previous = stack.peek();
        stack.push(screen);
        fire(new Change(screen, previous, Kind.PUSH));
    }

    /** Replaces the current screen, e.g. after a form is done; keeps the way back unchanged. */
    public void replace(ConsoleScreen screen) {
        Objects.requireNonNull(screen, "screen");
        ConsoleScreen previous = stack.poll();
        stack.push(screen);
        fire(new Change(screen, previous, Kind.REPLACE));
    }

    /** Goes back one screen. The first screen stays: returns false there. */
    public boolean pop() {
        if (stack.size() <= 1) {
            return false;
        }
        ConsoleScreen previous = stack.pop();
        fire(new Change(stack.peek(), previous, Kind.POP));
        return true;
    }

    /** Goes back to the first screen. */
    public void popToRoot() {
        while (pop()) {
            // each pop is announced, so screens see onShow in order
        }
    }

    public ConsoleScreen current() {
        ConsoleScreen top = stack.peek();
        if (top == null) {
            throw new IllegalStateException("no screen shown yet");
        }
        return top;
    }

    public boolean canGoBack() {
        return stack.size() > 1;
    }

    public int depth() {
        return stack.size();
    }

    /** Screens from the first to the current one. */
    public List<ConsoleScreen> path() {
        List<ConsoleScreen> path = new ArrayList<>(stack);
        java.util.Collections.reverse(path);
        return path;
    }

    public boolean anyUnsavedInput() {
        return stack.stream().anyMatch(ConsoleScreen::hasUnsavedInput);
    }

    private void fire(Change change) {
        for (Consumer<Change> listener : List.copyOf(listeners)) {
            listener.accept(change);
        }
    }
}
