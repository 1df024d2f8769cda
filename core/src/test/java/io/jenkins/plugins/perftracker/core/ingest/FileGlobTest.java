package io.jenkins.plugins.perftracker.core.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.*;

class FileGlobTest {
    @TempDir
    Path temp;

    @Test
    void shouldMatchFilesAtAnyDepthInsideTheWorkspace() throws IOException {
        Path workspace = Files.createDirectories(temp.resolve("ws"));
        Files.createDirectories(workspace.resolve("a/b"));
        Files.writeString(workspace.resolve("a/b/r.json"), "{}");
        Files.writeString(workspace.resolve("top.json"), "{}");

        assertThat(new FileGlob("**/*.json").expand(workspace)).containsExactly(workspace.resolve("a/b/r.json"),
                workspace.resolve("top.json"));
        assertThat(new FileGlob("a/b/r.json, nothing.json").expand(workspace))
                .containsExactly(workspace.resolve("a/b/r.json"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../x", "../secret.json", "a/../../b/*.json", "/etc/passwd", "\\\\server\\share\\x",
            "C:\\Windows\\x.json", "c:/x", "~/x.json", "ok.json, ../x"})
    void shouldRefusePatternsThatLeaveTheWorkspace(final String pattern) {
        assertThatThrownBy(() -> new FileGlob(pattern)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("leaves the workspace")
                .hasMessageContaining("may not be absolute or contain '..'");
    }

    @Test
    void shouldRefuseAMatchThatASymbolicLinkTakesOutside() throws IOException {
        Path workspace = Files.createDirectories(temp.resolve("ws"));
        Path outside = Files.writeString(temp.resolve("secret.json"), "{}");
        Files.createSymbolicLink(workspace.resolve("link.json"), outside);

        assertThatThrownBy(() -> new FileGlob("*.json").expand(workspace)).isInstanceOf(IOException.class)
                .hasMessageContaining("'link.json' leads outside the workspace");
        assertThatThrownBy(() -> new FileGlob("link.json").expand(workspace)).isInstanceOf(IOException.class);
    }

    @Test
    void shouldQuoteOnlyAShortEscapedExcerptOfAPattern() {
        String hostile = "../" + "x".repeat(5000) + "\u0000\u001b[31m";

        assertThatThrownBy(() -> new FileGlob(hostile)).satisfies(e -> {
            assertThat(e.getMessage()).hasSizeLessThan(300).doesNotContain("\u0000");
        });
    }
}
