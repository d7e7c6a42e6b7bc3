package com.actionpack.core.benefits;

/** Out-port: issues the product key an on-premises benefit reveals when redeemed (R19). */
public interface ProductKeyIssuer {

    String issue(CatalogBenefit benefit);
}
