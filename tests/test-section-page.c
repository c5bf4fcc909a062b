/* test-section-page.c: the pages of a list of items: the Timeline's and Organizations' filters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "atlas-event.h"
#include "atlas-item-row.h"
#include "atlas-language.h"
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

/* A shown label with exactly @text under @row */
static gboolean
shows (GtkWidget  *row,
       const char *text)
{
  GtkLabel *label = atlas_test_find_label (row, text);

  return label != NULL && gtk_widget_get_visible (GTK_WIDGET (label)) &&
         g_str_equal (gtk_label_get_text (label), text);
}

static GtkWidget *
new_row (AtlasProfile *profile,
         AtlasSection  section,
         const char   *id,
         gboolean      classroom_safe)
{
  GListModel *model = atlas_profile_get_section_model (profile, section);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AtlasItem) item = g_list_model_get_item (model, i);

      if (g_str_equal (atlas_item_get_id (item), id))
        return g_object_ref_sink (atlas_item_row_new (item, profile, classroom_safe));
    }

  g_assert_not_reached ();
}

/* One row for every kind of item, from what AtlasItem says of it */
static void
test_item_rows (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  GtkWidget *row;

  /* Every item of every list section: its title, and the line that
   * places it when it has one */
  for (AtlasSection section = ATLAS_SECTION_EDUCATION; section < ATLAS_N_SECTIONS; section++)
    {
      GListModel *model;

      if (section == ATLAS_SECTION_RESEARCH)
        continue;  /* AtlasPublicationRow */
      model = atlas_profile_get_section_model (profile, section);
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(AtlasItem) item = g_list_model_get_item (model, i);
          g_autofree char *title = atlas_item_format_title (item);
          g_autofree char *facts = atlas_item_format_facts (item);

          row = g_object_ref_sink (atlas_item_row_new (item, profile, FALSE));
          g_assert_true (atlas_item_row_get_item (ATLAS_ITEM_ROW (row)) == item);
          g_assert_true (shows (row, title));
          g_assert_true (shows (row, atlas_item_get_description (item)));
          if (facts != NULL && (section != ATLAS_SECTION_TIMELINE || atlas_item_get_end_year (item) != 0))
            g_assert_true (shows (row, facts));
          /* Only an event from another section leads there */
          g_assert_cmpint (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)), ==,
                           atlas_item_get_section (item) != section);
          atlas_test_assert_finalized (row);
        }
    }

  /* A law: its penalty under a heading, behind a button in the
   * classroom-safe view when the profile marks it sensitive */
  row = new_row (profile, ATLAS_SECTION_LEGISLATION, "penal-code-375", FALSE);
  g_assert_true (shows (row, "Penalty"));
  g_assert_false (atlas_item_row_get_hiding_details (ATLAS_ITEM_ROW (row)));
  atlas_test_assert_finalized (row);
  row = new_row (profile, ATLAS_SECTION_LEGISLATION, "penal-code-375", TRUE);
  g_assert_true (atlas_item_row_get_hiding_details (ATLAS_ITEM_ROW (row)));
  g_assert_true (gtk_widget_get_visible (atlas_test_find_descendant (row, GTK_TYPE_TOGGLE_BUTTON, "show-details")));
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (atlas_test_find_descendant (row, GTK_TYPE_REVEALER, "details"))));
  atlas_test_assert_finalized (row);
  row = new_row (profile, ATLAS_SECTION_LEGISLATION, "penal-code-382", TRUE);
  g_assert_false (atlas_item_row_get_hiding_details (ATLAS_ITEM_ROW (row)));
  g_assert_false (gtk_widget_get_visible (atlas_test_find_descendant (row, GTK_TYPE_TOGGLE_BUTTON, "show-details")));
  atlas_test_assert_finalized (row);

  /* An organization's English name, in English only */
  row = new_row (profile, ATLAS_SECTION_ORGANIZATIONS, "gezinsbond", FALSE);
  g_assert_true (shows (row, "Family Alliance"));
  atlas_test_assert_finalized (row);
  atlas_language_set ("nl");
  atlas_profile_retranslate (profile);
  row = new_row (profile, ATLAS_SECTION_ORGANIZATIONS, "gezinsbond", FALSE);
  g_assert_false (shows (row, "Family Alliance"));
  g_assert_true (shows (row, "Gezinsbond"));
  atlas_test_assert_finalized (row);
  atlas_language_set (NULL);
  atlas_profile_retranslate (profile);
}

/* True when the titles of @model are in the alphabetical order of the
 * language of the moment */
static gboolean
in_collation_order (GListModel *model)
{
  for (guint i = 1; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AtlasItem) a = g_list_model_get_item (model, i - 1);
      g_autoptr(AtlasItem) b = g_list_model_get_item (model, i);
      g_autofree char *ka = g_utf8_collate_key (atlas_item_get_title (a), -1);
      g_autofree char *kb = g_utf8_collate_key (atlas_item_get_title (b), -1);

      if (strcmp (ka, kb) > 0)
        return FALSE;
    }

  return TRUE;
}

/* Organizations in the order of the names shown, in English and in
 * French, where "Forum sur la gouvernance…" comes before "Union
 * internationale…" */
static void
test_organization_order (void)
{
  static const char * const languages[] = { "en", "fr", "nl" };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr(AtlasProfile) profile = NULL;
      AtlasWindow *window;
      GListModel *shown;

      atlas_language_set (languages[l]);
      profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
      window = atlas_test_create_window (profile, 1280, 800);
      atlas_window_set_section (window, ATLAS_SECTION_ORGANIZATIONS);
      shown = atlas_section_page_get_shown_items (ATLAS_SECTION_PAGE (atlas_window_get_page (window, ATLAS_SECTION_ORGANIZATIONS)));
      g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 10);
      g_assert_true (in_collation_order (shown));
      atlas_test_destroy_window (GTK_WINDOW (window));
    }
  atlas_language_set (NULL);
}

int
main (int   argc,
      char *argv[])
{
  atlas_test_init (&argc, &argv);

  g_test_add_func ("/Atlas/SectionPage/timeline-filter-and-jump", test_timeline_filter_and_jump);
  g_test_add_func ("/Atlas/SectionPage/organization-kinds", test_organization_kinds);
  g_test_add_func ("/Atlas/SectionPage/organization-order", test_organization_order);
  g_test_add_func ("/Atlas/ItemRow/kinds", test_item_rows);

  return g_test_run ();
}
