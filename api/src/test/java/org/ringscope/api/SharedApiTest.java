package org.ringscope.api;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** One {@link TestApi} for all tests of a class (each class gets its own store and server). */
abstract class SharedApiTest {
    @TempDir
    static Path dir;
    static TestApi api;

    @BeforeAll
    static void start() throws Exception {
        api = new TestApi(dir);
    }

    @AfterAll
    static void stop() {
        api.close();
    }
}
