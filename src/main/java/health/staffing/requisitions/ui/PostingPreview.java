package health.staffing.requisitions.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.markdown.Markdown;
import health.staffing.requisitions.PostingContent;
import health.staffing.requisitions.PostingFacts;
import health.staffing.requisitions.PostingRenderer;
import health.staffing.requisitions.PostingSanitiser;

/**
 * A posting as caregivers see it, rendered by Vaadin's Markdown component. Whatever it is given is
 * sanitised once more before it reaches the page.
 */
public class PostingPreview extends Composite<Div> {

    final Markdown markdown = new Markdown();

    public PostingPreview() {
        getContent().addClassName("posting-preview");
        getContent().getElement().setAttribute("aria-label", "Posting preview");
        getContent().add(markdown);
    }

    /** Renders a draft with the facts of its requisition. */
    public void show(PostingFacts facts, PostingContent content) {
        markdown.setContent(PostingRenderer.render(facts, content));
    }

    /** Shows a stored document (a published version). */
    public void show(String document) {
        markdown.setContent(PostingSanitiser.markdown(document));
    }

    /** The Markdown the page renders. */
    public String document() {
        return markdown.getContent();
    }
}
