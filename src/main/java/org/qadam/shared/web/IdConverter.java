package org.qadam.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import org.qadam.shared.NotFoundException;

/**
 * An object's id in a page's address ({@code f:viewParam converter="qadam.id"}). An address whose id is not
 * a positive whole number names nothing, so it gets the "not found" page at once: a failed conversion of
 * Faces' own would skip the page's view action, which answers for a missing object, and render the page
 * with no object at all.
 */
@FacesConverter(value = "qadam.id", managed = false)
public class IdConverter implements Converter<Long> {

    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException notAnId) {
            // said below
        }
        throw new NotFoundException("error.notFound");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Long value) {
        return value == null ? "" : value.toString();
    }
}
