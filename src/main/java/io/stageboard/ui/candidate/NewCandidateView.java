package io.stageboard.ui.candidate;

import io.stageboard.ui.board.BoardChoices.Choice;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The new-candidate form: fields bound to the view-model in a scrolling grid, and below it, always visible, the
 * Create button, what became of the last create, and the problems of the fields.
 */
public final class NewCandidateView extends BorderPane {

    private final NewCandidateViewModel model;
    private final GridPane grid = new GridPane();
    private int row;

    public NewCandidateView(NewCandidateViewModel model) {
        this.model = model;
        getStyleClass().add("new-candidate-view");
        grid.setHgap(10);
        grid.setVgap(6);
        grid.setPadding(new Insets(12));
        ColumnConstraints labels = new ColumnConstraints(130);
        ColumnConstraints fields = new ColumnConstraints(200, 420, 520);
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        // Posting and creator come first: the creator is required and follows the posting.
        field("Name *", "candidate-name", new TextField(), model.nameProperty());
        choice("Posting", "candidate-posting", model.postingChoices(), model.postingProperty());
        choice("Create as *", "candidate-perform-as", model.performAsChoices(), model.performAsProperty());
        Label why = new Label("Lever records every new candidate as created by a user: the posting's owner by"
                + " default, or its hiring manager, or you.");
        why.setWrapText(true);
        why.getStyleClass().add("text-muted");
        grid.add(why, 1, row++);
        choice("Stage", "candidate-stage", model.stageChoices(), model.stageProperty());
        choice("Origin", "candidate-origin", model.originChoices(), model.originProperty());
        field("Emails", "candidate-emails", area("one per line"), model.emailsProperty());
        field("Phones", "candidate-phones", area("one per line"), model.phonesProperty());
        field("Headline", "candidate-headline", new TextField(), model.headlineProperty());
        field("Location", "candidate-location", new TextField(), model.locationProperty());
        field("Links", "candidate-links", area("https://…, one per line"), model.linksProperty());
        field("Tags", "candidate-tags", area("one per line"), model.tagsProperty());
        field("Sources", "candidate-sources", area("one per line, e.g. LinkedIn"), model.sourcesProperty());

        Button create = new Button("Create candidate");
        create.setId("create-candidate");
        create.setDefaultButton(true);
        // A long result beside it must not squeeze the button to "…".
        create.setMinWidth(Region.USE_PREF_SIZE);
        create.disableProperty().bind(model.canCreateProperty().not());
        create.setOnAction(e -> model.create());
        Label result = new Label();
        result.setId("candidate-result");
        result.setWrapText(true);
        result.textProperty().bind(model.resultProperty());
        ListView<String> problems = new ListView<>(model.problems());
        problems.setId("candidate-problems");
        problems.setAccessibleText("Problems to fix before creating");
        problems.getStyleClass().add("validation-problems");
        problems.setPrefHeight(70);
        problems.setPlaceholder(new Label("Every field is fine."));
        Label title = new Label("Add a candidate to Lever");
        title.getStyleClass().add("title-3");
        // The résumé sits beside the fields, in the width they leave free, so the fields stay where they were.
        AttachmentsPane attachments = new AttachmentsPane(model.attachments());
        attachments.setPadding(new Insets(12));
        attachments.setPrefWidth(420);
        attachments.setMinWidth(320);
        Label filesTitle = new Label("Résumé and files");
        filesTitle.getStyleClass().add("title-4");
        attachments.getChildren().add(0, filesTitle);
        VBox content = new VBox(6, title, new HBox(12, grid, attachments));
        content.setPadding(new Insets(10));
        ScrollPane scroller = new ScrollPane(content);
        scroller.setFitToWidth(true);
        setCenter(scroller);
        HBox actions = new HBox(10, create, result);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox footer = new VBox(6, actions, problems);
        footer.setPadding(new Insets(10));
        footer.getStyleClass().add("form-footer");
        setBottom(footer);
        attachments.acceptDrops(this);
    }

    private static TextArea area(String prompt) {
        TextArea area = new TextArea();
        area.setPrefRowCount(2);
        area.setPromptText(prompt);
        return area;
    }

    private void field(String label, String id, TextInputControl input, StringProperty value) {
        input.setId(id);
        input.textProperty().bindBidirectional(value);
        add(label, input);
    }

    private void choice(String label, String id, ObservableList<Choice> items, ObjectProperty<Choice> value) {
        ComboBox<Choice> box = new ComboBox<>(items);
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().bindBidirectional(value);
        add(label, box);
    }

    private void add(String label, Node input) {
        Label text = new Label(label);
        text.setLabelFor(input);
        grid.add(text, 0, row);
        grid.add(input, 1, row++);
    }
}
