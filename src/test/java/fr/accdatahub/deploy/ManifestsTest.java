package fr.accdatahub.deploy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The checks the manifest tests rely on find what they look for. */
class ManifestsTest {

    @Test
    void objectsTheKubernetesApiWouldRefuseAreFound() throws Exception {
        for (String yaml : new String[] {
            "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec: {selector: {}, template: {spec: "
                    + "{containers: [{name: c, image: i, readinesProbe: {}}]}}}",
            "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec: {replicas: two, selector: {}, "
                    + "template: {spec: {containers: [{name: c, image: i}]}}}",
            "apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec: {ports: [{port: http}]}"}) {
            assertThrows(AssertionError.class, () -> Manifests.assertValidKubernetesObject(Manifests.parseOne(yaml)),
                    yaml);
        }
        assertDoesNotThrow(() -> Manifests.assertValidKubernetesObject(Manifests.parseOne(
                "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec: {selector: {}, template: {spec: "
                        + "{containers: [{name: c, image: i, readinessProbe: {httpGet: {path: /q/health/ready, "
                        + "port: 8080}}}]}}}")));
    }

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
