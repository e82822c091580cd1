package org.qadam.testenv;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the real database once for the integration-test JVM, before Arquillian reads its settings
 * (which name the database through system properties), and stops what was started at the end. Does
 * nothing in the unit-test JVM.
 */
public class TestEnvironment implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (Boolean.getBoolean("qadam.it")) {
            TestDatabase.start();
            System.setProperty("qadam.it.http.port", String.valueOf(FreePort.find()));
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (Boolean.getBoolean("qadam.it")) {
            QadamProcess.stopIfStarted();
            TestDatabase.shutdown();
        }
    }
}
