/* test-place.c: the reader's place, with real key presses: an item a
 * search led to in the upper third of the view and marked until the next
 * key; the item at the top kept there as the zoom changes; one pane from
 * 200%
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "atlas-item-row.h"
#include "atlas-item.h"
#include "atlas-search-page.h"
#include "atlas-test-utils.h"
#include "atlas-widgets.h"

/* Frames: more than the app waits for a page to take its size (30) */
#define SETTLE_FRAMES 40

static void
count_frame (GdkFrameClock *clock,
             guint         *n)
{
  (*n)++;
}

/* Runs the main loop until @window has painted @n_frames more frames:
 * counted, however long they take (atlas_test_wait_frames() stops after
 * a second, less than 40 frames take under AddressSanitizer) */
static void
wait_frames (AtlasWindow *window,
             guint        n_frames)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  guint n = 0;
  gulong id;

  g_assert_nonnull (clock);
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (count_frame), &n);
  while (n < n_frames)
    {
      gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
      g_main_context_iteration (NULL, TRUE);
    }
  g_signal_handler_disconnect (clock, id);
}

static AtlasWindow *
create_window (AtlasProfile *profile)
{
  AtlasWindow *window = atlas_test_create_window (profile, 1024, 768);

  atlas_window_set_zoom (window, 1.0);
  return window;
}

static void
search_for (AtlasWindow *window,
            const char  *text)
{
  GtkWidget *entry = atlas_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, "search-entry");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  /* what the entry emits after its typing delay */
  g_signal_emit_by_name (entry, "search-changed");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
}

/* Where @widget's top is in the view that scrolls it, and how high that
 * view is */
static double
view_offset (GtkWidget *widget,
             double    *page_size)
{
  GtkScrolledWindow *scrolled = NULL;
  double offset = 0;

  g_assert_true (atlas_widget_get_scroll_offset (widget, &scrolled, &offset));
  if (page_size != NULL)
    *page_size = gtk_adjustment_get_page_size (gtk_scrolled_window_get_vadjustment (scrolled));
  return offset;
}

/* Enter on the search's first result: its item in the upper third of the
 * view, not at the bottom edge; marked as long as nothing happens, then
 * unmarked by the next key press */
static void
test_search_enter (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  AtlasWindow *window = create_window (profile);
  GtkWidget *focus;
  double offset, page_size;

  search_for (window, "indecent assault violence");
  if (!atlas_test_send_keys (GTK_WIDGET (window), "Return"))
    {
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }

  g_assert_cmpint (atlas_window_get_section (window), ==, ATLAS_SECTION_LEGISLATION);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (ATLAS_IS_ITEM_ROW (focus));
  g_assert_cmpstr (atlas_item_get_id (atlas_item_row_get_item (ATLAS_ITEM_ROW (focus))), ==, "penal-code-372");

  /* Not time: frames, more than the app takes to place it */
  wait_frames (window, SETTLE_FRAMES);
  offset = view_offset (focus, &page_size);
  g_test_message ("found item at %.0f px of a %.0f px view", offset, page_size);
  g_assert_cmpfloat (offset, >=, 0);
  g_assert_cmpfloat (offset, <, page_size / 3);
  g_assert_true (gtk_widget_has_css_class (focus, "atlas-found"));

  /* Still marked after more frames; a key press (one that does nothing
   * else) takes the mark away */
  wait_frames (window, SETTLE_FRAMES);
  g_assert_true (gtk_widget_has_css_class (focus, "atlas-found"));
  atlas_test_send_keys (GTK_WIDGET (window), "shift");
  g_assert_false (gtk_widget_has_css_class (focus, "atlas-found"));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == focus);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The item at the top of Legislation stays at the top through four
 * Ctrl+plus and four Ctrl+minus */
static void
test_zoom_keeps_place (void)
{
  static const char * const ids[] = { "penal-code-375", "penal-code-373" };
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  AtlasWindow *window = create_window (profile);

  atlas_test_show_page (window, ATLAS_SECTION_LEGISLATION);

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      GtkWidget *row = atlas_test_legal_row (window, ids[i]);
      GtkScrolledWindow *scrolled = NULL;
      GtkAdjustment *adjustment;
      double offset;

      atlas_window_set_zoom (window, 1.0);
      wait_frames (window, 3);

      /* The reader scrolls to the item */
      g_assert_true (atlas_widget_get_scroll_offset (row, &scrolled, &offset));
      adjustment = gtk_scrolled_window_get_vadjustment (scrolled);
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + offset);
      wait_frames (window, 3);
      g_assert_cmpfloat (fabs (view_offset (row, NULL)), <=, 1);

      if (!atlas_test_send_keys (GTK_WIDGET (window), "ctrl+plus ctrl+plus ctrl+plus ctrl+plus"))
        break;
      g_assert_cmpfloat_with_epsilon (atlas_window_get_zoom (window), 2.0, 0.001);
      wait_frames (window, SETTLE_FRAMES);
      offset = view_offset (row, NULL);
      g_test_message ("%s at 200%%: %.1f px from the top", ids[i], offset);
      g_assert_cmpfloat (fabs (offset), <=, 4);

      atlas_test_send_keys (GTK_WIDGET (window), "ctrl+minus ctrl+minus ctrl+minus ctrl+minus");
      g_assert_cmpfloat_with_epsilon (atlas_window_get_zoom (window), 1.0, 0.001);
      wait_frames (window, SETTLE_FRAMES);
      offset = view_offset (row, NULL);
      g_test_message ("%s back at 100%%: %.1f px from the top", ids[i], offset);
      g_assert_cmpfloat (fabs (offset), <=, 4);
    }

  atlas_window_set_zoom (window, 1.0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* From 200% one pane, the content, with a named Back button; below 200%
 * two panes again in a wide window */
static void
test_fold_at_200 (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  AtlasWindow *window = create_window (profile);
  AdwLeaflet *leaflet = ADW_LEAFLET (atlas_test_find_descendant (GTK_WIDGET (window), ADW_TYPE_LEAFLET, NULL));
  GtkWidget *back = atlas_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_BUTTON, "back-button");

  atlas_window_set_section (window, ATLAS_SECTION_LEGISLATION);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_false (adw_leaflet_get_folded (leaflet));
  g_assert_false (gtk_widget_get_visible (back));

  if (atlas_test_send_keys (GTK_WIDGET (window), "ctrl+plus ctrl+plus ctrl+plus"))
    {
      /* 175%: still two panes */
      wait_frames (window, 3);
      g_assert_false (adw_leaflet_get_folded (leaflet));

      atlas_test_send_keys (GTK_WIDGET (window), "ctrl+plus");
      wait_frames (window, 3);
      g_assert_cmpfloat_with_epsilon (atlas_window_get_zoom (window), 2.0, 0.001);
      g_assert_true (adw_leaflet_get_folded (leaflet));
      g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "content");
      g_assert_true (gtk_widget_is_drawable (atlas_window_get_page (window, ATLAS_SECTION_LEGISLATION)));
      g_assert_true (gtk_widget_is_drawable (back));
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (back), GTK_ACCESSIBLE_PROPERTY_LABEL, "Back to Sections");

      /* Back goes to the sections, as in a narrow window */
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "sidebar");

      atlas_test_send_keys (GTK_WIDGET (window), "ctrl+0");
      wait_frames (window, 3);
      g_assert_false (adw_leaflet_get_folded (leaflet));
      g_assert_false (gtk_widget_get_visible (back));
    }

  atlas_window_set_zoom (window, 1.0);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  atlas_test_init (&argc, &argv);

  g_test_add_func ("/Atlas/Place/search-enter", test_search_enter);
  g_test_add_func ("/Atlas/Place/zoom-keeps-place", test_zoom_keeps_place);
  g_test_add_func ("/Atlas/Place/fold-at-200", test_fold_at_200);

  return g_test_run ();
}
