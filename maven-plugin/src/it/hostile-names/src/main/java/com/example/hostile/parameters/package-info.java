/** The SDK of {@code com/example/hostile/parameters.yaml}, generated with no {@code java:} name anywhere. */
@WhmcsSdk(specs = "com/example/hostile/parameters.yaml")
package com.example.hostile.parameters;

import io.github.whmcs4j.runtime.WhmcsSdk;
