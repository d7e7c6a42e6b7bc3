package com.actionpack.core.billing;

/**
 * Out-port: the invoice and credit-note number sequence. Unique and strictly increasing
 * across both kinds; a number is taken inside the issuing transaction so a rolled-back
 * order leaves no hole that another document could reuse out of order.
 */
public interface DocumentNumbers {

    long next();
}
