/* test-window.c: the main window, under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "atlas-application.h"
#include "atlas-chart.h"
#include "atlas-columns.h"
#include "atlas-handout.h"
#include "atlas-overview-page.h"
#include "atlas-page.h"
#include "atlas-problems-dialog.h"
#include "atlas-profile.h"
#include "atlas-profile-entry.h"
#include "atlas-publication.h"
#include "atlas-item-row.h"
#include "atlas-profile-private.h"
#include "atlas-publication-row.h"
#include "atlas-research-page.h"
#include "atlas-search-page.h"
#include "atlas-section-page.h"
#include "atlas-slide.h"
#include "atlas-sections.h"
#include "atlas-statistic.h"
#include "atlas-test-utils.h"
#include "atlas-window.h"

static void
test_sidebar_and_pages (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  AtlasWindow *window = atlas_test_create_window (profile, 1280, 800);
  GtkListBox *sidebar = GTK_LIST_BOX (atlas_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, "sidebar"));
  GtkStack *stack = GTK_STACK (atlas_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_STACK, "content-stack"));
  AdwLeaflet *leaflet = ADW_LEAFLET (atlas_test_find_descendant (GTK_WIDGET (window), ADW_TYPE_LEAFLET, NULL));

  g_assert_nonnull (sidebar);
  g_assert_nonnull (stack);
  g_assert_false (adw_leaflet_get_folded (leaflet));

  /* Seven rows, in order, with their names */
  g_assert_cmpuint (atlas_test_count_rows (sidebar), ==, ATLAS_N_SECTIONS);
  for (guint i = 0; i < ATLAS_N_SECTIONS; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (sidebar, i);
      GtkLabel *label = GTK_LABEL (atlas_test_find_descendant (GTK_WIDGET (row), GTK_TYPE_LABEL, NULL));

      g_assert_cmpstr (gtk_label_get_text (label), ==, atlas_test_section_titles[i]);
    }

  /* The country is named in the sidebar header */
  {
    AdwWindowTitle *title = ADW_WINDOW_TITLE (atlas_test_find_descendant (GTK_WIDGET (window), ADW_TYPE_WINDOW_TITLE, NULL));
    g_assert_cmpstr (adw_window_title_get_title (title), ==, "Belgium");
  }

  g_assert_cmpint (atlas_window_get_section (window), ==, ATLAS_SECTION_OVERVIEW);
  g_assert_true (ATLAS_IS_OVERVIEW_PAGE (gtk_stack_get_visible_child (stack)));

  /* Activating each row shows its page, with every item of the section */
  for (guint i = ATLAS_N_SECTIONS; i-- > 0;)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (sidebar, i);
      GtkWidget *page;
      GListModel *model = atlas_profile_get_section_model (profile, i);

      g_signal_emit_by_name (sidebar, "row-activated", row);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

      g_assert_cmpint (atlas_window_get_section (window), ==, i);
      page = gtk_stack_get_visible_child (stack);
      g_assert_true (page == atlas_window_get_page (window, i));
      g_assert_true (gtk_widget_get_mapped (page));
      g_assert_true (gtk_list_box_get_selected_row (sidebar) == row);

      if (ATLAS_IS_SECTION_PAGE (page))
        {
          GtkListBox *list = atlas_section_page_get_list (ATLAS_SECTION_PAGE (page));
          g_assert_cmpuint (atlas_test_count_rows (list), ==, g_list_model_get_n_items (model));
          g_assert_cmpuint (atlas_test_count_rows (list), >, 0);
        }
      else if (ATLAS_IS_RESEARCH_PAGE (page))
        {
          GtkListView *view = atlas_research_page_get_list_view (ATLAS_RESEARCH_PAGE (page));
          g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (view))), ==, 31);
        }
      else
        g_assert_true (ATLAS_IS_OVERVIEW_PAGE (page));
    }

  /* The window and its pages go, and nothing keeps them */
  {
    GtkWidget *research = g_object_ref (atlas_window_get_page (window, ATLAS_SECTION_RESEARCH));
    GtkWidget *overview = g_object_ref (atlas_window_get_page (window, ATLAS_SECTION_OVERVIEW));

    atlas_test_destroy_window (GTK_WINDOW (window));
    g_assert_finalize_object (research);
    g_assert_finalize_object (overview);
  }
}

static void
test_keyboard_shortcut (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  AtlasWindow *window = atlas_test_create_window (profile, 1280, 800);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "legislation"));
  g_assert_cmpint (atlas_window_get_section (window), ==, ATLAS_SECTION_LEGISLATION);

  /* Alt+1 to Alt+7, pressed: each section in the order of the sidebar */
  for (AtlasSection section = ATLAS_N_SECTIONS; section-- > 0;)
    {
      g_autofree char *keys = g_strdup_printf ("alt+%d", section + 1);

      if (!atlas_test_send_keys (GTK_WIDGET (window), keys))
        break;
      g_assert_cmpint (atlas_window_get_section (window), ==, section);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Ctrl+F, pressed, opens the search with the focus in its entry; Esc
 * closes it and shows the page from before */
static void
test_search_keys (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  AtlasWindow *window = atlas_test_create_window (profile, 1280, 800);
  GtkSearchBar *bar = GTK_SEARCH_BAR (atlas_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_SEARCH_BAR, NULL));
  GtkWidget *entry = atlas_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, "search-entry");
  GtkStack *stack = GTK_STACK (atlas_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_STACK, "content-stack"));

  atlas_test_show_page (window, ATLAS_SECTION_ORGANIZATIONS);
  g_assert_false (gtk_search_bar_get_search_mode (bar));

  if (atlas_test_send_keys (GTK_WIDGET (window), "ctrl+f"))
    {
      g_assert_true (gtk_search_bar_get_search_mode (bar));
      g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), entry));

      atlas_test_send_keys (GTK_WIDGET (window), "Escape");
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      g_assert_false (gtk_search_bar_get_search_mode (bar));
      g_assert_true (gtk_stack_get_visible_child (stack) == atlas_window_get_page (window, ATLAS_SECTION_ORGANIZATIONS));
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Ctrl+plus, Ctrl+minus and Ctrl+0, pressed */
static void
test_zoom_keys (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  AtlasWindow *window = atlas_test_create_window (profile, 1024, 768);

  g_assert_cmpfloat (atlas_window_get_zoom (window), ==, 1.0);

  if (atlas_test_send_keys (GTK_WIDGET (window), "ctrl+plus ctrl+plus"))
    {
      g_assert_cmpfloat_with_epsilon (atlas_window_get_zoom (window), 1.5, 0.001);
      atlas_test_send_keys (GTK_WIDGET (window), "ctrl+minus");
      g_assert_cmpfloat_with_epsilon (atlas_window_get_zoom (window), 1.25, 0.001);
      atlas_test_send_keys (GTK_WIDGET (window), "ctrl+0");
      g_assert_cmpfloat (atlas_window_get_zoom (window), ==, 1.0);
    }

  atlas_window_set_zoom (window, 1.0);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_narrow (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  AtlasWindow *window = atlas_test_create_window (profile, 360, 720);
  AdwLeaflet *leaflet = ADW_LEAFLET (atlas_test_find_descendant (GTK_WIDGET (window), ADW_TYPE_LEAFLET, NULL));
  GtkListBox *sidebar = GTK_LIST_BOX (atlas_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, "sidebar"));

  /* One pane at a time: the sidebar first, then the content with a back button */
  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "sidebar");

  g_signal_emit_by_name (sidebar, "row-activated", gtk_list_box_get_row_at_index (sidebar, ATLAS_SECTION_RESEARCH));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "content");
  g_assert_cmpint (atlas_window_get_section (window), ==, ATLAS_SECTION_RESEARCH);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "sidebar");

  /* The header bar keeps room for the title: presenting is in the menu */
  g_assert_false (gtk_widget_get_visible (atlas_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_BUTTON, "present-button")));
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  if (!adw_leaflet_get_folded (leaflet))
    g_assert_true (gtk_widget_get_visible (atlas_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_BUTTON, "present-button")));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_refused_url (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  AtlasWindow *window = atlas_test_create_window (profile, 1280, 800);
  AdwToastOverlay *overlay = ADW_TOAST_OVERLAY (atlas_test_find_descendant (GTK_WIDGET (window), ADW_TYPE_TOAST_OVERLAY, NULL));
  GtkWidget *first_child_before = gtk_widget_get_last_child (GTK_WIDGET (overlay));

  /* Refused without reaching the desktop: a toast appears instead */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-url", "s", "file:///etc/passwd"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (gtk_widget_get_last_child (GTK_WIDGET (overlay)) != first_child_before);

  gtk_window_destroy (GTK_WINDOW (window));
}


/* Opens the search bar as Ctrl+F does and types @text */
static AtlasSearchPage *
search_for (AtlasWindow *window,
            const char  *text)
{
  GtkWidget *entry = atlas_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, "search-entry");
  GtkStack *stack = GTK_STACK (atlas_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_STACK, "content-stack"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  g_assert_true (gtk_widget_has_focus (entry) || gtk_widget_is_focus (entry) ||
                 gtk_widget_get_focus_child (entry) != NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  /* what the entry emits after its typing delay */
  g_signal_emit_by_name (entry, "search-changed");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "search");
  return ATLAS_SEARCH_PAGE (gtk_stack_get_visible_child (stack));
}

static const char *
row_title (GtkListBox *list,
           guint       index)
{
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (list, index)));
}

/* Text from a profile is shown literally, never as markup */
static void
test_markup_is_literal (void)
{
  static const char hostile[] =
    "{\"format\": \"atlas-profile\", \"format_version\": 1,"
    " \"country\": {\"code\": \"XT\", \"name\": \"<b>Testland</b> & co\"},"
    " \"edition\": {\"year\": 2016, \"title\": \"<i>E</i>\"},"
    " \"statistics\": [], \"education\": [],"
    " \"law_enforcement\": {\"agency\": \"<span foreground='red'>A</span>\", \"description\": \"&amp;\", \"units\": []},"
    " \"organizations\": [{\"id\": \"o\", \"name\": \"<b>Bold</b> & Sons\", \"kind\": \"ngo\","
    "                      \"scope\": \"national\", \"description\": \"1 < 2 &lt; 3\"}],"
    " \"research\": [], \"legislation\": {\"intro\": \"I\", \"items\": []}, \"timeline\": []}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (hostile, sizeof hostile - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasProfile) profile = atlas_profile_new_from_bytes (bytes, NULL, &error);
  AtlasWindow *window;
  GtkWidget *page;
  GtkListBox *list;
  GtkLabel *name;

  g_assert_no_error (error);
  window = atlas_test_create_window (profile, 1280, 800);
  atlas_window_set_section (window, ATLAS_SECTION_ORGANIZATIONS);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  page = atlas_window_get_page (window, ATLAS_SECTION_ORGANIZATIONS);
  list = atlas_section_page_get_list (ATLAS_SECTION_PAGE (page));
  name = atlas_test_find_label (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0)), "<b>Bold</b>");

  g_assert_nonnull (name);
  g_assert_false (gtk_label_get_use_markup (name));
  g_assert_cmpstr (gtk_label_get_text (name), ==, "<b>Bold</b> & Sons");

  {
    AdwWindowTitle *title = ADW_WINDOW_TITLE (atlas_test_find_descendant (GTK_WIDGET (window), ADW_TYPE_WINDOW_TITLE, NULL));
    g_assert_cmpstr (adw_window_title_get_title (title), ==, "<b>Testland</b> & co");
  }

  /* Search highlights are markup built from the escaped text */
  {
    AtlasSearchPage *search = search_for (window, "bold");
    GtkListBox *results = GTK_LIST_BOX (atlas_test_find_descendant (GTK_WIDGET (search), GTK_TYPE_LIST_BOX, "organizations"));

    g_assert_cmpstr (row_title (results, 0), ==, "&lt;b&gt;<b>Bold</b>&lt;/b&gt; &amp; Sons");
    g_signal_emit_by_name (atlas_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, "search-entry"), "stop-search");
  }

  /* A handout shows it as text too */
  {
    g_autoptr(GError) pdf_error = NULL;
    g_autofree char *dir = g_dir_make_tmp ("atlas-hostile-XXXXXX", &pdf_error);
    g_autofree char *path = g_build_filename (dir, "hostile.pdf", NULL);
    g_autofree char *text = NULL;

    g_assert_no_error (pdf_error);
    g_assert_cmpint (atlas_handout_export_pdf (atlas_test_get_context (), profile, -1, path, &pdf_error), >=, 1);
    g_assert_no_error (pdf_error);
    text = atlas_test_pdf_text (path);
    g_assert_nonnull (strstr (text, "<b>Bold</b> & Sons"));
    g_assert_nonnull (strstr (text, "1 < 2 &lt; 3"));
    g_unlink (path);
    g_rmdir (dir);
  }

  /* Every section opens on this odd profile too */
  for (guint i = 0; i < ATLAS_N_SECTIONS; i++)
    {
      atlas_window_set_section (window, i);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_remembers (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *section = NULL;
  AtlasWindow *window;

  /* The size of the last window is the size of the next one */
  g_settings_set_int (settings, "window-width", 900);
  g_settings_set_int (settings, "window-height", 650);
  window = g_object_new (ATLAS_TYPE_WINDOW, "context", atlas_test_get_context (), "profile", profile, NULL);
  {
    int width, height;

    gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
    g_assert_cmpint (width, ==, 900);
    g_assert_cmpint (height, ==, 650);
  }

  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  atlas_window_set_section (window, ATLAS_SECTION_RESEARCH);
  section = g_settings_get_string (settings, "last-section");
  g_assert_cmpstr (section, ==, "research");

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1000);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 700);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
}

static void
test_section_icons (void)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());

  /* GtkApplication adds this path itself; the icons must be there, since
   * newer Adwaita themes lack some of them */
  gtk_icon_theme_add_resource_path (theme, RESOURCE_BASE "/icons");

  for (guint i = 0; i < ATLAS_N_SECTIONS; i++)
    {
      const char *name = atlas_section_get_icon_name (i);
#if HAVE_SYMBOLIC_PNG_ICONS
#define DRAWN ".symbolic.png"
#else
#define DRAWN ".svg"
#endif
      static const struct { int size; int scale; const char *suffix; } sizes[] = {
        /* drawn at build time, only decoded when shown */
        { 16, 1, DRAWN }, { 16, 2, DRAWN }, { 24, 1, DRAWN },
        { 32, 1, DRAWN }, { 48, 1, DRAWN }, { 64, 1, DRAWN },
        /* zoom steps in between stay sharp */
        { 20, 1, ".svg" }, { 40, 1, ".svg" },
      };
#undef DRAWN

      g_assert_true (gtk_icon_theme_has_icon (theme, name));

      for (guint j = 0; j < G_N_ELEMENTS (sizes); j++)
        {
          g_autoptr(GtkIconPaintable) icon =
            gtk_icon_theme_lookup_icon (theme, name, NULL, sizes[j].size, sizes[j].scale,
                                        GTK_TEXT_DIR_LTR, 0);
          g_autoptr(GFile) file = gtk_icon_paintable_get_file (icon);
          g_autofree char *path = file != NULL ? g_file_get_uri (file) : NULL;
          g_autofree char *expected = g_strconcat ("/", name, sizes[j].suffix, NULL);

          g_assert_nonnull (path);
          g_assert_true (g_str_has_prefix (path, "resource://" RESOURCE_BASE "/icons/"));
          g_assert_true (g_str_has_suffix (path, expected));
          g_assert_true (gtk_icon_paintable_is_symbolic (icon));
        }
    }
}

/* The table of a series' values is made when its expander first opens,
 * and then holds every year of the series */
static void
test_statistic_values (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  AtlasWindow *window = atlas_test_create_window (profile, 1280, 800);
  GtkWidget *page = atlas_window_get_page (window, ATLAS_SECTION_OVERVIEW);
  GtkExpander *expander = GTK_EXPANDER (atlas_test_find_descendant (page, GTK_TYPE_EXPANDER, NULL));
  GListModel *statistics = atlas_profile_get_statistics (profile);
  const AtlasSeries *series = NULL;
  GtkWidget *content;
  GtkWidget *grid;
  guint n_labels = 0;

  /* The first card with a series has the first expander */
  for (guint i = 0; series == NULL && i < g_list_model_get_n_items (statistics); i++)
    {
      g_autoptr(AtlasStatistic) statistic = g_list_model_get_item (statistics, i);
      GPtrArray *all = atlas_statistic_get_series (statistic);

      if (all != NULL && all->len > 0)
        series = g_ptr_array_index (all, 0);
    }
  g_assert_nonnull (series);
  g_assert_nonnull (expander);

  /* Folded: no table, and no child at all (GTK 4.18 would move the focus
   * into it) */
  g_assert_null (gtk_expander_get_child (expander));

  gtk_expander_set_expanded (expander, TRUE);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  content = gtk_expander_get_child (expander);
  g_assert_nonnull (content);
  grid = gtk_widget_get_first_child (content);
  g_assert_true (GTK_IS_GRID (grid));
  for (GtkWidget *child = gtk_widget_get_first_child (grid); child != NULL; child = gtk_widget_get_next_sibling (child))
    n_labels++;
  g_assert_cmpuint (n_labels, ==, 2 * series->points->len);
  for (guint i = 0; i < series->points->len; i++)
    {
      const AtlasPoint *point = &g_array_index (series->points, AtlasPoint, i);
      g_autofree char *year = g_strdup_printf ("%d", point->year);

      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_grid_get_child_at (GTK_GRID (grid), 0, i))), ==, year);
    }

  /* Folding and opening again keeps the one table */
  gtk_expander_set_expanded (expander, FALSE);
  g_assert_null (gtk_expander_get_child (expander));
  gtk_expander_set_expanded (expander, TRUE);
  g_assert_true (gtk_expander_get_child (expander) == content);
  g_assert_true (gtk_widget_get_first_child (content) == grid);
  g_assert_null (gtk_widget_get_next_sibling (grid));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The sidebar is one stop for Tab, on the section shown: Tab from it goes
 * on to the page without showing another section (GTK 4.8 made each row a
 * stop and selected it, so Tab went through every section to the
 * Timeline), Shift+Tab comes back to it, and the arrow keys still move
 * from section to section */
static void
test_sidebar_keyboard (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  AtlasWindow *window = atlas_test_create_window (profile, 1280, 800);
  GtkListBox *sidebar = GTK_LIST_BOX (atlas_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, "sidebar"));
  GtkWidget *research = GTK_WIDGET (gtk_list_box_get_row_at_index (sidebar, ATLAS_SECTION_RESEARCH));
  GtkWidget *focus;

  atlas_window_set_section (window, ATLAS_SECTION_RESEARCH);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (gtk_widget_grab_focus (research));

  /* Tab leaves the sidebar at once, and the section stays */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_false (gtk_widget_is_ancestor (focus, GTK_WIDGET (sidebar)));
  g_assert_cmpint (atlas_window_get_section (window), ==, ATLAS_SECTION_RESEARCH);

  /* Shift+Tab comes back to the section shown */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_BACKWARD));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == research);
  g_assert_cmpint (atlas_window_get_section (window), ==, ATLAS_SECTION_RESEARCH);

  /* Down shows the next section, and the focus goes with it */
  g_signal_emit_by_name (sidebar, "move-cursor", GTK_MOVEMENT_DISPLAY_LINES, 1, FALSE, FALSE);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpint (atlas_window_get_section (window), ==, ATLAS_SECTION_LEGISLATION);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) ==
                 GTK_WIDGET (gtk_list_box_get_row_at_index (sidebar, ATLAS_SECTION_LEGISLATION)));

  /* … and Tab again leaves from there */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_false (gtk_widget_is_ancestor (focus, GTK_WIDGET (sidebar)));
  g_assert_cmpint (atlas_window_get_section (window), ==, ATLAS_SECTION_LEGISLATION);

  gtk_window_destroy (GTK_WINDOW (window));
}


/* The mapped widgets under @widget that can take the focus now */
static void
collect_tab_stops (GtkWidget *widget,
                   GPtrArray *stops)
{
  if (!gtk_widget_get_mapped (widget) || !gtk_widget_is_sensitive (widget))
    return;

  if (gtk_widget_get_focusable (widget))
    g_ptr_array_add (stops, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_tab_stops (child, stops);
}

/* Tab goes through the links, charts and "Values" of the statistic cards in
 * reading order and then on to the contents; clicking into a card does
 * not move the keyboard focus to the card (which scrolled a tall card to
 * its top, away from the pointer) */
static void
test_statistics_keyboard (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  AtlasWindow *window = atlas_test_create_window (profile, 1280, 800);
  GtkWidget *page = atlas_window_get_page (window, ATLAS_SECTION_OVERVIEW);
  GtkWidget *statistics = atlas_test_find_descendant (page, ATLAS_TYPE_COLUMNS, NULL);
  GtkWidget *contents = atlas_test_find_descendant (page, GTK_TYPE_LIST_BOX, NULL);
  g_autoptr(GPtrArray) stops = g_ptr_array_new ();
  guint n_expanders = 0;
  GtkWidget *focus;

  g_assert_nonnull (statistics);
  g_assert_nonnull (contents);
  g_assert_cmpuint (atlas_columns_get_max_columns (ATLAS_COLUMNS (statistics)), ==, 2);

  collect_tab_stops (statistics, stops);
  for (guint i = 0; i < stops->len; i++)
    {
      GtkWidget *stop = g_ptr_array_index (stops, i);

      /* Only links, buttons, expanders and charts (Enter shows them full
       * screen): no card, no paragraph of text */
      g_assert_true (GTK_IS_BUTTON (stop) || GTK_IS_EXPANDER (stop) || ATLAS_IS_CHART (stop));
      n_expanders += GTK_IS_EXPANDER (stop);
    }
  g_assert_cmpuint (n_expanders, >=, 4);

  /* From the first stop, Tab visits every other one in order */
  g_assert_true (gtk_widget_grab_focus (g_ptr_array_index (stops, 0)));
  for (guint i = 1; i < stops->len; i++)
    {
      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
      focus = gtk_root_get_focus (GTK_ROOT (window));
      g_assert_true (focus == g_ptr_array_index (stops, i));
    }

  /* … and then leaves the cards for what follows them */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_false (gtk_widget_is_ancestor (focus, statistics));
  g_assert_true (gtk_widget_is_ancestor (focus, contents));

  /* Shift+Tab comes back to the last one */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_BACKWARD));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus == g_ptr_array_index (stops, stops->len - 1));

  /* No container between a card and the page takes the focus itself */
  for (GtkWidget *card = gtk_widget_get_first_child (statistics);
       card != NULL;
       card = gtk_widget_get_next_sibling (card))
    g_assert_false (gtk_widget_get_focusable (card));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* "GtkButton (Source: World Bank …) at 12,340 in AtlasColumns; " */
static void
describe_focus_stop (GString   *out,
                     GtkWidget *widget)
{
  GtkWidget *label = atlas_test_find_descendant (widget, GTK_TYPE_LABEL, NULL);
  GtkWidget *parent = gtk_widget_get_parent (widget);
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (-1, -1, 0, 0);

  if (!gtk_widget_compute_bounds (widget, GTK_WIDGET (gtk_widget_get_root (widget)), &bounds))
    bounds.origin.x = bounds.origin.y = -1;

  g_string_append_printf (out, "%s (%.24s) at %.0f,%.0f in %s%s; ",
                          G_OBJECT_TYPE_NAME (widget),
                          label != NULL ? gtk_label_get_text (GTK_LABEL (label)) : "",
                          bounds.origin.x, bounds.origin.y,
                          parent != NULL ? G_OBJECT_TYPE_NAME (parent) : "nothing",
                          gtk_widget_get_mapped (widget) ? "" : ", unmapped");
}

/* On every page, Tab moves on at each press and leaves the page after its
 * last stop: GTK 4.8 let a selectable paragraph hold Tab where it was */
static void
test_tab_through_pages (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  AtlasWindow *window = atlas_test_create_window (profile, 1280, 800);

  for (AtlasSection section = 0; section < ATLAS_N_SECTIONS; section++)
    {
      g_autoptr(GPtrArray) stops = g_ptr_array_new ();
      g_autoptr(GHashTable) visited = g_hash_table_new (NULL, NULL);
      g_autoptr(GString) trail = g_string_new (NULL);
      GtkWidget *page;
      GtkWidget *focus;
      guint presses = 0;

      page = atlas_test_show_page (window, section);
      collect_tab_stops (page, stops);
      g_assert_cmpuint (stops->len, >, 0);

      /* As Tab enters the page from outside it (GTK may have put the
       * focus on the page's first link when the window was shown) */
      gtk_root_set_focus (GTK_ROOT (window), NULL);
      g_assert_true (gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD));
      focus = gtk_root_get_focus (GTK_ROOT (window));
      g_assert_true (gtk_widget_is_ancestor (focus, page));
      g_assert_false (GTK_IS_SCROLLED_WINDOW (focus));
      while (gtk_widget_is_ancestor (focus, page))
        {
          GtkWidget *previous = focus;

          g_hash_table_add (visited, focus);
          describe_focus_stop (trail, focus);
          g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
          /* A frame between two presses, as at a keyboard: the page
           * scrolls to what took the focus */
          gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
          focus = gtk_root_get_focus (GTK_ROOT (window));
          g_assert_nonnull (focus);
          if (focus == previous)
            g_error ("Tab stays on a %s of the %s page", G_OBJECT_TYPE_NAME (focus), atlas_test_section_titles[section]);

          g_assert_cmpuint (++presses, <, 1000);
        }

      /* … having been at every link, button, expander, row and entry on
       * the way (lists hand the focus on to their rows) */
      for (guint i = 0; i < stops->len; i++)
        {
          GtkWidget *stop = g_ptr_array_index (stops, i);

          if (!(GTK_IS_BUTTON (stop) || GTK_IS_EXPANDER (stop) ||
                GTK_IS_LIST_BOX_ROW (stop) || GTK_IS_TEXT (stop)))
            continue;
          /* a spin button's − and + are for the mouse; keys change the
           * value in its entry */
          if (gtk_widget_get_ancestor (stop, GTK_TYPE_SPIN_BUTTON) != NULL)
            continue;

          if (!g_hash_table_contains (visited, stop))
            {
              g_autoptr(GString) missed = g_string_new (NULL);

              describe_focus_stop (missed, stop);
              g_printerr ("Tab went: %s\n", trail->str);
              g_error ("Tab passes over %s of the %s page", missed->str, atlas_test_section_titles[section]);
            }
        }
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_label (GtkWidget *widget)
{
  return GTK_IS_LABEL (widget);
}

/* A link breaks into lines only when its line does not fit: at 75% the
 * helpline's source once broke in two in a card with room for it */
static void
test_links_one_line (void)
{
  static const double zooms[] = { 0.75, 1.0, 1.5, 2.0 };
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  AtlasWindow *window = atlas_test_create_window (profile, 1280, 800);
  GtkWidget *page = atlas_window_get_page (window, ATLAS_SECTION_OVERVIEW);

  for (guint z = 0; z < G_N_ELEMENTS (zooms); z++)
    {
      g_autoptr(GPtrArray) links = g_ptr_array_new ();
      guint n_one_line = 0;

      atlas_window_set_zoom (window, zooms[z]);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      atlas_test_collect (page, atlas_test_is_link, links);
      g_assert_cmpuint (links->len, >, 0);

      for (guint i = 0; i < links->len; i++)
        {
          GtkWidget *link = g_ptr_array_index (links, i);
          GtkWidget *label = gtk_button_get_child (GTK_BUTTON (link));
          GtkWidget *row = gtk_widget_get_parent (link);
          int one_line, room;

          /* The width of its text on one line, and the room its row has */
          gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &one_line, NULL, NULL);
          room = gtk_widget_get_width (row) - (gtk_widget_get_width (link) - gtk_widget_get_width (label));
          if (one_line > room)
            continue;

          if (gtk_widget_get_width (label) < one_line)
            g_error ("At %.0f%%, “%s” breaks into lines in a row with room for it (%d of %d px)",
                     zooms[z] * 100, gtk_label_get_text (GTK_LABEL (label)),
                     gtk_widget_get_width (label), one_line);
          n_one_line++;
        }
      g_assert_cmpuint (n_one_line, >, 0);
    }

  atlas_window_set_zoom (window, 1.0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The helpline's number never breaks across lines, on its card and its
 * slide, also where the description names it */
static void
test_helpline_number_whole (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  AtlasWindow *window = atlas_test_create_window (profile, 1280, 800);
  GtkWidget *page = atlas_window_get_page (window, ATLAS_SECTION_OVERVIEW);
  g_autoptr(GListModel) slides = atlas_slide_list_new (profile, ATLAS_SECTION_OVERVIEW);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GString) texts = g_string_new (NULL);
  gboolean slide_found = FALSE;

  g_assert_cmpstr (atlas_helpline_get_number (atlas_profile_get_helpline (profile)), ==, "116 000");

  atlas_test_collect (page, is_label, labels);
  for (guint i = 0; i < labels->len; i++)
    g_string_append_printf (texts, "%s\n", gtk_label_get_text (g_ptr_array_index (labels, i)));
  g_assert_nonnull (strstr (texts->str, "\n116\xc2\xa0" "000\n"));
  g_assert_nonnull (strstr (texts->str, "runs the 116\xc2\xa0" "000 helpline"));
  g_assert_null (strstr (texts->str, "116 000"));

  for (guint i = 0; i < g_list_model_get_n_items (slides); i++)
    {
      g_autoptr(AtlasSlide) slide = g_list_model_get_item (slides, i);

      if (g_strcmp0 (atlas_slide_get_item_id (slide), "helpline") != 0)
        continue;

      g_assert_true (g_str_has_prefix (atlas_slide_get_title (slide), "116\xc2\xa0" "000 · "));
      g_assert_nonnull (strstr (atlas_slide_get_body (slide), "116\xc2\xa0" "000"));
      g_assert_null (strstr (atlas_slide_get_body (slide), "116 000"));
      slide_found = TRUE;
    }
  g_assert_true (slide_found);

  gtk_window_destroy (GTK_WINDOW (window));
}


/* The shortcuts window is built when it is first asked for, not with every
 * window, and then belongs to the window */
static void
test_shortcuts_window (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  AtlasWindow *window = atlas_test_create_window (profile, 1280, 800);
  AtlasApplication *application = atlas_test_get_application ();
  g_auto(GStrv) accels =
    gtk_application_get_accels_for_action (GTK_APPLICATION (application), "win.show-help-overlay");
  GtkShortcutsWindow *overlay;

  g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>question"));
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (overlay);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (overlay)) == GTK_WINDOW (window));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (overlay)));

  /* Closing hides it; asking again shows the same one */
  gtk_window_close (GTK_WINDOW (overlay));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  g_assert_true (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)) == overlay);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
wait_until_loaded (AtlasWindow *window)
{
  while (atlas_window_is_loading (window))
    g_main_context_iteration (NULL, TRUE);
}

/* Opens the fictional profile of tests/data: the window shows it as
 * completely as Belgium, and stays on the section it showed */
static void
test_open_file (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "testland.atlas.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AtlasWindow *window = atlas_test_create_window (profile, 1280, 800);
  AtlasProfile *opened;

  atlas_window_set_section (window, ATLAS_SECTION_LEGISLATION);
  atlas_window_open_file (window, file);
  g_assert_true (atlas_window_is_loading (window));
  wait_until_loaded (window);

  opened = atlas_window_get_profile (window);
  g_assert_true (opened != profile);
  g_assert_cmpstr (atlas_profile_get_country_name (opened), ==, "Testland (fictional)");
  g_assert_cmpint (atlas_window_get_section (window), ==, ATLAS_SECTION_LEGISLATION);

  for (guint i = 0; i < ATLAS_N_SECTIONS; i++)
    {
      GtkWidget *page;

      page = atlas_test_show_page (window, i);

      if (ATLAS_IS_SECTION_PAGE (page))
        g_assert_cmpuint (atlas_test_count_rows (atlas_section_page_get_list (ATLAS_SECTION_PAGE (page))), ==,
                          g_list_model_get_n_items (atlas_profile_get_section_model (opened, i)));
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Whatever the file, the profile shown stays, and the details say why */
static void
test_open_bad_files (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("atlas-bad-XXXXXX", &error);
  AtlasWindow *window = atlas_test_create_window (profile, 1280, 800);
  g_autofree char *ten_same = NULL;
  struct {
    const char *name;
    const char *contents;  /* NULL: a folder */
    gssize      size;      /* -1: strlen; larger: a sparse file of that size */
    const char *expected;
    const char *sentence;  /* said first */
  } cases[] = {
    { "not-json.json", "this is not JSON", -1, "Parse error",
      "This file is not an Online Safety Atlas profile: it is not JSON text." },
    { "empty.json", "", -1, "the file is empty", "This file is empty." },
    { "folder.json", NULL, -1, "this is a folder, not a profile file", "This file cannot be read." },
    { "latin1.json", "{\"format\": \"caf\xe9\"}", -1, "line 1, column 16: the file is not valid UTF-8 text",
      "This file is not an Online Safety Atlas profile: it is not JSON text." },
    /* JSON, not a profile: what a profile must have is missing, said
     * once with its places */
    { "not-profile.json", "{\"name\": \"my notes\", \"items\": [1, 2, 3]}", -1,
      "format, format_version, country, edition, statistics and 6 more: missing required field",
      "This file is not an Online Safety Atlas profile." },
    { "old.json", "{\"format\": \"atlas-profile\", \"format_version\": 0}", -1, "format_version: 0 is outside 1-2147483647",
      "This profile has mistakes, so the app cannot show it." },
    { "wrong-type.json", "{\"format\": \"atlas-profile\", \"format_version\": \"1\"}", -1, "format_version: expected an integer, got \"1\"",
      "This profile has mistakes, so the app cannot show it." },
    /* A profile with ten times the same mistake: one line */
    { "ten-same.json", NULL, -1,
      "timeline[0].year, timeline[1].year, timeline[2].year, timeline[3].year, timeline[4].year and 5 more: "
      "expected an integer, got \"soon\"",
      "This profile has mistakes, so the app cannot show it." },
    { "huge.json", "{", 200 * 1024 * 1024, "the file is too large (200.0",
      "This file is too large to be an Online Safety Atlas profile." },
  };

  g_assert_no_error (error);

  /* The minimal profile with ten events whose year is a word */
  {
    g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "schema", "minimal-valid.json", NULL);
    g_autofree char *text = NULL;
    g_autoptr(GString) events = g_string_new ("\"timeline\": [");
    g_autoptr(GString) json = NULL;

    g_file_get_contents (path, &text, NULL, &error);
    g_assert_no_error (error);
    for (guint i = 0; i < 10; i++)
      g_string_append_printf (events, "%s{ \"id\": \"e%u\", \"year\": \"soon\", \"title\": \"Event %u\" }",
                              i > 0 ? ", " : "", i, i);
    g_string_append (events, "]");
    json = g_string_new (text);
    g_assert_cmpint (g_string_replace (json, "\"timeline\": []", events->str, 1), ==, 1);
    ten_same = g_string_free (g_steal_pointer (&json), FALSE);
    cases[7].contents = ten_same;
  }

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_build_filename (dir, cases[i].name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      AtlasProblemsDialog *dialog;
      g_auto(GStrv) lines = NULL;

      if (cases[i].contents == NULL)
        g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
      else
        {
          g_file_set_contents (path, cases[i].contents, -1, &error);
          g_assert_no_error (error);
          if (cases[i].size > 0)
            g_assert_cmpint (truncate (path, cases[i].size), ==, 0);
        }

      atlas_window_open_file (window, file);
      wait_until_loaded (window);

      /* Still Belgium */
      g_assert_true (atlas_window_get_profile (window) == profile);

      /* One plain sentence first; then the details name the file and
       * the problem */
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-problems", NULL));
      dialog = (AtlasProblemsDialog *) atlas_test_find_toplevel (ATLAS_TYPE_PROBLEMS_DIALOG);
      g_assert_nonnull (dialog);
      g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
      g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
      g_assert_cmpstr (atlas_problems_dialog_get_intro (dialog), ==, cases[i].sentence);
      g_assert_nonnull (strstr (atlas_problems_dialog_get_details (dialog), cases[i].name));
      if (strstr (atlas_problems_dialog_get_details (dialog), cases[i].expected) == NULL)
        g_error ("%s: “%s” does not say “%s”", cases[i].name,
                 atlas_problems_dialog_get_details (dialog), cases[i].expected);

      /* No line said twice */
      lines = g_strsplit (atlas_problems_dialog_get_details (dialog), "\n", -1);
      for (guint a = 0; lines[a] != NULL; a++)
        for (guint b = a + 1; lines[b] != NULL; b++)
          if (g_str_equal (lines[a], lines[b]))
            g_error ("%s: “%s” is said twice", cases[i].name, lines[a]);

      /* window.close (bound to Escape) closes it */
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
      g_assert_null (atlas_test_find_toplevel (ATLAS_TYPE_PROBLEMS_DIALOG));

      if (cases[i].contents == NULL)
        g_rmdir (path);
      else
        g_unlink (path);
    }

  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Closing the window while a file loads, and opening two at once */
static void
test_close_during_load (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "testland.atlas.json", NULL);
  g_autofree char *shipped = g_test_build_filename (G_TEST_DIST, "..", "resources", "profiles", "be.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) other = g_file_new_for_path (shipped);
  AtlasWindow *window = atlas_test_create_window (profile, 1280, 800);

  /* The last file asked for wins */
  atlas_window_open_file (window, file);
  atlas_window_open_file (window, other);
  wait_until_loaded (window);
  g_assert_cmpstr (atlas_profile_get_country_name (atlas_window_get_profile (window)), ==, "Belgium");

  atlas_window_open_file (window, file);
  gtk_window_destroy (GTK_WINDOW (window));

  /* The load finishes into nothing */
  for (guint i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
}


static void
test_search_groups_and_jumps (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  AtlasWindow *window = atlas_test_create_window (profile, 1280, 800);
  GtkStack *stack = GTK_STACK (atlas_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_STACK, "content-stack"));
  GtkSearchBar *bar = GTK_SEARCH_BAR (atlas_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_SEARCH_BAR, NULL));
  AtlasSearchPage *page;
  GtkListBox *overview, *organizations;
  GtkWidget *results;
  GtkWidget *focus;

  atlas_window_set_section (window, ATLAS_SECTION_EDUCATION);
  page = search_for (window, "focus CHILD");

  /* Grouped by section, in the order of the sidebar, each under a heading
   * with its count; the words found in bold */
  results = atlas_test_find_descendant (GTK_WIDGET (page), GTK_TYPE_BOX, "search-results");
  overview = GTK_LIST_BOX (atlas_test_find_descendant (results, GTK_TYPE_LIST_BOX, "overview"));
  organizations = GTK_LIST_BOX (atlas_test_find_descendant (results, GTK_TYPE_LIST_BOX, "organizations"));
  g_assert_nonnull (overview);
  g_assert_nonnull (organizations);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_widget_get_first_child (results))), ==, "Overview · 1");
  g_assert_cmpstr (row_title (overview, 0), ==, "<b>Child</b> <b>Focus</b>");
  g_assert_cmpuint (atlas_search_page_get_n_results (page), >=, 2);

  /* A result opens its item in its section, focused */
  gtk_widget_activate (GTK_WIDGET (gtk_list_box_get_row_at_index (organizations, 0)));
  /* marked for a moment: looked at before anything else can run */
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (GTK_IS_LIST_BOX_ROW (focus));
  g_assert_true (gtk_widget_has_css_class (focus, "atlas-found"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpint (atlas_window_get_section (window), ==, ATLAS_SECTION_ORGANIZATIONS);
  g_assert_false (gtk_search_bar_get_search_mode (bar));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == focus);
  {
    g_assert_true (ATLAS_IS_ITEM_ROW (focus));
    g_assert_cmpstr (atlas_item_get_title (atlas_item_row_get_item (ATLAS_ITEM_ROW (focus))), ==, "Child Focus");
  }

  /* Down (here Ctrl+G, the entry's next-match) goes to the results */
  search_for (window, "child focus");
  g_signal_emit_by_name (atlas_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, "search-entry"), "next-match");
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (ADW_IS_ACTION_ROW (focus));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (focus)), ==, "<b>Child</b> <b>Focus</b>");

  /* Enter opens the first result: the helpline on the Overview */
  search_for (window, "116");
  g_signal_emit_by_name (atlas_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, "search-entry"), "activate");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpint (atlas_window_get_section (window), ==, ATLAS_SECTION_OVERVIEW);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (gtk_widget_has_css_class (focus, "atlas-helpline"));

  /* Esc closes the search and shows the page from before */
  atlas_window_set_section (window, ATLAS_SECTION_LEGISLATION);
  search_for (window, "penal code");
  g_signal_emit_by_name (atlas_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, "search-entry"), "stop-search");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_false (gtk_search_bar_get_search_mode (bar));
  g_assert_true (gtk_stack_get_visible_child (stack) == atlas_window_get_page (window, ATLAS_SECTION_LEGISLATION));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_search_research_and_empty (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  AtlasWindow *window = atlas_test_create_window (profile, 1280, 800);
  AtlasSearchPage *page;
  GtkListBox *research;
  GtkStack *results_stack;
  GtkWidget *focus;
  GtkListView *list_view;

  page = search_for (window, "OLAFSSON");
  results_stack = GTK_STACK (atlas_test_find_descendant (GTK_WIDGET (page), GTK_TYPE_STACK, "search-stack"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (results_stack), ==, "results");
  research = GTK_LIST_BOX (atlas_test_find_descendant (GTK_WIDGET (page), GTK_TYPE_LIST_BOX, "research"));
  g_assert_nonnull (research);
  g_assert_cmpuint (atlas_test_count_rows (research), ==, atlas_search_page_get_n_results (page));

  /* The last of them, so that the list has to scroll to it */
  {
    GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (research, atlas_test_count_rows (research) - 1));
    GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (row));
    const char *section_name, *id;
    AtlasPublication *shown;

    g_variant_get (target, "(&s&s)", &section_name, &id);
    g_assert_cmpstr (section_name, ==, "research");

    gtk_widget_activate (row);
    for (int i = 0; i < 3; i++)
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    g_assert_cmpint (atlas_window_get_section (window), ==, ATLAS_SECTION_RESEARCH);
    list_view = atlas_research_page_get_list_view (ATLAS_RESEARCH_PAGE (atlas_window_get_page (window, ATLAS_SECTION_RESEARCH)));

    /* The row of that publication has the focus */
    focus = gtk_root_get_focus (GTK_ROOT (window));
    g_assert_nonnull (focus);
    g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (list_view)));
    shown = atlas_publication_row_get_publication (ATLAS_PUBLICATION_ROW (gtk_widget_get_first_child (focus)));
    g_assert_nonnull (shown);
    g_assert_cmpstr (atlas_item_get_id (ATLAS_ITEM (shown)), ==, id);
  }

  /* Nothing found: a status page that says what to try */
  page = search_for (window, "zzyzx");
  results_stack = GTK_STACK (atlas_test_find_descendant (GTK_WIDGET (page), GTK_TYPE_STACK, "search-stack"));
  g_assert_cmpuint (atlas_search_page_get_n_results (page), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (results_stack), ==, "empty");

  gtk_window_destroy (GTK_WINDOW (window));
}


/* The size in points of a label's font, as CSS made it */
static double
font_points (GtkWidget *label)
{
  PangoFontDescription *font = pango_context_get_font_description (gtk_widget_get_pango_context (label));

  return pango_font_description_get_size (font) / (double) PANGO_SCALE;
}

/* The main menu button that is shown: the content pane's in a wide window */
static GtkMenuButton *
main_menu_button (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget)), "open-menu-symbolic") == 0)
    return GTK_MENU_BUTTON (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkMenuButton *found = main_menu_button (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_zoom (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  AtlasWindow *window = atlas_test_create_window (profile, 1024, 768);
  GtkWidget *page;
  GtkWidget *title;
  GtkWidget *sidebar_label;
  double title_points, sidebar_points;

  page = atlas_test_show_page (window, ATLAS_SECTION_LEGISLATION);
  title = atlas_test_find_descendant (page, GTK_TYPE_LABEL, NULL);
  g_assert_true (gtk_widget_has_css_class (title, "title-1"));
  sidebar_label = atlas_test_find_descendant (atlas_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, "sidebar"), GTK_TYPE_LABEL, NULL);
  title_points = font_points (title);
  sidebar_points = font_points (sidebar_label);
  g_assert_cmpfloat (atlas_window_get_zoom (window), ==, 1.0);

  /* Ctrl+plus twice: 150%, for the content's type styles too, not the sidebar */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpfloat_with_epsilon (atlas_window_get_zoom (window), 1.5, 0.001);
  g_assert_cmpfloat_with_epsilon (font_points (title), title_points * 1.5, 0.1);
  g_assert_cmpfloat_with_epsilon (font_points (sidebar_label), sidebar_points, 0.1);

  /* Up to 300%, and no further */
  for (int i = 0; i < 10; i++)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL);
  g_assert_cmpfloat_with_epsilon (atlas_window_get_zoom (window), 3.0, 0.001);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-in", NULL);
  g_assert_cmpfloat_with_epsilon (atlas_window_get_zoom (window), 3.0, 0.001);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  /* The context's: remembered, a new window opens at the same zoom */
  atlas_window_set_zoom (window, 2.0);
  g_assert_cmpfloat_with_epsilon (atlas_context_get_zoom (atlas_window_get_context (window)), 2.0, 0.001);
  gtk_window_destroy (GTK_WINDOW (window));
  window = atlas_test_create_window (profile, 1024, 768);
  g_assert_cmpfloat_with_epsilon (atlas_window_get_zoom (window), 2.0, 0.001);

  /* and every window follows it */
  atlas_context_set_zoom (atlas_window_get_context (window), 1.75);
  g_assert_cmpfloat_with_epsilon (atlas_window_get_zoom (window), 1.75, 0.001);
  atlas_window_set_zoom (window, 2.0);

  /* The main menu is made when it first opens, and shows the zoom level */
  {
    GtkMenuButton *menu = main_menu_button (GTK_WIDGET (window));
    GtkPopover *popover;

    g_assert_nonnull (menu);
    g_assert_null (gtk_menu_button_get_popover (menu));
    gtk_menu_button_popup (menu);
    popover = gtk_menu_button_get_popover (menu);
    g_assert_true (GTK_IS_POPOVER_MENU (popover));
    g_assert_nonnull (atlas_test_find_label (GTK_WIDGET (popover), "200%"));
    gtk_menu_button_popdown (menu);
    gtk_menu_button_popup (menu);
    g_assert_true (gtk_menu_button_get_popover (menu) == popover);
    gtk_menu_button_popdown (menu);

    /* Ctrl+0: back to 100%, in the menu too; down to 75% */
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-reset", NULL));
    g_assert_cmpfloat (atlas_window_get_zoom (window), ==, 1.0);
    g_assert_nonnull (atlas_test_find_label (GTK_WIDGET (popover), "100%"));
    for (int i = 0; i < 5; i++)
      gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-out", NULL);
    g_assert_cmpfloat_with_epsilon (atlas_window_get_zoom (window), 0.75, 0.001);
    g_assert_nonnull (atlas_test_find_label (GTK_WIDGET (popover), "75%"));
  }

  atlas_window_set_zoom (window, 1.0);
  gtk_window_destroy (GTK_WINDOW (window));
}


/* The menu's Style: light or dark forced, or as the desktop prefers;
 * remembered in the settings */
static void
test_style (void)
{
  AtlasApplication *application = atlas_test_get_application ();
  g_autoptr(GSettings) settings = g_settings_new ("io.github.onlinesafetyatlas.Atlas");
  AdwStyleManager *manager = adw_style_manager_get_default ();
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (application), "style"));

  g_action_group_activate_action (G_ACTION_GROUP (application), "style", g_variant_new_string ("dark"));
  g_assert_cmpint (adw_style_manager_get_color_scheme (manager), ==, ADW_COLOR_SCHEME_FORCE_DARK);
  {
    g_autofree char *style = g_settings_get_string (settings, "style");
    g_assert_cmpstr (style, ==, "dark");
  }

  g_action_group_activate_action (G_ACTION_GROUP (application), "style", g_variant_new_string ("light"));
  g_assert_cmpint (adw_style_manager_get_color_scheme (manager), ==, ADW_COLOR_SCHEME_FORCE_LIGHT);

  /* changed elsewhere (another window, dconf-editor): followed */
  g_settings_set_string (settings, "style", "system");
  g_assert_cmpint (adw_style_manager_get_color_scheme (manager), ==, ADW_COLOR_SCHEME_DEFAULT);
}


static AtlasWindow *
only_window (GtkApplication *application)
{
  GList *windows;

  /* the settings tell of the change from the main loop */
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);

  windows = gtk_application_get_windows (application);

  g_assert_cmpuint (g_list_length (windows), ==, 1);
  return ATLAS_WINDOW (windows->data);
}

static const char *
sidebar_title (AtlasWindow  *window,
               AtlasSection  section)
{
  GtkListBox *sidebar = GTK_LIST_BOX (atlas_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, "sidebar"));
  GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (sidebar, section));

  return gtk_label_get_text (GTK_LABEL (atlas_test_find_descendant (row, GTK_TYPE_LABEL, NULL)));
}


/* The text of the visible language tag under @widget, or %NULL */
static const char *
language_tag (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "atlas-language-tag"))
    return gtk_widget_get_visible (widget) ? gtk_label_get_text (GTK_LABEL (widget)) : NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *found = language_tag (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* What the Overview says of a profile whose texts are not all
 * translated, in the language of the moment */
static char *
untranslated_note (void)
{
  return g_strdup_printf (g_dgettext (GETTEXT_PACKAGE, "Some texts of this profile are not translated yet: they are shown in English, tagged “%s”."),
                          g_dpgettext2 (GETTEXT_PACKAGE, "language tag", "English"));
}

static GtkAdjustment *
page_adjustment (AtlasWindow  *window,
                 AtlasSection  section)
{
  GtkWidget *page = atlas_window_get_page (window, section);
  GtkScrolledWindow *scrolled = GTK_SCROLLED_WINDOW (atlas_test_find_descendant (page, GTK_TYPE_SCROLLED_WINDOW, NULL));

  return gtk_scrolled_window_get_vadjustment (scrolled);
}

static double
scroll_fraction (GtkAdjustment *adjustment)
{
  return gtk_adjustment_get_value (adjustment) /
         (gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment));
}

static void
switch_language (AtlasApplication *application,
                 const char       *language)
{
  g_action_group_activate_action (G_ACTION_GROUP (application), "language", g_variant_new_string (language));
}

static GListModel *
switcher_entries (AtlasWindow *window)
{
  GtkDropDown *switcher = GTK_DROP_DOWN (atlas_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_DROP_DOWN, "profile-switcher"));

  return gtk_drop_down_get_model (switcher);
}

/* The profile entry of @uri in @window's switcher */
static AtlasProfileEntry *
switcher_entry (AtlasWindow *window,
                const char  *uri)
{
  GListModel *entries = switcher_entries (window);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(AtlasProfileEntry) entry = g_list_model_get_item (entries, i);

      if (g_str_equal (atlas_profile_entry_get_uri (entry), uri))
        return entry;
    }

  return NULL;
}

/* The menu's Language: the whole window again in French, then Dutch, then
 * as the desktop has it, interface and profile, on the same section,
 * item, scroll position and search; the switcher's profiles are not read
 * again */
static void
test_language (void)
{
  static const char * const titles[][ATLAS_N_SECTIONS] = {
    { "Aperçu", "Éducation", "Forces de l’ordre", "Organisations", "Recherche", "Législation", "Chronologie" },
    { "Overzicht", "Onderwijs", "Politie en justitie", "Organisaties", "Onderzoek", "Wetgeving", "Tijdlijn" },
  };
  AtlasApplication *application = atlas_test_get_application ();
  g_autoptr(GSettings) settings = g_settings_new ("io.github.onlinesafetyatlas.Atlas");
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  const char *uri = "resource://" RESOURCE_BASE "/profiles/be.json";
  AtlasLibrary *library = atlas_context_get_library (atlas_test_get_context ());
  GtkAdjustment *adjustment;
  AtlasWindow *window;
  GtkWidget *page;
  guint loads, reads;

  window = atlas_window_new (ADW_APPLICATION (application), atlas_test_get_context (), NULL);
  atlas_window_show_profile (window, uri, profile);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  atlas_window_set_section (window, ATLAS_SECTION_LEGISLATION);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpstr (sidebar_title (window, ATLAS_SECTION_OVERVIEW), ==, "Overview");
  g_assert_null (language_tag (atlas_test_legal_row (window, "penal-code-375")));

  /* The switcher's profiles, read once for every window */
  atlas_library_load (library, NULL);
  loads = atlas_library_get_n_loads (library);
  g_assert_cmpuint (loads, >, 0);
  g_assert_cmpstr (atlas_profile_entry_get_country_name (switcher_entry (window, uri)), ==, "Belgium");

  /* At a law (as a search result leads to one), then half-way down the
   * laws (the page scrolls by more than half a screen) */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-item", "(ss)",
                                             "legislation", "penal-code-375"));
  adjustment = page_adjustment (window, ATLAS_SECTION_LEGISLATION);
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >, 1.5 * gtk_adjustment_get_page_size (adjustment));
  gtk_adjustment_set_value (adjustment, 0.5 * (gtk_adjustment_get_upper (adjustment) -
                                               gtk_adjustment_get_page_size (adjustment)));
  g_assert_cmpfloat_with_epsilon (atlas_window_get_scroll_position (window), 0.5, 0.001);

  /* French: the interface, and the same profile translated again, with
   * no file read */
  reads = atlas_profile_get_n_reads ();
  switch_language (application, "fr");
  window = only_window (GTK_APPLICATION (application));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  for (AtlasSection section = 0; section < ATLAS_N_SECTIONS; section++)
    g_assert_cmpstr (sidebar_title (window, section), ==, titles[0][section]);
  g_assert_true (atlas_window_get_profile (window) == profile);
  g_assert_cmpuint (atlas_profile_get_n_reads (), ==, reads);
  g_assert_cmpstr (atlas_profile_get_language (atlas_window_get_profile (window)), ==, "fr");
  g_assert_cmpstr (atlas_window_get_profile_uri (window), ==, uri);
  g_assert_cmpint (atlas_window_get_section (window), ==, ATLAS_SECTION_LEGISLATION);
  {
    g_autofree char *language = g_settings_get_string (settings, "language");
    g_assert_cmpstr (language, ==, "fr");
  }

  /* The same place in the laws, which are longer in French, at the same
   * law */
  adjustment = page_adjustment (window, ATLAS_SECTION_LEGISLATION);
  g_assert_cmpfloat_with_epsilon (scroll_fraction (adjustment), 0.5, 0.01);
  g_assert_cmpstr (atlas_page_get_item (ATLAS_PAGE (atlas_window_get_page (window, ATLAS_SECTION_LEGISLATION))),
                   ==, "penal-code-375");
  {
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
    GtkWidget *row = atlas_test_legal_row (window, "penal-code-375");

    g_assert_true (focus == row || gtk_widget_is_ancestor (focus, row));
  }

  /* The same switcher's list, not read again; the profile shown is named
   * in French there too */
  g_assert_true (switcher_entries (window) == G_LIST_MODEL (library));
  g_assert_cmpuint (atlas_library_get_n_loads (library), ==, loads);
  g_assert_cmpstr (atlas_profile_entry_get_country_name (switcher_entry (window, uri)), ==, "Belgique");

  /* A law in French, with the Belgian terms, marked as unofficial */
  {
    GtkWidget *row = atlas_test_legal_row (window, "penal-code-375");
    const char *unofficial = g_dgettext (GETTEXT_PACKAGE, "Unofficial translation");

    g_assert_nonnull (atlas_test_find_label (row, "Code pénal"));
    g_assert_cmpstr (unofficial, !=, "Unofficial translation");
    g_assert_cmpstr (language_tag (row), ==, unofficial);

    /* A date the app formats: the month of a ratification */
    row = atlas_test_legal_row (window, "council-of-europe-convention-on-cybercrime");
    g_assert_nonnull (atlas_test_find_label (row, "· septembre 2012"));
  }

  /* On the Overview: a number with French separators, a date in French */
  page = atlas_test_show_page (window, ATLAS_SECTION_OVERVIEW);
  g_assert_nonnull (atlas_test_find_label (page, "Belgique"));
  g_assert_nonnull (atlas_test_find_label (page, "1\u202f931\u202f829"));
  g_assert_nonnull (atlas_test_find_label (page, "mars 2016"));
  g_assert_null (language_tag (page));
  {
    g_autofree char *why = untranslated_note ();
    g_assert_null (atlas_test_find_label (page, why));
  }

  /* Dutch, in the middle of a search */
  atlas_window_search (window, "strafwetboek");
  switch_language (application, "nl");
  window = only_window (GTK_APPLICATION (application));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  for (AtlasSection section = 0; section < ATLAS_N_SECTIONS; section++)
    g_assert_cmpstr (sidebar_title (window, section), ==, titles[1][section]);
  g_assert_cmpstr (atlas_profile_get_language (atlas_window_get_profile (window)), ==, "nl");
  g_assert_cmpint (atlas_window_get_section (window), ==, ATLAS_SECTION_OVERVIEW);
  g_assert_cmpstr (atlas_window_get_search_text (window), ==, "strafwetboek");
  g_assert_cmpuint (atlas_library_get_n_loads (library), ==, loads);
  g_assert_true (atlas_window_get_profile (window) == profile);
  g_assert_cmpuint (atlas_profile_get_n_reads (), ==, reads);
  {
    /* The search finds the laws in Dutch */
    AtlasSearchPage *results = ATLAS_SEARCH_PAGE (atlas_test_find_descendant (GTK_WIDGET (window), ATLAS_TYPE_SEARCH_PAGE, NULL));

    g_assert_nonnull (atlas_test_find_label (GTK_WIDGET (results), "Strafwetboek"));
  }
  page = atlas_window_get_page (window, ATLAS_SECTION_OVERVIEW);
  g_assert_nonnull (atlas_test_find_label (page, "1.931.829"));
  g_assert_nonnull (atlas_test_find_label (page, "maart 2016"));

  /* Switching while a file loads: the old window, loading, goes; nothing
   * breaks, and the new one shows the profile that was on screen, in
   * English again */
  {
    g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "testland.atlas.json", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);

    atlas_window_open_file (window, file);
    g_assert_true (atlas_window_is_loading (window));
    switch_language (application, "system");
    window = only_window (GTK_APPLICATION (application));
    for (guint i = 0; i < 50; i++)
      g_main_context_iteration (NULL, FALSE);
    g_assert_cmpstr (atlas_window_get_profile_uri (window), ==, uri);
  }
  g_assert_cmpstr (sidebar_title (window, ATLAS_SECTION_OVERVIEW), ==, "Overview");
  g_assert_cmpstr (atlas_profile_get_language (atlas_window_get_profile (window)), ==, "en");
  g_assert_cmpstr (atlas_profile_get_country_name (atlas_window_get_profile (window)), ==, "Belgium");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The window's state: what it holds, and a new window restored from it,
 * whose profile, a file, is read in the background first */
static void
test_state (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "testland.atlas.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *file_uri = g_file_get_uri (file);
  g_autoptr(GVariant) state = NULL;
  g_autoptr(GVariant) searching = NULL;
  AtlasWindow *window = atlas_test_create_window (NULL, 1000, 700);
  const char *text;
  int width, height;
  gboolean maximized;

  atlas_window_open_file (window, file);
  wait_until_loaded (window);
  atlas_test_show_page (window, ATLAS_SECTION_LEGISLATION);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-item", "(ss)",
                                             "legislation", "test-article-2"));

  state = atlas_window_save_state (window);
  g_assert_true (g_variant_is_of_type (state, G_VARIANT_TYPE_VARDICT));
  g_assert_true (g_variant_lookup (state, "profile-uri", "&s", &text));
  g_assert_cmpstr (text, ==, file_uri);
  g_assert_true (g_variant_lookup (state, "section", "&s", &text));
  g_assert_cmpstr (text, ==, "legislation");
  g_assert_true (g_variant_lookup (state, "item", "&s", &text));
  g_assert_cmpstr (text, ==, "test-article-2");
  g_assert_false (g_variant_lookup (state, "search", "&s", &text));
  g_assert_true (g_variant_lookup (state, "width", "i", &width));
  g_assert_true (g_variant_lookup (state, "height", "i", &height));
  g_assert_true (g_variant_lookup (state, "maximized", "b", &maximized));
  g_assert_cmpint (width, ==, 1000);
  g_assert_cmpint (height, ==, 700);
  g_assert_false (maximized);
  atlas_test_destroy_window (GTK_WINDOW (window));

  window = atlas_test_create_window (NULL, 1280, 800);
  atlas_window_restore_state (window, state);
  g_assert_true (atlas_window_is_loading (window));
  wait_until_loaded (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpstr (atlas_window_get_profile_uri (window), ==, file_uri);
  g_assert_cmpint (atlas_window_get_section (window), ==, ATLAS_SECTION_LEGISLATION);
  g_assert_cmpstr (atlas_page_get_item (ATLAS_PAGE (atlas_window_get_page (window, ATLAS_SECTION_LEGISLATION))),
                   ==, "test-article-2");
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 1000);
  g_assert_cmpint (height, ==, 700);

  /* A search is part of it; the item of a page it hides is not */
  atlas_window_search (window, "offence");
  searching = atlas_window_save_state (window);
  g_assert_true (g_variant_lookup (searching, "search", "&s", &text));
  g_assert_cmpstr (text, ==, "offence");
  g_assert_false (g_variant_lookup (searching, "item", "&s", &text));

  atlas_test_destroy_window (GTK_WINDOW (window));
}

/* A text without translation stays English, tagged "English" in the page
 * and on its slide; translated laws are tagged as unofficial */
static void
test_language_tags (void)
{
  AtlasApplication *application = atlas_test_get_application ();
  g_autoptr(GBytes) shipped = g_resources_lookup_data (RESOURCE_BASE "/profiles/be.json", 0, NULL);
  g_autoptr(GString) edited = g_string_new_len (g_bytes_get_data (shipped, NULL), g_bytes_get_size (shipped));
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(AtlasProfile) profile = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) slides = NULL;
  g_autoptr(AtlasSlide) slide = NULL;
  AtlasWindow *window;
  AtlasSectionPage *page;
  GtkListBox *list;
  const char *english;

  /* A newer edition: one organization's text changed */
  g_assert_cmpuint (g_string_replace (edited, "A website for and by teachers", "A new website for teachers", 1), ==, 1);
  bytes = g_string_free_to_bytes (g_steal_pointer (&edited));

  switch_language (application, "fr");
  profile = atlas_profile_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  english = g_dpgettext2 (GETTEXT_PACKAGE, "language tag", "English");
  g_assert_cmpstr (english, !=, "English");

  window = atlas_test_create_window (profile, 1280, 800);
  page = ATLAS_SECTION_PAGE (atlas_test_show_page (window, ATLAS_SECTION_ORGANIZATIONS));
  list = atlas_section_page_get_list (page);

  for (guint i = 0; i < atlas_test_count_rows (list); i++)
    {
      g_autoptr(AtlasItem) item = g_list_model_get_item (atlas_section_page_get_shown_items (page), i);
      GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, i));

      if (g_str_equal (atlas_item_get_id (item), "klascement"))
        {
          g_assert_nonnull (atlas_test_find_label (row, "A new website for teachers"));
          g_assert_cmpstr (language_tag (row), ==, english);
        }
      else
        g_assert_null (language_tag (row));
    }

  /* The Overview says once why */
  {
    g_autofree char *why = untranslated_note ();

    atlas_window_set_section (window, ATLAS_SECTION_OVERVIEW);
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    g_assert_nonnull (atlas_test_find_label (atlas_window_get_page (window, ATLAS_SECTION_OVERVIEW), why));
    g_assert_null (strstr (why, "Some texts"));
  }

  /* The slides say it too */
  slides = atlas_slide_list_new (profile, ATLAS_SECTION_ORGANIZATIONS);
  for (guint i = 0; i < g_list_model_get_n_items (slides); i++)
    {
      g_autoptr(AtlasSlide) item = g_list_model_get_item (slides, i);
      gboolean tagged = g_str_has_suffix (atlas_slide_get_kicker (item), english);

      g_assert_cmpint (tagged, ==, g_str_equal (atlas_slide_get_item_id (item), "klascement"));
    }
  g_clear_object (&slides);
  slides = atlas_slide_list_new (profile, ATLAS_SECTION_LEGISLATION);
  slide = g_list_model_get_item (slides, 0);
  g_assert_true (g_str_has_suffix (atlas_slide_get_kicker (slide),
                                   g_dgettext (GETTEXT_PACKAGE, "Unofficial translation")));

  /* And the handouts: the laws in French, marked unofficial */
  {
    g_autofree char *dir = g_dir_make_tmp ("atlas-test-XXXXXX", NULL);
    g_autofree char *path = g_build_filename (dir, "legislation.pdf", NULL);
    g_autofree char *text = NULL;
    g_autoptr(GError) pdf_error = NULL;

    g_assert_cmpint (atlas_handout_export_pdf (atlas_test_get_context (), profile, ATLAS_SECTION_LEGISLATION, path, &pdf_error), >=, 1);
    g_assert_no_error (pdf_error);
    text = atlas_test_pdf_text (path);
    g_assert_nonnull (strstr (text, "Code pénal belge"));
    g_assert_nonnull (strstr (text, g_dgettext (GETTEXT_PACKAGE, "Unofficial translation")));
    g_assert_cmpint (g_unlink (path), ==, 0);
    g_assert_cmpint (g_rmdir (dir), ==, 0);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  switch_language (application, "system");
}


static void
test_profile_switcher (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "testland.atlas.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *file_uri = g_file_get_uri (file);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_auto(GStrv) recent = NULL;
  g_autofree char *last = NULL;
  const char *first;
  AtlasContext *context;
  AtlasLibrary *library;
  AtlasWindow *window;
  GtkDropDown *switcher;
  GListModel *entries;

  /* A library of its own, not the one the other tests fill */
  g_settings_reset (settings, "recent-profiles");
  context = atlas_context_new ();
  library = atlas_context_get_library (context);
  window = g_object_new (ATLAS_TYPE_WINDOW, "context", context, NULL);
  g_object_unref (context);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  switcher = GTK_DROP_DOWN (atlas_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_DROP_DOWN, "profile-switcher"));
  entries = gtk_drop_down_get_model (switcher);
  g_assert_true (entries == G_LIST_MODEL (library));

  /* The shipped profile is listed and shown */
  atlas_library_load (library, NULL);
  first = atlas_library_get_first_uri (library);
  g_assert_cmpstr (first, ==, "resource://" RESOURCE_BASE "/profiles/be.json");
  atlas_window_open_uri (window, first);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 1);
  g_assert_cmpuint (gtk_drop_down_get_selected (switcher), ==, 0);
  g_assert_cmpstr (atlas_profile_get_country_code (atlas_window_get_profile (window)), ==, "BE");

  /* An opened file joins the list, is shown, remembered and recent */
  atlas_window_set_section (window, ATLAS_SECTION_ORGANIZATIONS);
  atlas_window_open_file (window, file);
  wait_until_loaded (window);
  g_assert_cmpuint (g_list_model_get_n_items (entries), ==, 2);
  g_assert_cmpuint (gtk_drop_down_get_selected (switcher), ==, 1);
  last = g_settings_get_string (settings, "last-profile");
  g_assert_cmpstr (last, ==, file_uri);
  recent = g_settings_get_strv (settings, "recent-profiles");
  g_assert_cmpstr (recent[0], ==, file_uri);

  /* Choosing Belgium again in the switcher shows it, on the same section */
  gtk_drop_down_set_selected (switcher, 0);
  g_assert_cmpstr (atlas_profile_get_country_code (atlas_window_get_profile (window)), ==, "BE");
  g_assert_cmpint (atlas_window_get_section (window), ==, ATLAS_SECTION_ORGANIZATIONS);
  g_free (last);
  last = g_settings_get_string (settings, "last-profile");
  g_assert_cmpstr (last, ==, first);

  gtk_window_destroy (GTK_WINDOW (window));
}


/* Every page fits a window of 360 pixels (a phone, or a window beside
 * another) at 100%: the minimum widths the labels ask for stay small */
static void
test_narrow_minimum (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  AtlasWindow *window = atlas_test_create_window (profile, 1280, 800);

  for (AtlasSection section = 0; section < ATLAS_N_SECTIONS; section++)
    {
      GtkWidget *page;
      int minimum, natural;

      page = atlas_test_show_page (window, section);
      gtk_widget_measure (page, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
      g_test_message ("%s: minimum width %d", atlas_test_section_titles[section], minimum);
      g_assert_cmpint (minimum, <=, 360);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
toast_cb (AtlasPage  *page,
          const char *message,
          char      **received)
{
  g_free (*received);
  *received = g_strdup (message);
}

static gboolean
is_copy_button (GtkWidget *widget)
{
  return GTK_IS_BUTTON (widget) && !GTK_IS_TOGGLE_BUTTON (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), _("_Copy Citation")) == 0 &&
         gtk_widget_get_mapped (widget);
}

/* Every page is an AtlasPage: the window scrolls, focuses and hears from
 * it without knowing its type. Copying a citation tells the window by
 * the page's toast signal, not by finding the window. */
static void
test_pages_interface (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  AtlasWindow *window = atlas_test_create_window (profile, 1280, 800);
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  g_autofree char *received = NULL;
  GtkWidget *research;

  for (AtlasSection section = 0; section < ATLAS_N_SECTIONS; section++)
    {
      GtkWidget *page = atlas_test_show_page (window, section);

      g_assert_true (ATLAS_IS_PAGE (page));
      g_assert_true (GTK_IS_ADJUSTMENT (atlas_page_get_vadjustment (ATLAS_PAGE (page))));
      g_assert_false (atlas_page_focus_item (ATLAS_PAGE (page), "no-such-item"));
    }
  g_assert_true (atlas_page_focus_item (ATLAS_PAGE (atlas_window_get_page (window, ATLAS_SECTION_LEGISLATION)),
                                        "penal-code-375"));

  /* The item a page brought into view is the reader's, while the
   * keyboard focus stays in it */
  {
    AtlasPage *legislation = ATLAS_PAGE (atlas_window_get_page (window, ATLAS_SECTION_LEGISLATION));
    GtkWidget *sidebar = atlas_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, "sidebar");

    g_assert_cmpstr (atlas_page_get_item (legislation), ==, "penal-code-375");
    g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (sidebar), atlas_window_get_section (window)))));
    g_assert_null (atlas_page_get_item (legislation));
    g_assert_null (atlas_page_get_item (ATLAS_PAGE (atlas_window_get_page (window, ATLAS_SECTION_OVERVIEW))));
  }

  research = atlas_test_show_page (window, ATLAS_SECTION_RESEARCH);
  g_signal_connect (research, "toast", G_CALLBACK (toast_cb), &received);
  atlas_test_collect (research, is_copy_button, buttons);
  g_assert_cmpuint (buttons->len, >, 0);
  g_signal_emit_by_name (buttons->pdata[0], "clicked");
  g_assert_cmpstr (received, ==, _("Citation copied"));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  atlas_test_init (&argc, &argv);

  g_test_add_func ("/Atlas/Window/sidebar-and-pages", test_sidebar_and_pages);
  g_test_add_func ("/Atlas/Window/pages-interface", test_pages_interface);
  g_test_add_func ("/Atlas/Window/keyboard-shortcut", test_keyboard_shortcut);
  g_test_add_func ("/Atlas/Window/search-keys", test_search_keys);
  g_test_add_func ("/Atlas/Window/zoom-keys", test_zoom_keys);
  g_test_add_func ("/Atlas/Window/narrow", test_narrow);
  g_test_add_func ("/Atlas/Window/narrow-minimum", test_narrow_minimum);
  g_test_add_func ("/Atlas/Window/refused-url", test_refused_url);
  g_test_add_func ("/Atlas/Window/markup-is-literal", test_markup_is_literal);
  g_test_add_func ("/Atlas/Window/remembers", test_remembers);
  g_test_add_func ("/Atlas/Window/section-icons", test_section_icons);
  g_test_add_func ("/Atlas/Window/shortcuts-window", test_shortcuts_window);
  g_test_add_func ("/Atlas/Window/statistic-values", test_statistic_values);
  g_test_add_func ("/Atlas/Window/statistics-keyboard", test_statistics_keyboard);
  g_test_add_func ("/Atlas/Window/tab-through-pages", test_tab_through_pages);
  g_test_add_func ("/Atlas/Window/sidebar-keyboard", test_sidebar_keyboard);
  g_test_add_func ("/Atlas/Window/links-one-line", test_links_one_line);
  g_test_add_func ("/Atlas/Window/helpline-number-whole", test_helpline_number_whole);
  g_test_add_func ("/Atlas/Window/open-file", test_open_file);
  g_test_add_func ("/Atlas/Window/open-bad-files", test_open_bad_files);
  g_test_add_func ("/Atlas/Window/close-during-load", test_close_during_load);
  g_test_add_func ("/Atlas/Window/search-groups-and-jumps", test_search_groups_and_jumps);
  g_test_add_func ("/Atlas/Window/zoom", test_zoom);
  g_test_add_func ("/Atlas/Window/style", test_style);
  g_test_add_func ("/Atlas/Window/language", test_language);
  g_test_add_func ("/Atlas/Window/state", test_state);
  g_test_add_func ("/Atlas/Window/language-tags", test_language_tags);
  g_test_add_func ("/Atlas/Window/search-research-and-empty", test_search_research_and_empty);
  g_test_add_func ("/Atlas/Window/profile-switcher", test_profile_switcher);

  return g_test_run ();
}
