/* test-presentation.c: AtlasPresentation, a section full screen, one item per slide
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "atlas-item-row.h"
#include "atlas-legal-item.h"
#include "atlas-presentation.h"
#include "atlas-slide.h"
#include "atlas-slide-view.h"
#include "atlas-test-utils.h"

/* Whether @row hides its text behind a visible "Show Details" button */
static gboolean
shows_details_button (GtkWidget *row)
{
  GtkWidget *button = atlas_test_find_descendant (row, GTK_TYPE_TOGGLE_BUTTON, "show-details");

  return button != NULL && gtk_widget_get_visible (button);
}

static void
set_true (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
}

static const char *
slide_title (AtlasPresentation *presentation)
{
  return atlas_slide_get_title (atlas_presentation_get_slide (presentation));
}

static void
test_presentation (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  AtlasWindow *window = atlas_test_create_window (profile, 1024, 768);
  GtkApplication *application = gtk_application_new ("io.github.onlinesafetyatlas.AtlasTest", G_APPLICATION_NON_UNIQUE);
  GListModel *legislation = atlas_profile_get_legislation (profile);
  guint n = g_list_model_get_n_items (legislation);
  AtlasPresentation *presentation;
  GListModel *slides;
  GtkWidget *blank;
  GtkWidget *focus;

  /* a window of an application, as the app's are */
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, NULL));
  gtk_application_add_window (application, GTK_WINDOW (window));

  atlas_window_set_section (window, ATLAS_SECTION_LEGISLATION);
  g_assert_null (atlas_test_find_presentation ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  presentation = atlas_test_find_presentation ();
  g_assert_nonnull (presentation);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (presentation));

  /* One slide per law, in the order of the page */
  slides = atlas_presentation_get_slides (presentation);
  g_assert_cmpuint (g_list_model_get_n_items (slides), ==, n);
  g_assert_cmpuint (atlas_presentation_get_position (presentation), ==, 0);
  {
    g_autoptr(AtlasLegalItem) first = g_list_model_get_item (legislation, 0);
    g_assert_cmpstr (slide_title (presentation), ==, atlas_item_get_title (ATLAS_ITEM (first)));
  }

  /* Asked that the screen stays on */
  g_assert_true (atlas_presentation_get_inhibiting (presentation));

  /* The pointer hides after 2 s without moving; here after 10 ms, so
   * that the test does not wait */
  {
    gboolean timed_out = FALSE;
    guint timeout;
    GdkCursor *cursor;

    g_assert_cmpuint (atlas_presentation_get_pointer_hide_delay (presentation), ==, 2000);
    atlas_presentation_set_pointer_hide_delay (presentation, 10);
    timeout = g_timeout_add_once (5000, set_true, &timed_out);
    while (!timed_out && gtk_widget_get_cursor (GTK_WIDGET (presentation)) == NULL)
      g_main_context_iteration (NULL, TRUE);
    if (!timed_out)
      g_source_remove (timeout);
    cursor = gtk_widget_get_cursor (GTK_WIDGET (presentation));
    g_assert_nonnull (cursor);
    g_assert_cmpstr (gdk_cursor_get_name (cursor), ==, "none");
  }

  /* Large type: the window's height over 24 (32 px at 768), for a short
   * slide, fitted once the window has its size */
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpfloat (atlas_presentation_get_text_size (presentation), >=,
                     gtk_widget_get_height (GTK_WIDGET (presentation)) / 24.0 - 0.01);

  /* Next, previous, last, first; no wrap-around at either end */
  gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.previous", NULL);
  g_assert_cmpuint (atlas_presentation_get_position (presentation), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.next", NULL);
  gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.next", NULL);
  g_assert_cmpuint (atlas_presentation_get_position (presentation), ==, 2);
  gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.previous", NULL);
  g_assert_cmpuint (atlas_presentation_get_position (presentation), ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.last", NULL);
  g_assert_cmpuint (atlas_presentation_get_position (presentation), ==, n - 1);
  gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.next", NULL);
  g_assert_cmpuint (atlas_presentation_get_position (presentation), ==, n - 1);
  gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.first", NULL);
  g_assert_cmpuint (atlas_presentation_get_position (presentation), ==, 0);

  /* B blanks to black, B again shows the slide; W to white */
  blank = atlas_test_find_descendant (GTK_WIDGET (presentation), GTK_TYPE_BOX, "blank");
  g_assert_false (gtk_widget_get_visible (blank));
  gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.black", NULL);
  g_assert_cmpint (atlas_presentation_get_blank (presentation), ==, ATLAS_BLANK_BLACK);
  g_assert_true (gtk_widget_get_visible (blank));
  g_assert_true (gtk_widget_has_css_class (blank, "black"));
  gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.black", NULL);
  g_assert_cmpint (atlas_presentation_get_blank (presentation), ==, ATLAS_BLANK_NONE);
  g_assert_false (gtk_widget_get_visible (blank));
  gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.white", NULL);
  g_assert_true (gtk_widget_has_css_class (blank, "white"));
  gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.black", NULL);
  g_assert_cmpint (atlas_presentation_get_blank (presentation), ==, ATLAS_BLANK_BLACK);
  /* moving on shows the slides again */
  gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.next", NULL);
  g_assert_cmpint (atlas_presentation_get_blank (presentation), ==, ATLAS_BLANK_NONE);
  gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.next", NULL);
  gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.next", NULL);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (presentation));

  /* Esc: back in the window, on the law of the last slide, inhibition released */
  {
    g_autoptr(AtlasLegalItem) shown = g_list_model_get_item (legislation, 3);
    GtkWidget *label;

    g_object_ref (presentation);
    gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.leave", NULL);
    g_assert_false (atlas_presentation_get_inhibiting (presentation));
    atlas_test_assert_finalized (presentation);
    g_assert_null (atlas_test_find_presentation ());

    focus = gtk_root_get_focus (GTK_ROOT (window));
    g_assert_true (ATLAS_IS_ITEM_ROW (focus));
    g_assert_true (atlas_item_row_get_item (ATLAS_ITEM_ROW (focus)) == ATLAS_ITEM (shown));
    label = GTK_WIDGET (atlas_test_find_label (focus, atlas_item_get_title (ATLAS_ITEM (shown))));
    g_assert_nonnull (label);
    g_assert_true (gtk_widget_get_mapped (label));
  }

  /* Every section has slides; the Timeline has every dated event */
  for (AtlasSection section = 0; section < ATLAS_N_SECTIONS; section++)
    {
      g_autoptr(GListModel) all = atlas_slide_list_new (profile, section);
      guint expected = section == ATLAS_SECTION_OVERVIEW
        ? g_list_model_get_n_items (atlas_profile_get_statistics (profile)) + 1
        : section == ATLAS_SECTION_TIMELINE
        ? g_list_model_get_n_items (atlas_profile_get_events (profile))
        : g_list_model_get_n_items (atlas_profile_get_section_model (profile, section));

      g_assert_cmpuint (g_list_model_get_n_items (all), ==, expected);
    }

  atlas_test_destroy_window (GTK_WINDOW (window));
  g_object_unref (application);
}

static void
test_classroom_safe (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  g_autoptr(GSettings) settings = g_settings_new ("io.github.onlinesafetyatlas.Atlas");
  AtlasWindow *window;
  GtkWidget *row, *button, *details;
  AtlasPresentation *presentation;
  GListModel *slides;

  g_settings_set_boolean (settings, "classroom-safe", TRUE);
  window = atlas_test_create_window (profile, 1280, 800);
  atlas_window_set_section (window, ATLAS_SECTION_LEGISLATION);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  /* A sensitive article: a neutral line and a button; its text hidden */
  row = atlas_test_legal_row (window, "penal-code-375");
  button = atlas_test_find_descendant (row, GTK_TYPE_TOGGLE_BUTTON, "show-details");
  details = atlas_test_find_descendant (row, GTK_TYPE_REVEALER, "details");
  g_assert_true (shows_details_button (row));
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (details)));
  g_assert_false (gtk_widget_get_child_visible (gtk_revealer_get_child (GTK_REVEALER (details))));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (details)));

  /* One that is not sensitive shows everything */
  g_assert_false (shows_details_button (atlas_test_legal_row (window, "penal-code-382")));

  /* In the presentation too; D shows the details */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  presentation = atlas_test_find_presentation ();
  slides = atlas_presentation_get_slides (presentation);
  for (guint i = 0; i < g_list_model_get_n_items (slides); i++)
    {
      g_autoptr(AtlasSlide) slide = g_list_model_get_item (slides, i);

      if (g_str_equal (atlas_slide_get_item_id (slide), "penal-code-375"))
        atlas_presentation_set_position (presentation, i);
    }
  g_assert_cmpstr (atlas_slide_get_item_id (atlas_presentation_get_slide (presentation)), ==, "penal-code-375");
  g_assert_true (atlas_presentation_get_hiding_details (presentation));
  gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.details", NULL);
  g_assert_false (atlas_presentation_get_hiding_details (presentation));
  gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.previous", NULL);
  gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.next", NULL);
  g_assert_true (atlas_presentation_get_hiding_details (presentation));

  /* Off: everything shown, in the page and the slides, at once */
  g_settings_set_boolean (settings, "classroom-safe", FALSE);
  g_assert_false (atlas_presentation_get_hiding_details (presentation));
  gtk_window_destroy (GTK_WINDOW (presentation));
  g_assert_false (shows_details_button (atlas_test_legal_row (window, "penal-code-375")));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The pointer's delay: notified once a change, the same value again
 * changes nothing */
static void
test_pointer_hide_delay (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  AtlasPresentation *presentation = atlas_presentation_new (NULL, atlas_test_get_context (), profile, ATLAS_SECTION_LEGISLATION);
  guint notified = 0;
  guint delay;

  g_signal_connect (presentation, "notify::pointer-hide-delay", G_CALLBACK (atlas_test_count_notify), &notified);
  g_assert_cmpuint (atlas_presentation_get_pointer_hide_delay (presentation), ==, 2000);

  atlas_presentation_set_pointer_hide_delay (presentation, 2000);
  g_assert_cmpuint (notified, ==, 0);
  atlas_presentation_set_pointer_hide_delay (presentation, 500);
  g_assert_cmpuint (notified, ==, 1);
  atlas_presentation_set_pointer_hide_delay (presentation, 500);
  g_assert_cmpuint (notified, ==, 1);

  g_object_set (presentation, "pointer-hide-delay", 100, NULL);
  g_assert_cmpuint (notified, ==, 2);
  g_object_get (presentation, "pointer-hide-delay", &delay, NULL);
  g_assert_cmpuint (delay, ==, 100);

  atlas_test_destroy_window (GTK_WINDOW (presentation));
}

/* The keys of a presentation clicker, pressed: F5 presents the section
 * shown, Page Down goes on, Esc comes back to the window */
static void
test_keys (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  AtlasWindow *window = atlas_test_create_window (profile, 1024, 768);
  AtlasPresentation *presentation;

  atlas_test_show_page (window, ATLAS_SECTION_LEGISLATION);
  g_assert_null (atlas_test_find_presentation ());

  if (!atlas_test_send_keys (GTK_WIDGET (window), "F5"))
    {
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  presentation = atlas_test_find_presentation ();
  g_assert_nonnull (presentation);
  {
    AtlasSection section;

    g_object_get (presentation, "section", &section, NULL);
    g_assert_cmpint (section, ==, ATLAS_SECTION_LEGISLATION);
  }
  gtk_test_widget_wait_for_draw (GTK_WIDGET (presentation));
  g_assert_cmpuint (atlas_presentation_get_position (presentation), ==, 0);

  atlas_test_send_keys (GTK_WIDGET (presentation), "Next");
  g_assert_cmpuint (atlas_presentation_get_position (presentation), ==, 1);

  g_object_ref (presentation);
  atlas_test_send_keys (GTK_WIDGET (presentation), "Escape");
  g_assert_null (atlas_test_find_presentation ());
  atlas_test_assert_finalized (presentation);

  atlas_test_destroy_window (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  atlas_test_init (&argc, &argv);

  g_test_add_func ("/Atlas/Presentation/slides", test_presentation);
  g_test_add_func ("/Atlas/Presentation/pointer-hide-delay", test_pointer_hide_delay);
  g_test_add_func ("/Atlas/Presentation/classroom-safe", test_classroom_safe);
  g_test_add_func ("/Atlas/Presentation/keys", test_keys);

  return g_test_run ();
}
