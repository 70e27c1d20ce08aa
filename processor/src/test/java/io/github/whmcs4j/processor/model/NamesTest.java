package io.github.whmcs4j.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "clientid|clientid", "class|class_", "default|default_", "yield|yield_", "a-b|a_b", "flags[new]|flags_new_",
        "1st|_1st", "''|value", "_|value", "__|value_", "Grace_period|Grace_period", "é|value"
    })
    void membersKeepWhmcsNamesAndEscapeOnlyWhatJavaForbids(String wire, String member) {
        assertEquals(member, Names.member(wire));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GetClients|GetClients", "grace_period|GracePeriod", "Grace_period|GracePeriod", "billingcycle|Billingcycle",
        "flags[new]|FlagsNew", "Project Management|ProjectManagement", "get-odd_Thing|GetOddThing", "1st|N1st",
        "*|Value", "email_preferences|EmailPreferences", "GetTLDPricing|GetTLDPricing"
    })
    void typesAreUpperCamelCaseFromTheWords(String wire, String type) {
        assertEquals(type, Names.type(wire));
    }

    @Test
    void wordsBreakAtSeparatorsAndCaseChanges() {
        assertEquals(List.of("get", "Odd", "Thing", "v2", "Api"), Names.words("get-OddThing_v2Api"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Active|ACTIVE", "Payment Pending|PAYMENT_PENDING", "''|EMPTY", "*|VALUE", "1st|V1ST", "a-b|A_B",
        "inProgress|IN_PROGRESS"
    })
    void constantsAreUpperSnakeCase(String value, String constant) {
        assertEquals(constant, Names.constant(value));
    }

    @Test
    void accessorsAndPackagesComeFromCategories() {
        assertEquals("projectManagement", Names.lowerCamel("Project Management"));
        assertEquals("projectmanagement", Names.packageSegment("Project Management"));
        assertEquals("getClients", Names.lowerCamel("GetClients"));
        assertEquals("class_", Names.packageSegment("Class"));
    }

    @Test
    void addersDropTheEscapes() {
        assertEquals("addPid", Names.prefixed("add", "pid"));
        assertEquals("addClass", Names.prefixed("add", "class_"));
        assertEquals("add1st", Names.prefixed("add", "_1st"));
    }
}
