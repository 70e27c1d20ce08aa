/** The SDK of {@code com/example/hostile/javadoc.yaml}, generated with no {@code java:} name anywhere. */
@WhmcsSdk(specs = "com/example/hostile/javadoc.yaml")
package com.example.hostile.javadoc;

import io.github.whmcs4j.runtime.WhmcsSdk;
