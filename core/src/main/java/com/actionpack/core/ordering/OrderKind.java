package com.actionpack.core.ordering;

/** A fresh enrollment or the renewal of a current membership (R11). */
public enum OrderKind {
    NEW,
    RENEWAL
}
