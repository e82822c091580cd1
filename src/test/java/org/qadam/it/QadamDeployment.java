package org.qadam.it;

import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * The deployment of the integration tests: the real WAR that {@code mvn package} built, plus this test
 * package and AssertJ, plus one public URL for Arquillian's own test runner servlet (everything else in
 * the WAR stays behind its sign-in, as in production).
 */
final class QadamDeployment {

    private QadamDeployment() {
    }

    static WebArchive realWar() {
        File war = new File(System.getProperty("qadam.build.directory", "target"), "qadam.war");
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, "qadam.war").importFrom(war).as(WebArchive.class);
        archive.addPackage(QadamDeployment.class.getPackage());
        archive.addAsLibrary(jarOf(Assertions.class));
        String webXml = read(archive.get("WEB-INF/web.xml").getAsset().openStream());
        archive.setWebXML(new StringAsset(webXml.replace("</web-app>", """
                    <security-constraint>
                        <web-resource-collection>
                            <web-resource-name>arquillian</web-resource-name>
                            <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                        </web-resource-collection>
                    </security-constraint>
                </web-app>""")));
        return archive;
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(InputStream in) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
