/** The SDK of {@code com/example/hostile/names.yaml}, generated with no {@code java:} name anywhere. */
@WhmcsSdk(specs = "com/example/hostile/names.yaml")
package com.example.hostile.names;

import io.github.whmcs4j.runtime.WhmcsSdk;
