package io.github.whmcs4j.spring.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.whmcs4j.sdk.WhmcsClient;
import io.github.whmcs4j.testkit.WhmcsStandIn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.IndicatedHealthDescriptor;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts a Spring Boot application configured by the README's application.yaml (read from the README
 * itself), with the endpoints pointed at a stand-in on 127.0.0.1, and checks what WHMCS receives.
 */
class SpringBootApplicationTest {
    private WhmcsStandIn standIn;
    private ConfigurableApplicationContext context;

    @BeforeEach
    void start(@TempDir Path directory) throws IOException {
        standIn = WhmcsStandIn.start();
        standIn.answer("GetClients", "{\"result\":\"success\",\"totalresults\":2,\"clients\":{\"client\":["
                + "{\"id\":1,\"email\":\"ada@example.com\"},{\"id\":2,\"email\":\"alan@example.com\"}]}}");
        standIn.answer("WhmcsDetails", "{\"result\":\"success\",\"whmcs\":{\"version\":\"8.13.1\"}}");
        Path applicationYaml = Files.writeString(directory.resolve("application.yaml"), readmeApplicationYaml());

        SpringApplication application = new SpringApplication(DirectoryApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        context = application.run("--spring.config.location=file:" + applicationYaml,
                "--WHMCS_IDENTIFIER=app-id", "--WHMCS_SECRET=app-s3cret",
                "--RESELLER_IDENTIFIER=reseller-id", "--RESELLER_SECRET=reseller-s3cret",
                // The README's https endpoints, replaced by the stand-in's.
                "--whmcs.endpoint=" + standIn.endpoint(), "--whmcs.allow-plain-http=true",
                "--whmcs.instances.reseller.endpoint=" + standIn.endpoint(),
                "--whmcs.instances.reseller.allow-plain-http=true",
                "--management.endpoints.web.exposure.include=health,env", "--management.endpoint.env.show-values=always",
                "--management.endpoint.health.show-details=always");
    }

    @AfterEach
    void stop() {
        context.close();
        standIn.close();
    }

    @Test
    void theInjectedClientCallsWhmcs() {
        List<String> emails = context.getBean(ClientDirectory.class).activeClientEmails();

        assertEquals(List.of("ada@example.com", "alan@example.com"), emails);
        assertEquals("action=GetClients&identifier=app-id&secret=app-s3cret&responsetype=json&status=Active",
                standIn.lastCall().body());
    }

    @Test
    void theNamedInstanceHasItsOwnSettings() {
        context.getBean("resellerWhmcsClient", WhmcsClient.class).system().whmcsDetails();

        assertEquals("action=WhmcsDetails&identifier=reseller-id&secret=reseller-s3cret&responsetype=xml",
                standIn.lastCall().body());
    }

    @Test
    void healthShowsEachInstallationsVersion() {
        HealthEndpoint health = context.getBean(HealthEndpoint.class);

        for (String client : new String[] {"whmcsClient", "resellerWhmcsClient"}) {
            IndicatedHealthDescriptor descriptor = (IndicatedHealthDescriptor) health.healthForPath("whmcs", client);
            assertEquals(Status.UP, descriptor.getStatus());
            assertEquals(Map.of("version", "8.13.1"), descriptor.getDetails());
        }
        assertEquals(Status.UP, health.health().getStatus());
    }

    @Test
    void theEnvEndpointMasksTheSecrets() {
        EnvironmentEndpoint env = context.getBean(EnvironmentEndpoint.class);

        assertEquals("app-id", env.environmentEntry("whmcs.identifier").getProperty().getValue());
        assertEquals(SanitizableData.SANITIZED_VALUE, env.environmentEntry("whmcs.secret").getProperty().getValue());
        assertEquals(SanitizableData.SANITIZED_VALUE,
                env.environmentEntry("whmcs.instances.reseller.secret").getProperty().getValue());
    }

    /** The first yaml block of the README's "Spring Boot" section. */
    private static String readmeApplicationYaml() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        String section = readme.substring(readme.indexOf("\n## Spring Boot\n"));
        Matcher yaml = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(section);
        if (!yaml.find()) {
            throw new IllegalStateException("README.md: no yaml block in the Spring Boot section");
        }
        return yaml.group(1);
    }
}
