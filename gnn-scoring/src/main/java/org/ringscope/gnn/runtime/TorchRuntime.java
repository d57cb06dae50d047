package org.ringscope.gnn.runtime;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;

/**
 * The one door to DJL's PyTorch engine. Switches DJL to offline mode before the engine is first touched, so that
 * production code uses the native libraries shipped as Maven jars and never tries to download any.
 */
public final class TorchRuntime {

    public static final String ENGINE = "PyTorch";
    private static final String OFFLINE_PROPERTY = "ai.djl.offline";

    private TorchRuntime() {
    }

    /** Sets ai.djl.offline=true unless the caller set it explicitly (a deliberate false is respected). */
    public static void ensureOffline() {
        if (System.getProperty(OFFLINE_PROPERTY) == null) {
            System.setProperty(OFFLINE_PROPERTY, "true");
        }
    }

    public static Engine engine() {
        ensureOffline();
        return Engine.getEngine(ENGINE);
    }

    public static NDManager newManager() {
        return engine().newBaseManager();
    }
}
