package io.github.whmcs4j.spring.readme;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** An application as a user writes it: auto-configuration and a component scan of this package. */
@SpringBootApplication
public class DirectoryApplication {
}
