/* atlas-window-search.c: searching every section at once: the search bar,
 * the results in place of the section's page, and leaving them for a
 * result
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-window"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-window-private.h"
#include "atlas-research-page.h"
#include "atlas-search-page.h"
#include "atlas-section-page.h"

/* Searching: the results replace the section's page while the search bar
 * is open and holds text; closing it (Esc) shows the section again */
void
_atlas_window_show_search_results (AtlasWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (self->profile == NULL || !gtk_search_bar_get_search_mode (self->search_bar) || text[0] == '\0')
    {
      _atlas_window_show_section (self);
      return;
    }

  if (self->search_page == NULL)
    {
      self->search_page = atlas_search_page_new (self->profile);
      /* Titled as the sections' pages are: screen readers name the page */
      gtk_stack_add_titled (self->stack, self->search_page, "search", _("Search"));
    }

  atlas_search_page_set_query (ATLAS_SEARCH_PAGE (self->search_page), text);
  gtk_stack_set_visible_child (self->stack, self->search_page);
  adw_window_title_set_title (self->section_title, _("Search"));
  adw_window_title_set_subtitle (self->section_title, atlas_profile_get_country_name (self->profile));
}

static void
search_changed_cb (AtlasWindow *self)
{
  _atlas_window_show_search_results (self);
}

static void
search_activate_cb (AtlasWindow *self)
{
  if (self->search_page != NULL &&
      gtk_stack_get_visible_child (self->stack) == self->search_page)
    atlas_search_page_activate_first (ATLAS_SEARCH_PAGE (self->search_page));
}

/* Down or Ctrl+G in the entry: to the results, and on with the arrows */
static void
search_next_match_cb (AtlasWindow *self)
{
  if (self->search_page != NULL &&
      gtk_stack_get_visible_child (self->stack) == self->search_page)
    atlas_search_page_focus_first (ATLAS_SEARCH_PAGE (self->search_page));
}

static gboolean
search_key_pressed_cb (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       AtlasWindow           *self)
{
  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down) ||
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;

  search_next_match_cb (self);
  return TRUE;
}

static void
search_mode_changed_cb (AtlasWindow *self)
{
  if (gtk_search_bar_get_search_mode (self->search_bar))
    {
      /* In a narrow window, the search bar is in the content pane */
      adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
      gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
    }

  _atlas_window_show_search_results (self);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Closes the search: a result was chosen */
void
_atlas_window_stop_search (AtlasWindow *self)
{
  if (gtk_search_bar_get_search_mode (self->search_bar))
    gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

static void
filter_research_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);

  _atlas_window_stop_search (self);
  atlas_window_set_section (self, ATLAS_SECTION_RESEARCH);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  atlas_research_page_set_filter (ATLAS_RESEARCH_PAGE (self->pages[ATLAS_SECTION_RESEARCH]),
                                  g_variant_get_string (parameter, NULL));
}

/**
 * atlas_window_search:
 * @text: what to look for
 *
 * Opens the search bar with @text and shows the results, as typing it
 * after Ctrl+F does.
 */
void
atlas_window_search (AtlasWindow *self,
                     const char  *text)
{
  g_return_if_fail (ATLAS_IS_WINDOW (self));
  g_return_if_fail (text != NULL);

  if (self->profile == NULL)
    return;

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  gtk_editable_set_position (GTK_EDITABLE (self->search_entry), -1);
  _atlas_window_show_search_results (self);
}

/**
 * atlas_window_get_search_text:
 *
 * Returns: (nullable): what the search bar holds while it is open
 */
const char *
atlas_window_get_search_text (AtlasWindow *self)
{
  g_return_val_if_fail (ATLAS_IS_WINDOW (self), NULL);

  if (!gtk_search_bar_get_search_mode (self->search_bar))
    return NULL;

  return gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
}

/* The search bar's callbacks, Ctrl+F, and the Overview's research links */
void
_atlas_window_search_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_mode_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_next_match_cb);

  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.filter-research", "s", filter_research_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
}


void
_atlas_window_search_init (AtlasWindow *self)
{
  /* Typing anywhere in the window searches */
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  {
    GtkEventController *keys = gtk_event_controller_key_new ();

    g_signal_connect (keys, "key-pressed", G_CALLBACK (search_key_pressed_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
  }
}
