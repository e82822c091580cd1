package org.qadam.assignment.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import org.qadam.assignment.AssignmentSchedule.OwnerChoice;

/** A learner or team picked in the extension form, carried as "key|label"; the key is checked again on the server. */
@FacesConverter(forClass = OwnerChoice.class, managed = false)
public class OwnerChoiceConverter implements Converter<OwnerChoice> {

    @Override
    public OwnerChoice getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int bar = value.indexOf('|');
        return bar < 0 ? new OwnerChoice(value, value) : new OwnerChoice(value.substring(0, bar), value.substring(bar + 1));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, OwnerChoice value) {
        return value == null ? "" : value.key() + "|" + value.label();
    }
}
