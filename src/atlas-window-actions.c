/* atlas-window-actions.c: what the window does that is not a page: links
 * opened in the browser, the problems of a file, handouts (print, PDF),
 * presenting a section, and the shortcuts window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-window"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-window-private.h"
#include "atlas-handout.h"
#include "atlas-page.h"
#include "atlas-sections.h"
#include "atlas-presentation.h"
#include "atlas-problems-dialog.h"
#include "atlas-url.h"
#include "atlas-widgets.h"

static void
show_problems_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  GtkWidget *dialog;

  if (self->problems_intro == NULL)
    return;

  dialog = atlas_problems_dialog_new (GTK_WINDOW (self), self->problems_intro, self->problems_text);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_uri_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(AtlasWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (object), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_debug ("Could not open a link: %s", error->message);
      atlas_window_show_toast (self, _("The link could not be opened"));
    }
}

static void
open_url_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  const char *url = g_variant_get_string (parameter, NULL);

  /* Profiles come from anywhere: only web and e-mail addresses are
   * handed to the desktop, never file:, javascript: or the like. */
  if (!atlas_url_is_openable (url))
    {
      atlas_window_show_toast (self,
                               _("This address was not opened: only web and e-mail addresses are allowed"));
      return;
    }

  gtk_show_uri_full (GTK_WINDOW (self), url, GDK_CURRENT_TIME, NULL,
                     show_uri_cb, g_object_ref (self));
}

/* Handouts: the current section or the whole profile, printed or as a PDF */
static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);

  if (self->profile != NULL)
    atlas_handout_print (GTK_WINDOW (self), self->context, self->profile, self->section);
}

static void
export_pdf_response_cb (GtkNativeDialog *dialog,
                        int              response,
                        gpointer         user_data)
{
  g_autoptr(AtlasWindow) self = user_data;  /* kept while the dialog was open */
  int section = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "section"));

  if (response == GTK_RESPONSE_ACCEPT && self->profile != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);
      g_autofree char *name = g_file_get_basename (file);
      g_autoptr(GError) error = NULL;
      g_autofree char *message = NULL;

      if (path != NULL && atlas_handout_export_pdf (self->context, self->profile, section, path, &error) > 0)
        /* TRANSLATORS: a toast after a PDF was written: "Saved “be-legislation.pdf”" */
        message = g_strdup_printf (_("Saved “%s”"), name);
      else
        message = g_strdup_printf (_("Could not save “%s”: %s"), name,
                                   error != NULL ? error->message : _("not a local file"));
      atlas_window_show_toast (self, message);
    }

  g_object_unref (dialog);
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  gboolean whole = g_strcmp0 (g_variant_get_string (parameter, NULL), "profile") == 0;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *country = NULL;
  g_autofree char *name = NULL;
  GtkFileChooserNative *dialog;

  if (self->profile == NULL)
    return;

  country = g_ascii_strdown (atlas_profile_get_country_code (self->profile), -1);
  name = whole ? g_strdup_printf ("%s.pdf", country)
               : g_strdup_printf ("%s-%s.pdf", country, atlas_section_get_name (self->section));

  dialog = gtk_file_chooser_native_new (whole ? _("Export Profile as PDF") : _("Export Section as PDF"),
                                        GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_object_set_data (G_OBJECT (dialog), "section", GINT_TO_POINTER (whole ? -1 : (int) self->section));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (export_pdf_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* Presentation: what the page of the current section shows, full screen;
 * leaving it shows the item of the last slide in the section's page */
static gboolean
presentation_close_cb (AtlasPresentation *presentation,
                       AtlasWindow       *self)
{
  AtlasSlide *slide = atlas_presentation_get_slide (presentation);

  if (slide != NULL && self->profile != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-item", "(ss)",
                                atlas_section_get_name (atlas_slide_get_section (slide)),
                                atlas_slide_get_item_id (slide));

  gtk_window_present (GTK_WINDOW (self));
  return FALSE;
}

/* Presents @section as its page shows it (its filter, its order), from
 * the slide of @item_id if there is one, else from the first */
static void
present_section (AtlasWindow  *self,
                 AtlasSection  section,
                 const char   *item_id)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  GtkWidget *page = self->pages[section];
  GListModel *items = ATLAS_IS_PAGE (page) ? atlas_page_get_shown_items (ATLAS_PAGE (page)) : NULL;
  AtlasPresentation *presentation;

  if (self->profile == NULL)
    return;

  presentation = atlas_presentation_new_for_items (application, self->context, self->profile, section, items);
  if (item_id != NULL)
    atlas_presentation_show_item (presentation, item_id);
  g_signal_connect_object (presentation, "close-request", G_CALLBACK (presentation_close_cb), self, 0);
  atlas_presentation_start (presentation, GTK_WINDOW (self));
}

/* win.present (F5): from the first item the page shows */
static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);

  present_section (self, self->section, NULL);
}

/* win.present-here (Shift+F5): from the item the reader is at, the one
 * with the keyboard focus, else the first in view */
static void
present_here_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  GtkWidget *page = self->pages[self->section];
  const char *item_id = NULL;

  if (ATLAS_IS_PAGE (page))
    {
      item_id = atlas_page_get_item (ATLAS_PAGE (page));
      if (item_id == NULL)
        item_id = atlas_page_get_item_at_top (ATLAS_PAGE (page));
    }

  present_section (self, self->section, item_id);
}

/* win.present-item(section, id): a section from one item, as a chart
 * card's "full screen" button does */
static void
present_item_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  const char *item_id;
  AtlasSection section;

  if (!_atlas_window_parse_item_target (parameter, &section, &item_id))
    return;

  present_section (self, section, item_id);
}

/* win.show-help-overlay: the shortcuts window, built the first time it is
 * asked for. GtkApplication would build it from gtk/help-overlay.ui with
 * every window, which took 3% of start-up for a window most classes never
 * open. */
/* GTK 4.8 names the controls it builds inside a shortcuts window after
 * their types ("GtkSearchEntry", "GtkMenuButton", and "GtkImage" for the
 * search button) */
static void
name_shortcuts_controls (GtkWidget *widget)
{
  if (GTK_IS_SEARCH_ENTRY (widget))
    atlas_widget_set_accessible_name (widget, _("Search Shortcuts"));
  else if (GTK_IS_MENU_BUTTON (widget))
    {
      atlas_widget_set_accessible_name (widget, _("Shortcut Sections"));
      atlas_widget_name_inner_button (widget);
      return;
    }
  else if (GTK_IS_TOGGLE_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) == NULL)
    atlas_widget_set_accessible_name (widget, _("Search Shortcuts"));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    name_shortcuts_controls (child);
}

static void
show_help_overlay_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (user_data);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource (RESOURCE_BASE "/ui/atlas-shortcuts-window.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      name_shortcuts_controls (GTK_WIDGET (overlay));
      /* Modal, hidden on close, transient for this window; the action
       * stays this one, as the map already has it */
      gtk_application_window_set_help_overlay (window, overlay);
    }

  gtk_window_present (GTK_WINDOW (overlay));
}

/* Links, the problems of a file, handouts (Ctrl+P) and presenting (F5) */
void
_atlas_window_actions_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open-url", "s", open_url_action);
  gtk_widget_class_install_action (widget_class, "win.show-problems", NULL, show_problems_action);
  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "win.present-here", NULL, present_here_action);
  gtk_widget_class_install_action (widget_class, "win.present-item", "(ss)", present_item_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", "s", export_pdf_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.present", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, GDK_SHIFT_MASK, "win.present-here", NULL);
}

/* win.show-help-overlay, an action of the window's action map, as
 * GtkApplicationWindow expects */
void
_atlas_window_actions_init (AtlasWindow *self)
{
  {
    g_autoptr(GSimpleAction) help = g_simple_action_new ("show-help-overlay", NULL);

    g_signal_connect (help, "activate", G_CALLBACK (show_help_overlay_cb), self);
    g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (help));
  }
}
