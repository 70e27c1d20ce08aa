package io.github.whmcs4j.spring.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.whmcs4j.sdk.WhmcsClient;
import io.github.whmcs4j.testkit.WhmcsStandIn;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts a Spring Boot web application configured by the README's application.yaml (read from the
 * README itself), with the endpoints pointed at a stand-in on 127.0.0.1; checks what WHMCS receives
 * and what the Actuator shows over HTTP.
 */
class SpringBootApplicationTest {
    private static final List<String> SECRETS = List.of("app-s3cret", "reseller-s3cret");

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
        application.setWebApplicationType(WebApplicationType.SERVLET);
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        context = application.run("--spring.config.location=file:" + applicationYaml, "--server.port=0",
                "--server.address=127.0.0.1",
                "--WHMCS_IDENTIFIER=app-id", "--WHMCS_SECRET=app-s3cret",
                "--WHMCS_RESELLER_IDENTIFIER=reseller-id", "--WHMCS_RESELLER_SECRET=reseller-s3cret",
                // The README's https endpoints, replaced by the stand-in's.
                "--whmcs.endpoint=" + standIn.endpoint(), "--whmcs.allow-plain-http=true",
                "--whmcs.instances.reseller.endpoint=" + standIn.endpoint(),
                "--whmcs.instances.reseller.allow-plain-http=true",
                // Everything shown, so that only the starter's masking stands between a secret and the page.
                "--management.endpoints.web.exposure.include=health,env,configprops",
                "--management.endpoint.env.show-values=always", "--management.endpoint.configprops.show-values=always",
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
    void healthShowsEachInstallationsVersion() throws Exception {
        String up = "{\"details\":{\"version\":\"8.13.1\"},\"status\":\"UP\"}";
        assertEquals(up, get("/actuator/health/whmcs/whmcsClient"));
        assertThat(get("/actuator/health/whmcs")).contains("\"resellerWhmcsClient\":" + up);
        assertEquals("action=WhmcsDetails&identifier=reseller-id&secret=reseller-s3cret&responsetype=xml",
                standIn.lastCall().body());
    }

    @Test
    void theActuatorNeverShowsASecret() throws Exception {
        assertThat(get("/actuator/env/whmcs.secret")).contains("\"value\":\"******\"");
        for (String page : List.of("/actuator/env", "/actuator/configprops")) {
            assertThat(get(page)).as(page).contains("reseller-id").doesNotContain(SECRETS);
        }
        assertThat(get("/actuator/health")).contains("\"whmcs\"").doesNotContain(SECRETS);
    }

    private String get(String path) throws IOException, InterruptedException {
        String port = context.getEnvironment().getProperty("local.server.port");
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path);
        return response.body();
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
