package io.github.whmcs4j.processor.model;

/**
 * One value of an enum.
 *
 * @param wire the value as WHMCS sends and reads it
 * @param constant its constant
 */
public record EnumValueModel(String wire, String constant) {
}
