/* atlas-window-library.c: the window's side of the profile library: the
 * switcher, which shows the context's AtlasLibrary (atlas-library.c);
 * opening a profile (switcher, dialog, drop, command line, D-Bus) off the
 * main thread, and what is wrong with one that fails
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-window"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-window-private.h"
#include "atlas-problem.h"
#include "atlas-problems-dialog.h"
#include "atlas-profile-entry.h"
#include "atlas-url.h"
#include "atlas-widgets.h"

/* The first kinds of problems of a file that could not be opened, for
 * the details dialog */
#define SHOWN_PROBLEMS 10

/* What the problems dialog shows: one plain sentence first (the kind of
 * refusal), then the file and its problems, each kind once */
static void
set_problems (AtlasWindow  *self,
              const char   *file_name,
              GPtrArray    *problems,
              const GError *error)
{
  GString *text = g_string_new (NULL);
  g_autofree char *details = NULL;

  g_free (self->problems_intro);
  self->problems_intro = g_strdup (atlas_problems_dialog_describe (atlas_problems_get_refusal (error, problems)));

  /* TRANSLATORS: above the list of what is wrong with a file that could not be opened */
  g_string_append_printf (text, _("What is wrong with “%s”:"), file_name);
  g_string_append_c (text, '\n');
  details = problems != NULL && problems->len > 0 ? atlas_problems_format (problems, SHOWN_PROBLEMS)
                                                  : g_strdup (error->message);
  g_string_append (text, details);

  g_free (self->problems_text);
  self->problems_text = g_string_free (text, FALSE);
}

static AtlasLibrary *
get_library (AtlasWindow *self)
{
  return atlas_context_get_library (self->context);
}

/* The switcher shows the profile on screen */
void
_atlas_window_sync_dropdown (AtlasWindow *self)
{
  guint position = GTK_INVALID_LIST_POSITION;

  atlas_library_find (get_library (self), self->profile_uri, &position);
  self->syncing_dropdown = TRUE;
  gtk_drop_down_set_selected (self->profile_dropdown, position);
  self->syncing_dropdown = FALSE;
}

/* A profile loaded from @uri goes on screen */
static void
show_loaded_profile (AtlasWindow  *self,
                     const char   *uri,
                     AtlasProfile *profile)
{
  atlas_window_set_profile (self, profile);

  g_free (self->profile_uri);
  self->profile_uri = g_strdup (uri);
  atlas_library_add (get_library (self), uri, profile);
  _atlas_window_sync_dropdown (self);
  atlas_library_remember (get_library (self), uri);
}

static void
profile_selected_cb (AtlasWindow *self)
{
  AtlasProfileEntry *entry;

  if (self->syncing_dropdown)
    return;

  entry = gtk_drop_down_get_selected_item (self->profile_dropdown);
  if (entry == NULL || g_strcmp0 (atlas_profile_entry_get_uri (entry), self->profile_uri) == 0)
    return;

  atlas_window_open_uri (self, atlas_profile_entry_get_uri (entry));
}

/* "BE · Belgium · 2016" */
static void
setup_entry_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_entry_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item)
{
  AtlasProfileEntry *entry = gtk_list_item_get_item (list_item);
  g_autofree char *text = g_strdup_printf ("%s · %s · %d",
                                           atlas_profile_entry_get_country_code (entry),
                                           atlas_profile_entry_get_country_name (entry),
                                           atlas_profile_entry_get_edition_year (entry));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)), text);
}

/**
 * atlas_window_show_profile:
 * @uri: (nullable): where @profile comes from, for the switcher
 *
 * Shows a profile that is loaded already.
 */
void
atlas_window_show_profile (AtlasWindow  *self,
                           const char   *uri,
                           AtlasProfile *profile)
{
  g_return_if_fail (ATLAS_IS_WINDOW (self));
  g_return_if_fail (ATLAS_IS_PROFILE (profile));

  if (uri != NULL)
    show_loaded_profile (self, uri, profile);
  else
    atlas_window_set_profile (self, profile);
}

/**
 * atlas_window_get_profile_uri:
 *
 * Returns: (nullable): where the profile shown comes from, if known
 */
const char *
atlas_window_get_profile_uri (AtlasWindow *self)
{
  g_return_val_if_fail (ATLAS_IS_WINDOW (self), NULL);

  return self->profile_uri;
}

/**
 * atlas_window_open_uri:
 * @uri: a resource:// address of a shipped profile, or a file's address
 *
 * Opens a profile by its address, as the switcher does.
 */
void
atlas_window_open_uri (AtlasWindow *self,
                       const char  *uri)
{
  g_return_if_fail (ATLAS_IS_WINDOW (self));
  g_return_if_fail (uri != NULL);

  if (g_str_has_prefix (uri, "resource://"))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(AtlasProfile) profile = atlas_profile_new_from_uri (uri, NULL, &error);

      if (profile == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("The shipped profile could not be loaded: %s"),
                                                      error->message);
          atlas_window_show_toast (self, message);
          _atlas_window_sync_dropdown (self);
          return;
        }

      /* A file still loading would replace it */
      if (self->loading != NULL)
        g_cancellable_cancel (self->loading);
      _atlas_window_finish_restoring (self, FALSE);

      show_loaded_profile (self, uri, profile);
      return;
    }

  {
    g_autoptr(GFile) file = g_file_new_for_uri (uri);
    atlas_window_open_file (self, file);
  }
}

static void
open_file_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(AtlasWindow) self = user_data;
  g_autoptr(AtlasProfileLoad) load = atlas_profile_load_file_finish (result);
  AtlasProfile *profile = load->profile;
  GPtrArray *problems = load->problems;
  GError *error = load->error;
  GFile *file = load->file;
  g_autofree char *name = g_file_get_basename (file);

  /* Closed, or another file was opened meanwhile */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->loading);
  gtk_spinner_stop (self->loading_spinner);
  gtk_widget_set_visible (GTK_WIDGET (self->loading_spinner), FALSE);

  if (profile == NULL)
    {
      g_autofree char *message = NULL;
      g_autofree char *escaped = NULL;
      AdwToast *toast;

      _atlas_window_finish_restoring (self, FALSE);
      set_problems (self, name, problems, error);
      _atlas_window_sync_dropdown (self);

      /* TRANSLATORS: a toast; the profile shown before stays open */
      message = g_strdup_printf (_("“%s” could not be opened"), name);
      escaped = g_markup_escape_text (message, -1);
      toast = adw_toast_new (escaped);
      adw_toast_set_button_label (toast, _("_Details"));
      adw_toast_set_action_name (toast, "win.show-problems");
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      return;
    }

  {
    g_autofree char *uri = g_file_get_uri (file);
    show_loaded_profile (self, uri, profile);
  }
  _atlas_window_finish_restoring (self, TRUE);

  if (atlas_profile_get_format_version (profile) > ATLAS_PROFILE_FORMAT_VERSION)
    atlas_window_show_toast (self,
                             _("This profile was written for a newer version of Online Safety Atlas: "
                               "what this version does not know is not shown"));
  else
    {
      /* TRANSLATORS: after opening a file: "Opened Belgium (be.json)" */
      g_autofree char *message = g_strdup_printf (_("Opened %s (%s)"),
                                                  atlas_profile_get_country_name (profile), name);
      atlas_window_show_toast (self, message);
    }
}

/**
 * atlas_window_open_file:
 *
 * Opens a profile file without blocking the window. The profile shown
 * stays until the new one has loaded; a file that cannot be opened leaves
 * it open and says why.
 */
void
atlas_window_open_file (AtlasWindow *self,
                        GFile       *file)
{
  g_return_if_fail (ATLAS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  /* One file at a time: the last one asked for wins, over a state being
   * restored too */
  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  _atlas_window_finish_restoring (self, FALSE);
  g_set_object (&self->loading, g_cancellable_new ());

  gtk_widget_set_visible (GTK_WIDGET (self->loading_spinner), TRUE);
  gtk_spinner_start (self->loading_spinner);

  atlas_profile_load_file_async (file, self->loading, open_file_cb, g_object_ref (self));
}

/**
 * atlas_window_is_loading:
 *
 * Returns: whether a profile file is being opened
 */
gboolean
atlas_window_is_loading (AtlasWindow *self)
{
  g_return_val_if_fail (ATLAS_IS_WINDOW (self), FALSE);

  return self->loading != NULL;
}

static void
open_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  gpointer         user_data)
{
  g_autoptr(AtlasWindow) self = user_data;  /* kept alive while the dialog was open */

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      atlas_window_open_file (self, file);
    }

  g_object_unref (dialog);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  g_autoptr(GtkFileFilter) profiles = gtk_file_filter_new ();
  GtkFileChooserNative *dialog;

  /* Through the portal in a sandbox: the app needs no access to files */
  dialog = gtk_file_chooser_native_new (_("Open Profile"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (profiles, _("Profiles"));
  gtk_file_filter_add_mime_type (profiles, "application/x-atlas-profile+json");
  gtk_file_filter_add_mime_type (profiles, "application/json");
  gtk_file_filter_add_pattern (profiles, "*.json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), profiles);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (open_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         gpointer       user_data)
{
  AtlasWindow *self = user_data;

  if (!G_VALUE_HOLDS (value, G_TYPE_FILE))
    return FALSE;

  atlas_window_open_file (self, g_value_get_object (value));
  return TRUE;
}

/* The switcher, and opening files (Ctrl+O) */
void
_atlas_window_library_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, profile_selected_cb);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
}

/* The library changes under the switcher (a window opens a file, a file
 * of the user's folder is read): the switcher's own selection follows,
 * which is not the reader choosing a profile. The first handler runs
 * before the switcher's (it is connected before the switcher's model is
 * set), the second after every other. */
static void
library_changing_cb (AtlasWindow *self)
{
  self->syncing_dropdown = TRUE;
}

static void
library_changed_cb (AtlasWindow *self)
{
  _atlas_window_sync_dropdown (self);
}

/* The switcher's rows, on the context's library */
void
_atlas_window_library_constructed (AtlasWindow *self)
{
  AtlasLibrary *library = get_library (self);
  GtkListItemFactory *factory;

  g_signal_connect_swapped (library, "items-changed", G_CALLBACK (library_changing_cb), self);
  g_signal_connect_data (library, "items-changed", G_CALLBACK (library_changed_cb), self,
                         NULL, G_CONNECT_SWAPPED | G_CONNECT_AFTER);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_entry_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_entry_cb), NULL);
  self->syncing_dropdown = TRUE;
  gtk_drop_down_set_factory (self->profile_dropdown, factory);
  gtk_drop_down_set_model (self->profile_dropdown, G_LIST_MODEL (library));
  g_object_unref (factory);
  _atlas_window_sync_dropdown (self);
}

/* Files dropped on the window */
void
_atlas_window_library_init (AtlasWindow *self)
{
  {
    /* A profile file dropped on the window opens */
    GtkDropTarget *target = gtk_drop_target_new (G_TYPE_FILE, GDK_ACTION_COPY);

    g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
  }
}
