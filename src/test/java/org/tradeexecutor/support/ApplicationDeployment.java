package org.tradeexecutor.support;

import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The one deployment all integration tests share: the WAR that {@code mvn package} built, exactly as shipped.
 * Arquillian starts Payara Micro with it once per test run (arquillian-suite-extension).
 */
@ArquillianSuiteDeployment
public class ApplicationDeployment {

    @Deployment(testable = false)
    public static WebArchive application() {
        File war = new File(System.getProperty("app.war", "target/discord-trade-executor.war"));
        return ShrinkWrap.create(ZipImporter.class, "discord-trade-executor.war").importFrom(war).as(WebArchive.class);
    }
}
