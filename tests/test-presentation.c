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

static gboolean
label_shows (GtkWidget  *view,
             const char *text)
{
  GtkLabel *label = atlas_test_find_label (view, text);

  return label != NULL && gtk_widget_get_visible (GTK_WIDGET (label));
}

static gboolean
keep_ticking (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

/* The slide alone: what it shows, and its text fitted to its size */
static void
test_slide_view (void)
{
  GtkWidget *window = gtk_window_new ();
  AtlasSlideView *view = ATLAS_SLIDE_VIEW (atlas_slide_view_new ());
  g_autoptr(GString) long_body = g_string_new (NULL);
  g_autoptr(AtlasSlide) slide = NULL;
  g_autoptr(AtlasSlide) long_slide = NULL;
  guint notified = 0;
  double short_size;
  guint tick;

  /* wakes the main loop while the tests below wait for the fit */
  tick = g_timeout_add (20, keep_ticking, NULL);
  g_object_ref_sink (view);
  g_signal_connect (view, "notify::slide", G_CALLBACK (atlas_test_count_notify), &notified);
  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 768);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));

  /* Nothing to show */
  g_assert_null (atlas_slide_view_get_slide (view));
  g_assert_true (label_shows (GTK_WIDGET (view), "Nothing to present"));

  slide = atlas_slide_new (ATLAS_SECTION_LEGISLATION, "law", "Kicker", "A title",
                           "A short body.", "A footer", TRUE);
  atlas_slide_view_set_slide (view, slide);
  atlas_slide_view_set_slide (view, slide);
  g_assert_cmpuint (notified, ==, 1);
  atlas_slide_view_set_heading (view, "Legislation");
  atlas_slide_view_set_counter (view, "1 / 2");
  g_assert_cmpstr (atlas_slide_view_get_counter (view), ==, "1 / 2");
  for (const char *text = "Kicker\0A title\0A short body.\0A footer\0Legislation\0"; *text; text += strlen (text) + 1)
    g_assert_true (label_shows (GTK_WIDGET (view), text));
  g_assert_false (label_shows (GTK_WIDGET (view), "Nothing to present"));

  /* A short slide: the view's height over 24, once fitted */
  {
    gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    while (atlas_slide_view_get_text_size (view) == 0 && g_get_monotonic_time () < end)
      g_main_context_iteration (NULL, TRUE);
  }
  atlas_test_wait_frames (GTK_WIDGET (view), 2);
  short_size = atlas_slide_view_get_text_size (view);
  g_assert_cmpfloat_with_epsilon (short_size, gtk_widget_get_height (GTK_WIDGET (view)) / 24.0, 0.01);

  /* Hidden details: the title stays, the body gives way to the note */
  atlas_slide_view_set_hiding_details (view, TRUE);
  g_assert_true (label_shows (GTK_WIDGET (view), "A title"));
  g_assert_false (label_shows (GTK_WIDGET (view), "A short body."));
  g_assert_true (label_shows (GTK_WIDGET (view), "Press D"));
  atlas_slide_view_set_hiding_details (view, FALSE);
  g_assert_true (label_shows (GTK_WIDGET (view), "A short body."));

  /* A long one shrinks until it fits, and never below 10 px */
  for (guint i = 0; i < 60; i++)
    g_string_append (long_body, "A sentence of a long slide that has to wrap. ");
  long_slide = atlas_slide_new (ATLAS_SECTION_RESEARCH, "long", NULL, "Long", long_body->str, NULL, FALSE);
  atlas_slide_view_set_slide (view, long_slide);
  /* fitted after the next layout: under the sanitizers, some frames on */
  {
    gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    while (atlas_slide_view_get_text_size (view) >= short_size && g_get_monotonic_time () < end)
      g_main_context_iteration (NULL, TRUE);
  }
  g_assert_cmpfloat (atlas_slide_view_get_text_size (view), <, short_size);
  g_assert_cmpfloat (atlas_slide_view_get_text_size (view), >=, 10.0);
  {
    GtkWidget *frame = gtk_widget_get_first_child (GTK_WIDGET (view));
    int height;

    gtk_widget_measure (frame, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (GTK_WIDGET (view)),
                        NULL, &height, NULL, NULL);
    g_assert_cmpint (height, <=, gtk_widget_get_height (GTK_WIDGET (view)));
  }

  g_source_remove (tick);
  gtk_window_destroy (GTK_WINDOW (window));
  atlas_test_assert_finalized (view);
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
  g_test_add_func ("/Atlas/SlideView/fit", test_slide_view);

  return g_test_run ();
}
