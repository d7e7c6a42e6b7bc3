/**
 * The state of orders, invoices and membership terms on a given day (R8a): one function each,
 * read by every screen, report, filter and preview. Depends on the model packages only.
 */
package com.actionpack.core.lifecycle;
