package io.jenkins.plugins.perftracker.core.travis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

class TokenCheckTest {
    /** python3: hashlib.sha256(b'hl7-fhir/fhir-svn' + b'secret-travis-token').hexdigest() */
    private static final String EXPECTED = "f48041973ff4827b56a6143b9933f590fccd066a17360b78d60c097eb349abc0";

    @Test
    void shouldComputeSha256OfSlugAndToken() {
        assertThat(TokenCheck.expected("hl7-fhir/fhir-svn", "secret-travis-token")).isEqualTo(EXPECTED);
    }

    @Test
    void shouldMatchTheHeaderIgnoringHexCaseAndSurroundingSpace() {
        assertThat(TokenCheck.matches(EXPECTED, "hl7-fhir/fhir-svn", "secret-travis-token")).isTrue();
        assertThat(TokenCheck.matches(" " + EXPECTED.toUpperCase() + " ", "hl7-fhir/fhir-svn",
                "secret-travis-token")).isTrue();
    }

    @Test
    void shouldRefuseOtherSlugsTokensAndHeaders() {
        assertThat(TokenCheck.matches(EXPECTED, "hl7-fhir/other", "secret-travis-token")).isFalse();
        assertThat(TokenCheck.matches(EXPECTED, "hl7-fhir/fhir-svn", "another-token")).isFalse();
        assertThat(TokenCheck.matches(EXPECTED.substring(1), "hl7-fhir/fhir-svn", "secret-travis-token")).isFalse();
        assertThat(TokenCheck.matches(EXPECTED + "00", "hl7-fhir/fhir-svn", "secret-travis-token")).isFalse();
        assertThat(TokenCheck.matches(null, "hl7-fhir/fhir-svn", "secret-travis-token")).isFalse();
        assertThat(TokenCheck.matches(TokenCheck.expected("hl7-fhir/fhir-svn", ""), "hl7-fhir/fhir-svn", ""))
                .as("an empty token never matches").isFalse();
    }
}
