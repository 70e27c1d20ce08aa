/** The SDK of {@code com/example/hostile/locals.yaml}, generated with no {@code java:} name anywhere. */
@WhmcsSdk(specs = "com/example/hostile/locals.yaml")
package com.example.hostile.locals;

import io.github.whmcs4j.runtime.WhmcsSdk;
