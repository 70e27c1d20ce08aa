package io.github.whmcs4j.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Makes the next compilation follow the spec files. Maven's compiler does not look at resources, so
 * after a spec edit it would find nothing to compile and keep the old SDK. This goal keeps the digest
 * of every spec file in {@code target/}; when one was added, removed or edited (or whmcs4j's version
 * changed), it removes what was generated for the {@code @WhmcsSdk} packages, so that the compiler
 * compiles the module again and the processor writes the SDK afresh. When nothing changed it touches
 * nothing, and the build stays incremental.
 */
@Mojo(name = "track-specs", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class TrackSpecsMojo extends AbstractMojo {
    /** The folders the spec files are read from: the project's resource folders. */
    @Parameter(defaultValue = "${project.resources}", readonly = true, required = true)
    private List<Resource> resources;

    /** Where the {@code package-info.java} files with {@code @WhmcsSdk} are. */
    @Parameter(defaultValue = "${project.compileSourceRoots}", readonly = true, required = true)
    private List<String> compileSourceRoots;

    @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
    private File outputDirectory;

    /** The compiler's folder for generated sources (maven-compiler-plugin's {@code generatedSourcesDirectory}). */
    @Parameter(defaultValue = "${project.build.directory}/generated-sources/annotations", required = true)
    private File generatedSourcesDirectory;

    /** Where the digests of the last build are kept. */
    @Parameter(defaultValue = "${project.build.directory}/whmcs4j/spec-inputs.txt", required = true)
    private File stateFile;

    /**
     * Which resource files count as specs, as globs relative to a resource folder. Every YAML and JSON
     * resource by default; an edit to one that is not a spec costs one full compilation, nothing more.
     */
    @Parameter
    private List<String> includes = List.of("**/*.yaml", "**/*.yml", "**/*.json");

    @Parameter(property = "whmcs4j.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${plugin.version}", readonly = true, required = true)
    private String pluginVersion;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("Skipped (whmcs4j.skip)");
            return;
        }
        try {
            SpecInputs now = SpecInputs.scan(resourceFolders(), includes, pluginVersion);
            Optional<SpecInputs> before = SpecInputs.read(stateFile.toPath());
            SortedSet<String> changed = before.map(now::changedSince).orElseGet(() -> new TreeSet<>(now.digests().keySet()));
            boolean versionChanged = before.isPresent() && !before.get().version().equals(now.version());
            if (before.isPresent() && changed.isEmpty() && !versionChanged) {
                getLog().info("Spec files unchanged (" + now.digests().size() + ")");
                return;
            }
            regenerate(before, now, changed, versionChanged);
            now.write(stateFile.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("could not compare the spec files with the last build: " + e.getMessage(), e);
        }
    }

    private void regenerate(Optional<SpecInputs> before, SpecInputs now, SortedSet<String> changed, boolean versionChanged)
            throws IOException {
        StaleOutputs stale = new StaleOutputs(generatedSourcesDirectory.toPath(), outputDirectory.toPath());
        for (String path : changed) {
            stale.forgetResource(path);
        }
        SortedSet<String> packages = AnnotatedPackages.in(compileSourceRoots.stream().map(Path::of).toList());
        for (String folder : packages) {
            stale.forgetPackage(folder);
        }
        String what = packages.stream().map(folder -> folder.replace('/', '.')).toList().toString();
        if (before.isEmpty()) {
            getLog().info("Spec files recorded (" + now.digests().size() + "); " + what + " generated from them");
        } else {
            List<String> reasons = new ArrayList<>();
            for (String path : changed) {
                reasons.add(change(before.get(), now, path) + " " + path);
            }
            if (versionChanged) {
                reasons.add("whmcs4j " + before.get().version() + " -> " + now.version());
            }
            getLog().info("Spec files changed (" + String.join(", ", reasons) + "): " + what + " generated again, "
                    + stale.deleted() + " stale files removed");
        }
        if (packages.isEmpty()) {
            getLog().warn("No package-info.java with @WhmcsSdk in " + compileSourceRoots + ": nothing to generate again");
        }
    }

    private static String change(SpecInputs before, SpecInputs now, String path) {
        if (!now.digests().containsKey(path)) {
            return "removed";
        }
        return before.digests().containsKey(path) ? "edited" : "added";
    }

    private List<Path> resourceFolders() {
        return resources.stream().map(resource -> Path.of(resource.getDirectory())).toList();
    }
}
