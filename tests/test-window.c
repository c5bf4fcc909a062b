/* test-window.c: the main window, under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "atlas-overview-page.h"
#include "atlas-profile.h"
#include "atlas-research-page.h"
#include "atlas-section-page.h"
#include "atlas-window.h"

static const char * const section_titles[ATLAS_N_SECTIONS] = {
  "Overview", "Education", "Law Enforcement", "Organizations",
  "Research", "Legislation", "Timeline",
};

static GtkWidget *
find_descendant (GtkWidget  *widget,
                 GType       type,
                 const char *name)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      (name == NULL || g_strcmp0 (gtk_widget_get_name (widget), name) == 0))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static AtlasProfile *
load_profile (const char *resource)
{
  g_autoptr(GError) error = NULL;
  AtlasProfile *profile = atlas_profile_new_from_resource (resource, &error);

  g_assert_no_error (error);
  return profile;
}

static AtlasWindow *
create_window (AtlasProfile *profile,
               int           width,
               int           height)
{
  AtlasWindow *window = g_object_new (ATLAS_TYPE_WINDOW, "profile", profile, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  return window;
}

/* The number of rows a GtkListBox holds */
static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;

  return n;
}

static void
test_sidebar_and_pages (void)
{
  g_autoptr(AtlasProfile) profile = load_profile (RESOURCE_BASE "/profiles/be.json");
  AtlasWindow *window = create_window (profile, 1280, 800);
  GtkListBox *sidebar = GTK_LIST_BOX (find_descendant (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, "sidebar"));
  GtkStack *stack = GTK_STACK (find_descendant (GTK_WIDGET (window), GTK_TYPE_STACK, "content-stack"));
  AdwLeaflet *leaflet = ADW_LEAFLET (find_descendant (GTK_WIDGET (window), ADW_TYPE_LEAFLET, NULL));

  g_assert_nonnull (sidebar);
  g_assert_nonnull (stack);
  g_assert_false (adw_leaflet_get_folded (leaflet));

  /* Seven rows, in order, with their names */
  g_assert_cmpuint (count_rows (sidebar), ==, ATLAS_N_SECTIONS);
  for (guint i = 0; i < ATLAS_N_SECTIONS; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (sidebar, i);
      GtkLabel *label = GTK_LABEL (find_descendant (GTK_WIDGET (row), GTK_TYPE_LABEL, NULL));

      g_assert_cmpstr (gtk_label_get_text (label), ==, section_titles[i]);
    }

  /* The country is named in the sidebar header */
  {
    AdwWindowTitle *title = ADW_WINDOW_TITLE (find_descendant (GTK_WIDGET (window), ADW_TYPE_WINDOW_TITLE, NULL));
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
          g_assert_cmpuint (count_rows (list), ==, g_list_model_get_n_items (model));
          g_assert_cmpuint (count_rows (list), >, 0);
        }
      else if (ATLAS_IS_RESEARCH_PAGE (page))
        {
          GtkListView *view = atlas_research_page_get_list_view (ATLAS_RESEARCH_PAGE (page));
          g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (view))), ==, 31);
        }
      else
        g_assert_true (ATLAS_IS_OVERVIEW_PAGE (page));
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_keyboard_shortcut (void)
{
  g_autoptr(AtlasProfile) profile = load_profile (RESOURCE_BASE "/profiles/be.json");
  AtlasWindow *window = create_window (profile, 1280, 800);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "legislation"));
  g_assert_cmpint (atlas_window_get_section (window), ==, ATLAS_SECTION_LEGISLATION);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_narrow (void)
{
  g_autoptr(AtlasProfile) profile = load_profile (RESOURCE_BASE "/profiles/be.json");
  AtlasWindow *window = create_window (profile, 360, 720);
  AdwLeaflet *leaflet = ADW_LEAFLET (find_descendant (GTK_WIDGET (window), ADW_TYPE_LEAFLET, NULL));
  GtkListBox *sidebar = GTK_LIST_BOX (find_descendant (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, "sidebar"));

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

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_refused_url (void)
{
  g_autoptr(AtlasProfile) profile = load_profile (RESOURCE_BASE "/profiles/be.json");
  AtlasWindow *window = create_window (profile, 1280, 800);
  AdwToastOverlay *overlay = ADW_TOAST_OVERLAY (find_descendant (GTK_WIDGET (window), ADW_TYPE_TOAST_OVERLAY, NULL));
  GtkWidget *first_child_before = gtk_widget_get_last_child (GTK_WIDGET (overlay));

  /* Refused without reaching the desktop: a toast appears instead */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-url", "s", "file:///etc/passwd"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (gtk_widget_get_last_child (GTK_WIDGET (overlay)) != first_child_before);

  gtk_window_destroy (GTK_WINDOW (window));
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
  window = create_window (profile, 1280, 800);
  atlas_window_set_section (window, ATLAS_SECTION_ORGANIZATIONS);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  page = atlas_window_get_page (window, ATLAS_SECTION_ORGANIZATIONS);
  list = atlas_section_page_get_list (ATLAS_SECTION_PAGE (page));
  name = GTK_LABEL (find_descendant (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0)), GTK_TYPE_LABEL, NULL));

  g_assert_false (gtk_label_get_use_markup (name));
  g_assert_cmpstr (gtk_label_get_text (name), ==, "<b>Bold</b> & Sons");

  {
    AdwWindowTitle *title = ADW_WINDOW_TITLE (find_descendant (GTK_WIDGET (window), ADW_TYPE_WINDOW_TITLE, NULL));
    g_assert_cmpstr (adw_window_title_get_title (title), ==, "<b>Testland</b> & co");
  }

  /* Every section opens on this odd profile too */
  for (guint i = 0; i < ATLAS_N_SECTIONS; i++)
    {
      atlas_window_set_section (window, i);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/Atlas/Window/sidebar-and-pages", test_sidebar_and_pages);
  g_test_add_func ("/Atlas/Window/keyboard-shortcut", test_keyboard_shortcut);
  g_test_add_func ("/Atlas/Window/narrow", test_narrow);
  g_test_add_func ("/Atlas/Window/refused-url", test_refused_url);
  g_test_add_func ("/Atlas/Window/markup-is-literal", test_markup_is_literal);

  return g_test_run ();
}
