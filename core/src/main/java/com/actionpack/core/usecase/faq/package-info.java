/**
 * The FAQ search, over the FAQ text shipped beside it ({@code faq.md}).
 *
 * <p>May use {@code faq}.
 */
package com.actionpack.core.usecase.faq;
