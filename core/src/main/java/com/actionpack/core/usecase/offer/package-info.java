/**
 * The use cases of prices by country (R10): listing them, and an operator setting one.
 *
 * <p>May use the model packages and {@code usecase}.
 */
package com.actionpack.core.usecase.offer;
