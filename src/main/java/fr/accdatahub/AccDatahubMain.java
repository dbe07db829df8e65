package fr.accdatahub;

import fr.accdatahub.sandbox.SandboxBootstrap;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Settles the database and the signing key (see {@link SandboxBootstrap}), then runs the service. */
@QuarkusMain
public final class AccDatahubMain {

    public static void main(String... args) {
        SandboxBootstrap bootstrap = SandboxBootstrap.ofProcess();
        bootstrap.prepare().forEach(System::setProperty);
        try {
            Quarkus.run(args);
        } finally {
            bootstrap.stop();
        }
    }
}
