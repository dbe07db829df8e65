package fr.accdatahub.deploy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The secret check the manifest tests rely on finds secrets where they could be written. */
class ManifestsTest {

    @Test
    void secretsWrittenInManifestsAreFound() throws Exception {
        for (String yaml : new String[] {
            "kind: Secret\nmetadata: {name: s}\nstringData: {a: b}",
            "kind: Deployment\nmetadata: {name: d}\nspec: {env: [{name: ACC_OPERATOR_CLIENT_SECRET, value: x}]}",
            "kind: Kustomization\nconfigMapGenerator: [{name: c, literals: [QUARKUS_DATASOURCE_PASSWORD=x]}]",
            "kind: ConfigMap\nmetadata: {name: c}\ndata: {ACC_TOKEN_SIGNING_KEY: x}",
            "kind: ConfigMap\nmetadata: {name: c}\ndata: {QUARKUS_DATASOURCE_REACTIVE_URL: 'postgresql://acc:pw@db/acc'}"}) {
            assertThrows(AssertionError.class, () -> Manifests.assertNoSecretValue(Manifests.parseOne(yaml)), yaml);
        }
    }

    @Test
    void referencesToSecretsAndPlainSettingsPass() throws Exception {
        assertDoesNotThrow(() -> Manifests.assertNoSecretValue(Manifests.parseOne("""
                kind: Deployment
                metadata: {name: d}
                spec:
                  env:
                    - name: QUARKUS_DATASOURCE_PASSWORD
                      valueFrom: {secretKeyRef: {name: acc-db-app, key: password}}
                    - name: ACC_CALCULATION_EVERY
                      value: 1h
                    - name: QUARKUS_DATASOURCE_REACTIVE_URL
                      value: postgresql://acc-db-rw:5432/acc
                """)));
    }
}
