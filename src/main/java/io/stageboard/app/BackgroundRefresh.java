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
     * Runs {@code tick} every {@code seconds} until another scene replaces {@code scene} on {@code stage}, then runs
     * {@code ended} once: another workspace's window on the same stage ends this one's refreshes and loads.
     */
    static void start(Stage stage, Scene scene, int seconds, Runnable tick, Runnable ended) {
        Timeline refresher = new Timeline(new KeyFrame(Duration.seconds(seconds), e -> tick.run()));
        refresher.setCycleCount(Animation.INDEFINITE);
        refresher.play();
        stage.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> o, Scene was, Scene now) {
                if (now != scene) {
                    refresher.stop();
                    ended.run();
                    stage.sceneProperty().removeListener(this);
                }
            }
        });
    }
}
