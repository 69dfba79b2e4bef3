package dev.taskapi.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import org.springframework.core.io.ClassPathResource;

/**
 * A web asset package from Maven Central on the classpath: its files live under
 * {@code META-INF/resources/webjars/<name>/<version>/}. The version is read from the jar itself, so
 * upgrading it is a change of the dependency alone.
 */
record Webjar(String name, String version) {

    static Webjar of(String groupId, String name) {
        String properties = "META-INF/maven/" + groupId + "/" + name + "/pom.properties";
        try (InputStream in = new ClassPathResource(properties).getInputStream()) {
            Properties pom = new Properties();
            pom.load(in);
            return new Webjar(name, pom.getProperty("version"));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("The web assets " + groupId + ":" + name + " are not on the classpath", ex);
        }
    }

    /** Where its files are, as a resource location. */
    String location() {
        return "classpath:/META-INF/resources/webjars/" + name + "/" + version + "/";
    }
}
