package io.stageboard.app;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

/** Asks Lever for what changed every few seconds while a window's scene is showing. */
final class BackgroundRefresh {

    private BackgroundRefresh() {}

    /**
     * Runs {@code tick} every {@code seconds} until another scene replaces {@code scene} on {@code stage} or the stage
     * hides, then runs {@code ended} once: another workspace's window on the same stage ends this one's refreshes
     * and loads, and a hidden window asks nothing more (its executor may already be shut down).
     */
    static void start(Stage stage, Scene scene, int seconds, Runnable tick, Runnable ended) {
        Timeline refresher = new Timeline(new KeyFrame(Duration.seconds(seconds), e -> tick.run()));
        refresher.setCycleCount(Animation.INDEFINITE);
        refresher.play();
        ChangeListener<Object> end = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<?> o, Object was, Object now) {
                if (stage.getScene() != scene || !stage.isShowing()) {
                    refresher.stop();
                    ended.run();
                    stage.sceneProperty().removeListener(this);
                    stage.showingProperty().removeListener(this);
                }
            }
        };
        stage.sceneProperty().addListener(end);
        stage.showingProperty().addListener(end);
    }
}
