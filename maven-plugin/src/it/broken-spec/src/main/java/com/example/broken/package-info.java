/** Would be generated from {@code com/example/broken/broken.yaml}, which has a mistake in it. */
@WhmcsSdk(specs = "com/example/broken/broken.yaml")
package com.example.broken;

import io.github.whmcs4j.runtime.WhmcsSdk;
