/* atlas-window.c: the main window, a sidebar of sections and their pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "atlas-handout.h"
#include "atlas-overview-page.h"
#include "atlas-presentation.h"
#include "atlas-problems-dialog.h"
#include "atlas-problem.h"
#include "atlas-profile-entry.h"
#include "atlas-research-page.h"
#include "atlas-search-page.h"
#include "atlas-section-page.h"
#include "atlas-sections.h"
#include "atlas-settings.h"
#include "atlas-url.h"
#include "atlas-widgets.h"
#include "atlas-window.h"

struct _AtlasWindow
{
  AdwApplicationWindow parent_instance;

  /* template widgets */
  AdwToastOverlay *toast_overlay;
  AdwLeaflet      *leaflet;
  AdwWindowTitle  *country_title;
  GtkListBox      *sidebar;
  AdwWindowTitle  *section_title;
  GtkStack        *stack;
  GtkSpinner      *loading_spinner;
  GtkDropDown     *profile_dropdown;
  GtkSearchBar    *search_bar;
  GtkSearchEntry  *search_entry;
  GtkMenuButton   *sidebar_menu_button;
  GtkMenuButton   *content_menu_button;
  GtkWidget       *present_button;
  GMenuModel      *primary_menu;

  /* owned references */
  AtlasProfile    *profile;
  GSettings       *settings;  /* nullable */
  GCancellable    *loading;   /* the profile being opened, if any */
  GCancellable    *library;   /* profiles being read for the switcher */
  GListStore      *entries;   /* AtlasProfileEntry: the switcher's list */
  char            *profile_uri;  /* where the profile shown comes from, if known */
  gboolean         syncing_dropdown;
  char            *problems_intro;
  char            *problems_text;

  /* the pages, created the first time they are shown */
  GtkWidget       *pages[ATLAS_N_SECTIONS];
  GtkListBoxRow   *rows[ATLAS_N_SECTIONS];
  AtlasSection     section;
  GtkWidget       *search_page;  /* the results of a search, when searched */

  double           zoom;
  GtkCssProvider  *zoom_provider;
  GtkWidget       *zoom_labels[2];  /* "100%" in each main menu */

  /* a scroll position being restored, while the page takes its size */
  GtkAdjustment   *scroll_adjustment;
  double           scroll_target;   /* 0 top, 1 bottom */
  gboolean         scroll_applying;
};

G_DEFINE_FINAL_TYPE (AtlasWindow, atlas_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_PROFILE,
  PROP_SECTION,
  PROP_ZOOM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void show_search_results (AtlasWindow *self);
static void stop_search         (AtlasWindow *self);
static void stop_restoring_scroll (AtlasWindow *self);

static GtkWidget *
create_page (AtlasWindow  *self,
             AtlasSection  section)
{
  switch (section)
    {
    case ATLAS_SECTION_OVERVIEW:
      return atlas_overview_page_new (self->profile);
    case ATLAS_SECTION_RESEARCH:
      return atlas_research_page_new (self->profile);
    case ATLAS_SECTION_EDUCATION:
    case ATLAS_SECTION_LAW_ENFORCEMENT:
    case ATLAS_SECTION_ORGANIZATIONS:
    case ATLAS_SECTION_LEGISLATION:
    case ATLAS_SECTION_TIMELINE:
    default:
      return atlas_section_page_new (self->profile, section);
    }
}

static void
ensure_page (AtlasWindow  *self,
             AtlasSection  section)
{
  if (self->pages[section] != NULL || self->profile == NULL)
    return;

  self->pages[section] = create_page (self, section);
  gtk_stack_add_titled (self->stack, self->pages[section],
                        atlas_section_get_name (section),
                        atlas_section_get_title (section));
}

static void
clear_pages (AtlasWindow *self)
{
  for (guint i = 0; i < ATLAS_N_SECTIONS; i++)
    {
      if (self->pages[i] == NULL)
        continue;

      gtk_stack_remove (self->stack, self->pages[i]);
      self->pages[i] = NULL;
    }

  if (self->search_page != NULL)
    {
      gtk_stack_remove (self->stack, self->search_page);
      self->search_page = NULL;
    }
}

/* The sidebar is one stop for Tab, on the section shown; the arrow keys
 * move from section to section. GTK 4.8 makes each row of a list a stop
 * and selects a row that Tab reaches, so Tab from the sidebar to the page
 * went through every section and left the Timeline shown. When the
 * arrow keys select another row, the focus goes with it. */
static void
make_sidebar_one_stop (AtlasWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  gboolean in_sidebar = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->sidebar));

  for (guint i = 0; i < ATLAS_N_SECTIONS; i++)
    gtk_widget_set_focusable (GTK_WIDGET (self->rows[i]), i == self->section);

  if (in_sidebar)
    gtk_widget_grab_focus (GTK_WIDGET (self->rows[self->section]));
}

/* Shows the page of the current section, and marks it in the sidebar */
static void
show_section (AtlasWindow *self)
{
  AtlasSection section = self->section;

  stop_restoring_scroll (self);
  ensure_page (self, section);
  if (self->pages[section] != NULL)
    gtk_stack_set_visible_child (self->stack, self->pages[section]);

  adw_window_title_set_title (self->section_title, atlas_section_get_title (section));
  adw_window_title_set_subtitle (self->section_title, NULL);

  if (gtk_list_box_get_selected_row (self->sidebar) != self->rows[section])
    gtk_list_box_select_row (self->sidebar, self->rows[section]);
  make_sidebar_one_stop (self);
}

static void
sidebar_row_selected_cb (AtlasWindow   *self,
                         GtkListBoxRow *row)
{
  if (row == NULL)
    return;

  atlas_window_set_section (self, gtk_list_box_row_get_index (row));
}

static void
sidebar_row_activated_cb (AtlasWindow   *self,
                          GtkListBoxRow *row)
{
  atlas_window_set_section (self, gtk_list_box_row_get_index (row));
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (GTK_WIDGET (self->rows[self->section]));
}

static void
show_section_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);
  AtlasSection section;

  if (!atlas_section_from_name (name, &section))
    {
      g_warning ("No section named “%s”", name);
      return;
    }

  atlas_window_set_section (self, section);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
show_item_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  const char *name, *id;
  AtlasSection section;

  g_variant_get (parameter, "(&s&s)", &name, &id);
  if (!atlas_section_from_name (name, &section))
    {
      g_warning ("No section named “%s”", name);
      return;
    }

  atlas_window_set_section (self, section);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);

  if (ATLAS_IS_SECTION_PAGE (self->pages[section]))
    atlas_section_page_focus_item (ATLAS_SECTION_PAGE (self->pages[section]), id);
  else if (ATLAS_IS_RESEARCH_PAGE (self->pages[section]))
    atlas_research_page_focus_item (ATLAS_RESEARCH_PAGE (self->pages[section]), id);
  else if (ATLAS_IS_OVERVIEW_PAGE (self->pages[section]))
    atlas_overview_page_focus_item (ATLAS_OVERVIEW_PAGE (self->pages[section]), id);
}

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

/* The first problems of a file that could not be opened, for the details
 * dialog */
#define SHOWN_PROBLEMS 10

static void
set_problems (AtlasWindow  *self,
              const char   *file_name,
              GPtrArray    *problems,
              const GError *error)
{
  GString *text = g_string_new (NULL);

  g_free (self->problems_intro);
  /* TRANSLATORS: the first line of the dialog that lists what is wrong with a file */
  self->problems_intro = g_strdup_printf (_("“%s” is not a profile Atlas can open. What is wrong with it:"), file_name);

  if (problems == NULL || problems->len == 0)
    g_string_append (text, error->message);

  for (guint i = 0; problems != NULL && i < MIN (problems->len, SHOWN_PROBLEMS); i++)
    {
      g_autofree char *line = atlas_problem_to_string (g_ptr_array_index (problems, i));

      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, line);
    }

  if (problems != NULL && problems->len > SHOWN_PROBLEMS)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text,
                              ngettext ("and %u more problem", "and %u more problems",
                                        problems->len - SHOWN_PROBLEMS),
                              problems->len - SHOWN_PROBLEMS);
    }

  g_free (self->problems_text);
  self->problems_text = g_string_free (text, FALSE);
}

#define MAX_RECENT_PROFILES 10

static guint
find_entry (AtlasWindow *self,
            const char  *uri)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->entries)); i++)
    {
      g_autoptr(AtlasProfileEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->entries), i);

      if (g_strcmp0 (atlas_profile_entry_get_uri (entry), uri) == 0)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static void
add_entry (AtlasWindow  *self,
           const char   *uri,
           AtlasProfile *profile)
{
  g_autoptr(AtlasProfileEntry) entry = NULL;

  if (find_entry (self, uri) != GTK_INVALID_LIST_POSITION)
    return;

  entry = atlas_profile_entry_new (uri, profile);
  self->syncing_dropdown = TRUE;
  g_list_store_append (self->entries, entry);
  self->syncing_dropdown = FALSE;
}

/* The switcher shows the profile on screen */
static void
sync_dropdown (AtlasWindow *self)
{
  guint position = self->profile_uri != NULL ? find_entry (self, self->profile_uri)
                                             : GTK_INVALID_LIST_POSITION;

  self->syncing_dropdown = TRUE;
  gtk_drop_down_set_selected (self->profile_dropdown, position);
  self->syncing_dropdown = FALSE;
}

static void
remember_profile (AtlasWindow *self,
                  const char  *uri)
{
  g_auto(GStrv) recent = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) updated = NULL;
  guint n = 1;

  if (self->settings == NULL)
    return;

  g_settings_set_string (self->settings, "last-profile", uri);

  if (!g_str_has_prefix (uri, "file:"))
    return;

  /* Newest first, each once */
  recent = g_settings_get_strv (self->settings, "recent-profiles");
  builder = g_strv_builder_new ();
  g_strv_builder_add (builder, uri);
  for (guint i = 0; recent[i] != NULL && n < MAX_RECENT_PROFILES; i++)
    if (g_strcmp0 (recent[i], uri) != 0)
      {
        g_strv_builder_add (builder, recent[i]);
        n++;
      }
  updated = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-profiles", (const char * const *) updated);
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
  add_entry (self, uri, profile);
  sync_dropdown (self);
  remember_profile (self, uri);
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

static void
library_file_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(AtlasWindow) self = user_data;
  g_autoptr(AtlasProfileLoad) load = atlas_profile_load_file_finish (result);
  AtlasProfile *profile = load->profile;
  GError *error = load->error;
  g_autofree char *uri = g_file_get_uri (load->file);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* A broken or vanished file is left out of the list, not reported:
   * nobody asked to open it now */
  if (profile == NULL)
    {
      g_debug ("Not listing %s: %s", uri, error->message);
      return;
    }

  add_entry (self, uri, profile);
  sync_dropdown (self);
}

static void
add_library_file (AtlasWindow *self,
                  GFile       *file)
{
  atlas_profile_load_file_async (file, self->library, library_file_cb, g_object_ref (self));
}

/**
 * atlas_window_load_library:
 * @first_profile: (out) (optional) (transfer full): the first shipped
 *   profile, as it was read for the switcher, so that it need not be
 *   read again to be shown
 *
 * Lists the profiles the switcher offers: those shipped with the app (read
 * now), those in $XDG_DATA_HOME/online-safety-atlas/profiles/ and the
 * files opened lately (read in the background).
 *
 * Returns: (transfer full) (nullable): the address of the first shipped
 *   profile
 */
char *
atlas_window_load_library (AtlasWindow   *self,
                           AtlasProfile **first_profile)
{
  g_auto(GStrv) shipped = NULL;
  g_autofree char *first = NULL;
  g_autofree char *dir_path = NULL;
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GFileEnumerator) enumerator = NULL;

  g_return_val_if_fail (ATLAS_IS_WINDOW (self), NULL);

  if (first_profile != NULL)
    *first_profile = NULL;

  shipped = atlas_profile_list_resources (RESOURCE_BASE "/profiles/");
  for (guint i = 0; shipped[i] != NULL; i++)
    {
      g_autoptr(AtlasProfile) profile = NULL;
      g_autoptr(GError) error = NULL;

      profile = atlas_profile_new_from_uri (shipped[i], NULL, &error);
      if (profile == NULL)
        {
          g_warning ("The shipped profile %s is broken: %s", shipped[i], error->message);
          continue;
        }

      add_entry (self, shipped[i], profile);
      if (first == NULL)
        {
          first = g_strdup (shipped[i]);
          if (first_profile != NULL)
            *first_profile = g_steal_pointer (&profile);
        }
    }

  dir_path = g_build_filename (g_get_user_data_dir (), "online-safety-atlas", "profiles", NULL);
  dir = g_file_new_for_path (dir_path);
  enumerator = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                          G_FILE_QUERY_INFO_NONE, NULL, NULL);
  while (enumerator != NULL)
    {
      GFileInfo *info = NULL;
      GFile *child = NULL;

      if (!g_file_enumerator_iterate (enumerator, &info, &child, NULL, NULL) || info == NULL)
        break;
      if (g_str_has_suffix (g_file_info_get_name (info), ".json"))
        add_library_file (self, child);
    }

  if (self->settings != NULL)
    {
      g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-profiles");

      for (guint i = 0; recent[i] != NULL; i++)
        {
          g_autoptr(GFile) file = g_file_new_for_uri (recent[i]);
          add_library_file (self, file);
        }
    }

  return g_steal_pointer (&first);
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
          sync_dropdown (self);
          return;
        }

      /* A file still loading would replace it */
      if (self->loading != NULL)
        g_cancellable_cancel (self->loading);

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

      set_problems (self, name, problems, error);
      sync_dropdown (self);

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

  /* One file at a time: the last one asked for wins */
  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
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

static GtkListBoxRow *
create_sidebar_row (AtlasSection section)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *image = gtk_image_new_from_icon_name (atlas_section_get_icon_name (section));
  GtkWidget *label = gtk_label_new (atlas_section_get_title (section));

  gtk_accessible_update_property (GTK_ACCESSIBLE (image),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, "",
                                  -1);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  /* Wrap only when the sidebar is too narrow, not to the widest word */
  gtk_label_set_natural_wrap_mode (GTK_LABEL (label), GTK_NATURAL_WRAP_NONE);
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  atlas_section_get_title (section),
                                  -1);

  return GTK_LIST_BOX_ROW (row);
}

static gboolean
atlas_window_close_request (GtkWindow *window)
{
  AtlasWindow *self = ATLAS_WINDOW (window);

  if (self->settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (self->settings, "window-width", MAX (width, 360));
      g_settings_set_int (self->settings, "window-height", MAX (height, 294));
      g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
    }

  return GTK_WINDOW_CLASS (atlas_window_parent_class)->close_request (window);
}

static void
atlas_window_dispose (GObject *object)
{
  AtlasWindow *self = ATLAS_WINDOW (object);

  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  if (self->library != NULL)
    g_cancellable_cancel (self->library);
  g_clear_object (&self->library);

  if (self->zoom_provider != NULL)
    gtk_style_context_remove_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                                   GTK_STYLE_PROVIDER (self->zoom_provider));
  g_clear_object (&self->zoom_provider);
  stop_restoring_scroll (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_WINDOW);

  G_OBJECT_CLASS (atlas_window_parent_class)->dispose (object);
}

static void
atlas_window_finalize (GObject *object)
{
  AtlasWindow *self = ATLAS_WINDOW (object);

  g_clear_object (&self->profile);
  g_clear_object (&self->settings);
  g_free (self->problems_intro);
  g_free (self->problems_text);
  g_free (self->profile_uri);
  g_clear_object (&self->entries);

  G_OBJECT_CLASS (atlas_window_parent_class)->finalize (object);
}

static void
atlas_window_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  AtlasWindow *self = ATLAS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PROFILE:
      g_value_set_object (value, self->profile);
      break;

    case PROP_SECTION:
      g_value_set_enum (value, self->section);
      break;

    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_window_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  AtlasWindow *self = ATLAS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PROFILE:
      atlas_window_set_profile (self, g_value_get_object (value));
      break;

    case PROP_SECTION:
      atlas_window_set_section (self, g_value_get_enum (value));
      break;

    case PROP_ZOOM:
      atlas_window_set_zoom (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Handouts: the current section or the whole profile, printed or as a PDF */
static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);

  if (self->profile != NULL)
    atlas_handout_print (GTK_WINDOW (self), self->profile, self->section);
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

      if (path != NULL && atlas_handout_export_pdf (self->profile, section, path, &error) > 0)
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

/* Presentation: the current section full screen; leaving it shows the
 * item of the last slide in the section's page */
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

static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  AtlasPresentation *presentation;
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (self->profile == NULL)
    return;

  presentation = atlas_presentation_new (application, self->profile, self->section);
  g_signal_connect_object (presentation, "close-request", G_CALLBACK (presentation_close_cb), self, 0);
  atlas_presentation_start (presentation, GTK_WINDOW (self));
}

/* Zoom: the content's text, for the back of a classroom. The content
 * gives Adwaita's type styles sizes relative to its own (style.css), so
 * one font size on the content scales them all. Steps as in GNOME Text
 * Editor. */
static const double zoom_steps[] = { 0.75, 1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0 };

static void
update_zoom_css (AtlasWindow *self)
{
  g_autoptr(GString) css = NULL;
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  /* At 100% no provider at all: restyling the window costs start-up time */
  if (self->zoom_provider == NULL)
    {
      if (G_APPROX_VALUE (self->zoom, 1.0, 0.001))
        return;

      self->zoom_provider = gtk_css_provider_new ();
      gtk_style_context_add_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                                  GTK_STYLE_PROVIDER (self->zoom_provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
    }

  css = g_string_new (NULL);

  /* C number formatting whatever the locale: CSS wants a dot */
  g_string_append_printf (css, ".atlas-zoomable { font-size: %s%%; }\n",
                          g_ascii_formatd (number, sizeof number, "%.0f", self->zoom * 100));
  /* the icons beside the text */
  g_string_append_printf (css, ".atlas-zoomable row image, .atlas-zoomable button image { -gtk-icon-size: %spx; }\n",
                          g_ascii_formatd (number, sizeof number, "%.0f", 16 * self->zoom));

  gtk_css_provider_load_from_data (self->zoom_provider, css->str, -1);
}

static void
sync_zoom_controls (AtlasWindow *self)
{
  /* TRANSLATORS: the zoom level in the main menu, "150%"; the percent sign where your language puts it */
  g_autofree char *level = g_strdup_printf (_("%.0f%%"), self->zoom * 100);

  for (guint i = 0; i < G_N_ELEMENTS (self->zoom_labels); i++)
    if (self->zoom_labels[i] != NULL)
      gtk_label_set_text (GTK_LABEL (self->zoom_labels[i]), level);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-in",
                                 self->zoom < zoom_steps[G_N_ELEMENTS (zoom_steps) - 1] - 0.001);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-out", self->zoom > zoom_steps[0] + 0.001);
}

/* The next step up (@direction 1) or down (-1) from the zoom level */
static double
next_zoom_step (double zoom,
                int    direction)
{
  if (direction > 0)
    {
      for (guint i = 0; i < G_N_ELEMENTS (zoom_steps); i++)
        if (zoom_steps[i] > zoom + 0.001)
          return zoom_steps[i];
      return zoom_steps[G_N_ELEMENTS (zoom_steps) - 1];
    }

  for (guint i = G_N_ELEMENTS (zoom_steps); i > 0; i--)
    if (zoom_steps[i - 1] < zoom - 0.001)
      return zoom_steps[i - 1];
  return zoom_steps[0];
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);

  if (g_str_equal (action_name, "win.zoom-in"))
    atlas_window_set_zoom (self, next_zoom_step (self->zoom, 1));
  else if (g_str_equal (action_name, "win.zoom-out"))
    atlas_window_set_zoom (self, next_zoom_step (self->zoom, -1));
  else
    atlas_window_set_zoom (self, 1.0);
}

/* Ctrl+scroll zooms, as in a browser */
static gboolean
zoom_scroll_cb (GtkEventControllerScroll *controller,
                double                    dx,
                double                    dy,
                AtlasWindow              *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if ((state & GDK_CONTROL_MASK) == 0 || dy == 0)
    return FALSE;

  atlas_window_set_zoom (self, next_zoom_step (self->zoom, dy < 0 ? 1 : -1));
  return TRUE;
}

/* "−  100%  +" at the top of a main menu */
static GtkWidget *
create_zoom_control (AtlasWindow *self,
                     guint        index)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *out = gtk_button_new_from_icon_name ("zoom-out-symbolic");
  GtkWidget *reset = gtk_button_new_with_label ("100%");
  GtkWidget *in = gtk_button_new_from_icon_name ("zoom-in-symbolic");

  gtk_box_set_homogeneous (GTK_BOX (box), TRUE);
  gtk_widget_set_hexpand (box, TRUE);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (out), "win.zoom-out");
  gtk_widget_set_tooltip_text (out, _("Zoom Out"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (out), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Zoom Out"), -1);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (reset), "win.zoom-reset");
  gtk_widget_set_tooltip_text (reset, _("Reset Zoom"));
  self->zoom_labels[index] = gtk_button_get_child (GTK_BUTTON (reset));

  gtk_actionable_set_action_name (GTK_ACTIONABLE (in), "win.zoom-in");
  gtk_widget_set_tooltip_text (in, _("Zoom In"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (in), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Zoom In"), -1);

  {
    GtkWidget *buttons[] = { out, reset, in };

    for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
      {
        gtk_widget_add_css_class (buttons[i], "flat");
        gtk_box_append (GTK_BOX (box), buttons[i]);
      }
  }

  return box;
}

/* The main menus (one in each pane's header bar) are made the first time
 * they open: their popovers, submenus and zoom controls were more than 1%
 * of start-up, for menus nobody opens at once. */
static void
create_main_menu_cb (GtkMenuButton *button,
                     gpointer       user_data)
{
  AtlasWindow *self = ATLAS_WINDOW (user_data);

  if (gtk_menu_button_get_popover (button) != NULL)
    return;

  gtk_menu_button_set_menu_model (button, self->primary_menu);
  gtk_popover_menu_add_child (GTK_POPOVER_MENU (gtk_menu_button_get_popover (button)),
                              create_zoom_control (self, button == self->sidebar_menu_button ? 0 : 1),
                              "zoom");
  atlas_popover_menu_name_items (GTK_WIDGET (gtk_menu_button_get_popover (button)));
  sync_zoom_controls (self);
}

/* In a narrow window the header bar keeps room for the section's title:
 * presenting stays in the menu and on F5 */
static void
folded_changed_cb (AtlasWindow *self)
{
  gtk_widget_set_visible (self->present_button, !adw_leaflet_get_folded (self->leaflet));
}

/* Searching: the results replace the section's page while the search bar
 * is open and holds text; closing it (Esc) shows the section again */
static void
show_search_results (AtlasWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (self->profile == NULL || !gtk_search_bar_get_search_mode (self->search_bar) || text[0] == '\0')
    {
      show_section (self);
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
  show_search_results (self);
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

  show_search_results (self);
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
static void
stop_search (AtlasWindow *self)
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

  stop_search (self);
  atlas_window_set_section (self, ATLAS_SECTION_RESEARCH);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  atlas_research_page_set_filter (ATLAS_RESEARCH_PAGE (self->pages[ATLAS_SECTION_RESEARCH]),
                                  g_variant_get_string (parameter, NULL));
}

static void
atlas_window_class_init (AtlasWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  window_class->close_request = atlas_window_close_request;
  object_class->dispose = atlas_window_dispose;
  object_class->finalize = atlas_window_finalize;
  object_class->get_property = atlas_window_get_property;
  object_class->set_property = atlas_window_set_property;

  /**
   * AtlasWindow:profile:
   *
   * The profile the window shows.
   */
  properties[PROP_PROFILE] =
    g_param_spec_object ("profile", NULL, NULL,
                         ATLAS_TYPE_PROFILE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasWindow:section:
   *
   * The section shown in the content pane.
   */
  properties[PROP_SECTION] =
    g_param_spec_enum ("section", NULL, NULL,
                       ATLAS_TYPE_SECTION, ATLAS_SECTION_OVERVIEW,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasWindow:zoom:
   *
   * The scale of the content's text, from 0.75 to 3 (300%); remembered.
   */
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL,
                         0.75, 3.0, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/atlas-window.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, country_title);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, section_title);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, profile_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, sidebar_menu_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, content_menu_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, present_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, primary_menu);
  gtk_widget_class_bind_template_callback (widget_class, folded_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_mode_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_next_match_cb);
  gtk_widget_class_bind_template_callback (widget_class, profile_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.show-section", "s", show_section_action);
  gtk_widget_class_install_action (widget_class, "win.show-item", "(ss)", show_item_action);
  gtk_widget_class_install_action (widget_class, "win.open-url", "s", open_url_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.show-problems", NULL, show_problems_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.filter-research", "s", filter_research_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);

  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", "s", export_pdf_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.present", NULL);

  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "win.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "win.zoom-reset", NULL);

  /* Alt+1 … Alt+7 go to a section, in the order of the sidebar */
  for (guint i = 0; i < ATLAS_N_SECTIONS; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.show-section", "s",
                                         atlas_section_get_name (i));
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "win.back", NULL);
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

static void
atlas_window_init (AtlasWindow *self)
{
  GtkListItemFactory *factory;

  self->entries = g_list_store_new (ATLAS_TYPE_PROFILE_ENTRY);
  self->library = g_cancellable_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Names for screen readers that a template cannot give (atlas-widgets.c) */
  atlas_widget_name_inner_button (GTK_WIDGET (self->profile_dropdown));
  atlas_widget_name_inner_button (GTK_WIDGET (self->sidebar_menu_button));
  atlas_widget_name_inner_button (GTK_WIDGET (self->content_menu_button));

  {
    g_autoptr(GSimpleAction) help = g_simple_action_new ("show-help-overlay", NULL);

    g_signal_connect (help, "activate", G_CALLBACK (show_help_overlay_cb), self);
    g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (help));
  }

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_entry_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_entry_cb), NULL);
  self->syncing_dropdown = TRUE;
  gtk_drop_down_set_factory (self->profile_dropdown, factory);
  gtk_drop_down_set_model (self->profile_dropdown, G_LIST_MODEL (self->entries));
  gtk_drop_down_set_selected (self->profile_dropdown, GTK_INVALID_LIST_POSITION);
  self->syncing_dropdown = FALSE;
  g_object_unref (factory);

  for (guint i = 0; i < ATLAS_N_SECTIONS; i++)
    {
      self->rows[i] = create_sidebar_row (i);
      gtk_list_box_append (self->sidebar, GTK_WIDGET (self->rows[i]));
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-section", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-item", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.present", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-pdf", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.filter-research", FALSE);

  /* Typing anywhere in the window searches */
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  {
    GtkEventController *keys = gtk_event_controller_key_new ();

    g_signal_connect (keys, "key-pressed", G_CALLBACK (search_key_pressed_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
  }

  {
    /* A profile file dropped on the window opens */
    GtkDropTarget *target = gtk_drop_target_new (G_TYPE_FILE, GDK_ACTION_COPY);

    g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
  }

  /* Zoom: the menus' control, Ctrl+scroll, and the level shown last */
  self->zoom = 1.0;
  gtk_menu_button_set_create_popup_func (self->sidebar_menu_button, create_main_menu_cb, self, NULL);
  gtk_menu_button_set_create_popup_func (self->content_menu_button, create_main_menu_cb, self, NULL);
  {
    GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL |
                                                                  GTK_EVENT_CONTROLLER_SCROLL_DISCRETE);

    /* before the scrolled windows of the pages take the event */
    gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
    g_signal_connect (scroll, "scroll", G_CALLBACK (zoom_scroll_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self->stack), scroll);
  }

  self->settings = atlas_settings_new ();
  atlas_window_set_zoom (self, self->settings != NULL ? g_settings_get_double (self->settings, "zoom") : 1.0);
  update_zoom_css (self);
  sync_zoom_controls (self);

  if (self->settings != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
    }
}

/**
 * atlas_window_new:
 * @profile: (nullable): the profile to show
 *
 * Returns: (transfer full): a new window
 */
AtlasWindow *
atlas_window_new (AdwApplication *application,
                  AtlasProfile   *profile)
{
  g_return_val_if_fail (ADW_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (profile == NULL || ATLAS_IS_PROFILE (profile), NULL);

  return g_object_new (ATLAS_TYPE_WINDOW,
                       "application", application,
                       "profile", profile,
                       NULL);
}

/**
 * atlas_window_get_profile:
 *
 * Returns: (transfer none) (nullable): the profile shown
 */
AtlasProfile *
atlas_window_get_profile (AtlasWindow *self)
{
  g_return_val_if_fail (ATLAS_IS_WINDOW (self), NULL);

  return self->profile;
}

void
atlas_window_set_profile (AtlasWindow  *self,
                          AtlasProfile *profile)
{
  g_return_if_fail (ATLAS_IS_WINDOW (self));
  g_return_if_fail (profile == NULL || ATLAS_IS_PROFILE (profile));

  if (!g_set_object (&self->profile, profile))
    return;

  /* Whoever shows a profile of known origin says so afterwards */
  g_clear_pointer (&self->profile_uri, g_free);
  sync_dropdown (self);

  clear_pages (self);

  if (profile != NULL)
    {
      g_autofree char *subtitle =
        /* TRANSLATORS: under the country name in the sidebar: "GRID profile, 2016" */
        g_strdup_printf (_("GRID profile, %d"), atlas_profile_get_edition_year (profile));

      adw_window_title_set_title (self->country_title, atlas_profile_get_country_name (profile));
      adw_window_title_set_subtitle (self->country_title, subtitle);
      /* A search goes on in the new profile */
      show_search_results (self);
    }
  else
    {
      adw_window_title_set_title (self->country_title, _("Online Safety Atlas"));
      adw_window_title_set_subtitle (self->country_title, NULL);
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->sidebar), profile != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-section", profile != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-item", profile != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", profile != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.present", profile != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", profile != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-pdf", profile != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.filter-research", profile != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->search_bar), profile != NULL);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROFILE]);
}

AtlasSection
atlas_window_get_section (AtlasWindow *self)
{
  g_return_val_if_fail (ATLAS_IS_WINDOW (self), ATLAS_SECTION_OVERVIEW);

  return self->section;
}

void
atlas_window_set_section (AtlasWindow  *self,
                          AtlasSection  section)
{
  g_return_if_fail (ATLAS_IS_WINDOW (self));
  g_return_if_fail (section < ATLAS_N_SECTIONS);

  /* Going to a section ends a search */
  stop_search (self);

  if (self->section == section)
    return;

  self->section = section;
  show_section (self);

  if (self->settings != NULL)
    g_settings_set_string (self->settings, "last-section", atlas_section_get_name (section));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION]);
}

/**
 * atlas_window_get_page:
 *
 * Returns: (transfer none) (nullable): the page of @section, if it was
 *   shown already
 */
GtkWidget *
atlas_window_get_page (AtlasWindow  *self,
                       AtlasSection  section)
{
  g_return_val_if_fail (ATLAS_IS_WINDOW (self), NULL);
  g_return_val_if_fail (section < ATLAS_N_SECTIONS, NULL);

  return self->pages[section];
}

void
atlas_window_show_toast (AtlasWindow *self,
                         const char  *message)
{
  g_autofree char *escaped = NULL;

  g_return_if_fail (ATLAS_IS_WINDOW (self));
  g_return_if_fail (message != NULL);

  /* A toast's title is markup; messages may name files or addresses */
  escaped = g_markup_escape_text (message, -1);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
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
  show_search_results (self);
}

double
atlas_window_get_zoom (AtlasWindow *self)
{
  g_return_val_if_fail (ATLAS_IS_WINDOW (self), 1.0);

  return self->zoom;
}

/**
 * atlas_window_set_zoom:
 * @zoom: the scale of the content's text, 0.75 to 3
 *
 * Scales the text of the content (not of the sidebar), and its icons; the
 * layout follows. Remembered in the settings.
 */
void
atlas_window_set_zoom (AtlasWindow *self,
                       double       zoom)
{
  g_return_if_fail (ATLAS_IS_WINDOW (self));

  zoom = CLAMP (zoom, 0.75, 3.0);
  if (G_APPROX_VALUE (self->zoom, zoom, 0.001))
    return;

  self->zoom = zoom;
  update_zoom_css (self);
  sync_zoom_controls (self);

  if (self->settings != NULL)
    g_settings_set_double (self->settings, "zoom", zoom);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
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

/* The scrolled window of what the content shows: a page or the results */
static GtkScrolledWindow *
find_scrolled_window (GtkWidget *widget)
{
  if (GTK_IS_SCROLLED_WINDOW (widget))
    return GTK_SCROLLED_WINDOW (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkScrolledWindow *found;

      if (gtk_widget_get_visible (child) && (found = find_scrolled_window (child)) != NULL)
        return found;
    }

  return NULL;
}

/* How far the page can scroll */
static double
scroll_range (GtkAdjustment *adjustment)
{
  return gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_lower (adjustment) -
         gtk_adjustment_get_page_size (adjustment);
}

static GtkAdjustment *
get_content_adjustment (AtlasWindow *self)
{
  GtkWidget *shown = gtk_stack_get_visible_child (self->stack);
  GtkScrolledWindow *scrolled = shown != NULL ? find_scrolled_window (shown) : NULL;

  return scrolled != NULL ? gtk_scrolled_window_get_vadjustment (scrolled) : NULL;
}

/**
 * atlas_window_get_scroll_position:
 *
 * Returns: how far down the page shown is scrolled, from 0 (the top) to 1
 *   (the end)
 */
double
atlas_window_get_scroll_position (AtlasWindow *self)
{
  GtkAdjustment *adjustment;
  double range;

  g_return_val_if_fail (ATLAS_IS_WINDOW (self), 0.0);

  adjustment = get_content_adjustment (self);
  if (adjustment == NULL)
    return 0.0;

  range = scroll_range (adjustment);
  return range > 0 ? (gtk_adjustment_get_value (adjustment) - gtk_adjustment_get_lower (adjustment)) / range
                   : 0.0;
}

static void
apply_scroll (AtlasWindow *self)
{
  GtkAdjustment *adjustment = self->scroll_adjustment;
  double range = scroll_range (adjustment);

  if (range <= 0)
    return;

  self->scroll_applying = TRUE;
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment) + self->scroll_target * range);
  self->scroll_applying = FALSE;
}

/* Someone else scrolled: the reader, or the page itself */
static void
scroll_value_changed_cb (AtlasWindow *self)
{
  if (!self->scroll_applying)
    stop_restoring_scroll (self);
}

static void
stop_restoring_scroll (AtlasWindow *self)
{
  if (self->scroll_adjustment == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->scroll_adjustment, self);
  g_clear_object (&self->scroll_adjustment);
}

/**
 * atlas_window_set_scroll_position:
 * @position: from 0 (the top) to 1 (the end)
 *
 * Scrolls the page shown to @position, now and again as the page takes
 * its size (a new window has none yet), until the reader scrolls or goes
 * to another page. The language switch keeps the reader's place so.
 */
void
atlas_window_set_scroll_position (AtlasWindow *self,
                                  double       position)
{
  GtkAdjustment *adjustment;

  g_return_if_fail (ATLAS_IS_WINDOW (self));

  stop_restoring_scroll (self);

  adjustment = get_content_adjustment (self);
  if (adjustment == NULL)
    return;

  self->scroll_adjustment = g_object_ref (adjustment);
  self->scroll_target = CLAMP (position, 0.0, 1.0);
  apply_scroll (self);
  g_signal_connect_swapped (adjustment, "changed", G_CALLBACK (apply_scroll), self);
  g_signal_connect_swapped (adjustment, "value-changed", G_CALLBACK (scroll_value_changed_cb), self);
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
