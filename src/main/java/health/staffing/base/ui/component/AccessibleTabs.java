package health.staffing.base.ui.component;

import com.vaadin.flow.component.tabs.TabSheet;

/**
 * Vaadin's tab strip keeps its scroll area focusable ({@code tabindex="-1"} on a div inside its
 * {@code role="tablist"}), which axe-core reports as a critical violation (aria-required-children):
 * a tablist may hold only tabs. The attribute only lets a script focus the scroll area; the tabs
 * stay reachable and switch with the arrow keys without it, so it is removed once the strip exists.
 */
public final class AccessibleTabs {

    private AccessibleTabs() {
    }

    public static TabSheet of(TabSheet sheet) {
        sheet.addAttachListener(attach -> sheet.getElement().executeJs("""
                customElements.whenDefined('vaadin-tabs').then(() => {
                  const tabs = this.querySelector('vaadin-tabs');
                  if (tabs) {
                    Promise.resolve(tabs.updateComplete).then(() => {
                      const scroller = tabs.shadowRoot && tabs.shadowRoot.querySelector('[part="tabs"]');
                      if (scroller) {
                        scroller.removeAttribute('tabindex');
                      }
                    });
                  }
                });"""));
        return sheet;
    }
}
