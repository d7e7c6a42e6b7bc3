/**
 * The model of the benefits (R13, R16-R19): the MAPS and LAPS packs, the catalog from the source
 * document, redemptions and product keys, and their out-ports.
 *
 * <p>May use {@code common}.
 */
package com.actionpack.core.benefits;
