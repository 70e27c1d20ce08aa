/** The shop addon's actions, generated from {@code com/example/shop/shop.yaml}. */
@WhmcsSdk(specs = "com/example/shop/shop.yaml", clientName = "ShopClient")
package com.example.shop;

import io.github.whmcs4j.runtime.WhmcsSdk;
