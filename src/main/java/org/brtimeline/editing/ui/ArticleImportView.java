package org.brtimeline.editing.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValueAndElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.brtimeline.base.DatePrecision;
import org.brtimeline.base.InvalidValueException;
import org.brtimeline.base.ui.DateFields;
import org.brtimeline.base.ui.LimitedUpload;
import org.brtimeline.corpus.ArticleBatchImport;
import org.brtimeline.source.Article;
import org.brtimeline.source.ArticleDetails;
import org.brtimeline.source.ArticleService;
import org.brtimeline.source.TextFiles;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Adds an article: paste the text or upload a .txt/.md file, and give its metadata. Every
 * problem is shown at once next to its field (the entity's rules, see {@link Article#problemsWith})
 * and nothing is stored until all is right; a value over its limit is refused, never cut.
 */
@Route("editor/articles/new")
@PageTitle("Add article · Belarus–Russia timeline")
@RolesAllowed({"EDITOR", "ADMIN"})
public class ArticleImportView extends VerticalLayout {

    final TextField title = new TextField("Title");
    final TextField publisher = new TextField("Publisher");
    final TextField url = new TextField("Original URL");
    final TextField language = new TextField("Language", "en");
    final DatePicker published = new DatePicker("Publication date");
    final ComboBox<DatePrecision> precision = new ComboBox<>("Date precision", DatePrecision.values());
    final TextField publishedNote = new TextField("How the date was established (if not printed)");
    final TextArea text = new TextArea("Text");
    final Upload upload = new Upload();
    final Button save = new Button("Add article");
    private final ArticleService articles;

    public ArticleImportView(
            ArticleService articles, ArticleBatchImport batch, SecurityContextHolderStrategy securityContexts) {
        this.articles = articles;
        language.setValue("en");
        precision.setValue(DatePrecision.DAY);
        DateFields.bounded(published);
        precision.setItemLabelGenerator(DatePrecision::code);
        title.setHelperText("At most " + Article.MAX_TITLE + " characters");
        publisher.setHelperText("At most " + Article.MAX_PUBLISHER + " characters");
        url.setHelperText("A web address starting with http:// or https:// (optional)");
        for (HasValueAndElement<?, ?> field :
                new HasValueAndElement<?, ?>[] {title, publisher, language, published, text}) {
            field.setRequiredIndicatorVisible(true);
        }
        text.setHelperText("Paste the article exactly as published, or upload a UTF-8 .txt or .md file (at most "
                + Article.MAX_TEXT / 1000 + " 000 characters). The text is never changed afterwards.");
        text.setWidthFull();
        text.setMinHeight("24em");
        text.setMaxHeight("60vh");
        upload.setAcceptedFileTypes(".txt", ".md", "text/plain", "text/markdown");
        LimitedUpload.limit(upload, batch.limits().maxEntryBytes(), this::fill, reason -> showError(text, reason));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        FormLayout form = new FormLayout(title, publisher, url, language, published, precision, publishedNote);
        add(
                new H2("Add an article"),
                form,
                upload,
                text,
                save,
                new Paragraph("Paragraphs are computed from the text: every non-blank line is one."),
                new ZipImportPanel(batch, securityContexts));
    }

    private void fill(byte[] bytes) {
        try {
            text.setValue(TextFiles.decode(bytes));
            text.setInvalid(false);
        } catch (IllegalArgumentException e) {
            showError(text, InvalidValueException.problemIn(e));
        }
    }

    private void save() {
        clearErrors();
        DatePrecision p = precision.getValue() == null ? DatePrecision.DAY : precision.getValue();
        var details = new ArticleDetails(
                articles.slugFor(title.getValue()),
                title.getValue(),
                publisher.getValue(),
                url.getValue(),
                language.getValue(),
                published.getValue() == null ? null : p.firstDayOfUnit(published.getValue()),
                p,
                publishedNote.getValue());
        Map<String, String> problems = new java.util.HashMap<>(Article.problemsWith(details, text.getValue()));
        // every problem at once: a text stored already is said beside the others, not only once they are mended
        if (!problems.containsKey("text") && articles.isStored(text.getValue())) {
            problems.put("text", ArticleService.ALREADY_STORED);
        }
        if (!problems.isEmpty()) {
            problems.forEach((field, problem) -> showError(fieldFor(field), problem));
            return;
        }
        try {
            Article added = articles.add(details, text.getValue());
            Notification.show(
                    "Added “" + added.title() + "” with " + added.passages().size() + " paragraphs");
            getUI().ifPresent(ui -> ui.navigate("editor/review/" + added.slug()));
        } catch (IllegalArgumentException e) {
            showFieldError(e);
        }
    }

    private void showFieldError(IllegalArgumentException e) {
        HasValidation field = e instanceof InvalidValueException invalid ? fieldFor(invalid.field()) : text;
        showError(field, InvalidValueException.problemIn(e));
    }

    private HasValidation fieldFor(String name) {
        Map<String, HasValidation> fields = Map.of(
                "title",
                title,
                "publisher",
                publisher,
                "url",
                url,
                "language",
                language,
                "published",
                published,
                "publishedNote",
                publishedNote,
                "text",
                text,
                "slug",
                title,
                "publishedPrecision",
                precision);
        return fields.getOrDefault(name, text);
    }

    private static void showError(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void clearErrors() {
        for (HasValidation field :
                new HasValidation[] {title, publisher, url, language, published, precision, publishedNote, text}) {
            field.setInvalid(false);
        }
    }
}
