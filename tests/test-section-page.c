/* test-section-page.c: the pages of a list of items: the Timeline's and Organizations' filters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "atlas-event.h"
#include "atlas-section-page.h"
#include "atlas-test-utils.h"

static void
test_timeline_filter_and_jump (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  AtlasWindow *window = atlas_test_create_window (profile, 1280, 800);
  AtlasSectionPage *page;
  GListModel *shown;
  GtkDropDown *facets;
  GtkToggleButton *order;
  GtkListBox *list;
  g_autoptr(AtlasEvent) first = NULL;

  atlas_window_set_section (window, ATLAS_SECTION_TIMELINE);
  page = ATLAS_SECTION_PAGE (atlas_window_get_page (window, ATLAS_SECTION_TIMELINE));
  shown = atlas_section_page_get_shown_items (page);
  facets = GTK_DROP_DOWN (atlas_test_find_descendant (GTK_WIDGET (page), GTK_TYPE_DROP_DOWN, NULL));
  order = GTK_TOGGLE_BUTTON (atlas_test_find_descendant (GTK_WIDGET (page), GTK_TYPE_TOGGLE_BUTTON, "order-button"));
  list = atlas_section_page_get_list (page);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 14);

  /* All sections, Education, Organizations, Legislation, Timeline */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (facets)), ==, 5);
  gtk_drop_down_set_selected (facets, 1);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 4);
  g_assert_cmpuint (atlas_test_count_rows (list), ==, 4);

  /* Newest first */
  gtk_toggle_button_set_active (order, TRUE);
  first = g_list_model_get_item (shown, 0);
  g_assert_cmpint (atlas_item_get_year (ATLAS_ITEM (first)), ==, 2015);
  g_assert_cmpint (atlas_item_get_section (ATLAS_ITEM (first)), ==, ATLAS_SECTION_EDUCATION);

  /* An event from Education leads to its initiative there */
  g_signal_emit_by_name (list, "row-activated", gtk_list_box_get_row_at_index (list, 0));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpint (atlas_window_get_section (window), ==, ATLAS_SECTION_EDUCATION);
  {
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
    GtkListBox *education = atlas_section_page_get_list (ATLAS_SECTION_PAGE (atlas_window_get_page (window, ATLAS_SECTION_EDUCATION)));

    g_assert_true (GTK_IS_LIST_BOX_ROW (focus));
    /* the 2015 eSafety label, last of the four in date order */
    g_assert_true (focus == GTK_WIDGET (gtk_list_box_get_row_at_index (education, 3)));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_organization_kinds (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  AtlasWindow *window = atlas_test_create_window (profile, 1280, 800);
  AtlasSectionPage *page;
  GtkDropDown *kinds;
  GListModel *labels;

  atlas_window_set_section (window, ATLAS_SECTION_ORGANIZATIONS);
  page = ATLAS_SECTION_PAGE (atlas_window_get_page (window, ATLAS_SECTION_ORGANIZATIONS));
  kinds = GTK_DROP_DOWN (atlas_test_find_descendant (GTK_WIDGET (page), GTK_TYPE_DROP_DOWN, NULL));
  labels = gtk_drop_down_get_model (kinds);

  /* "All Kinds" and each kind present, in order: NGO is the first */
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (labels), 0), ==, "All Kinds");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (labels), 1), ==, "NGO");
  gtk_drop_down_set_selected (kinds, 1);
  /* Child Focus, Gezinsbond, Internet Society Belgium */
  g_assert_cmpuint (g_list_model_get_n_items (atlas_section_page_get_shown_items (page)), ==, 3);

  /* The page goes with its window */
  g_object_ref (page);
  atlas_test_destroy_window (GTK_WINDOW (window));
  g_assert_finalize_object (page);
}

int
main (int   argc,
      char *argv[])
{
  atlas_test_init (&argc, &argv);

  g_test_add_func ("/Atlas/SectionPage/timeline-filter-and-jump", test_timeline_filter_and_jump);
  g_test_add_func ("/Atlas/SectionPage/organization-kinds", test_organization_kinds);

  return g_test_run ();
}
