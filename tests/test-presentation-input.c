/* test-presentation-input.c: a presentation as a teacher drives it: what
 * the page shows, from where the reader is, with a mouse, a finger, a
 * clicker or typed slide numbers, to the closing slide and back
 *
 * Every key and click here is a real one, sent to the X display with
 * xdotool (atlas_test_send_keys(), atlas_test_send_clicks()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "atlas-item-row.h"
#include "atlas-page.h"
#include "atlas-presentation.h"
#include "atlas-presentation-bar.h"
#include "atlas-publication-row.h"
#include "atlas-research-page.h"
#include "atlas-section-page.h"
#include "atlas-slide.h"
#include "atlas-slide-view.h"
#include "atlas-test-utils.h"

static const char *
slide_item (AtlasPresentation *presentation)
{
  return atlas_slide_get_item_id (atlas_presentation_get_slide (presentation));
}

static const char *
bar_counter (AtlasPresentation *presentation)
{
  GtkWidget *bar = atlas_test_find_descendant (GTK_WIDGET (presentation), ATLAS_TYPE_PRESENTATION_BAR, NULL);

  g_assert_nonnull (bar);
  return atlas_presentation_bar_get_counter (ATLAS_PRESENTATION_BAR (bar));
}

static AtlasSlideView *
view_of (AtlasPresentation *presentation)
{
  return ATLAS_SLIDE_VIEW (atlas_test_find_descendant (GTK_WIDGET (presentation), ATLAS_TYPE_SLIDE_VIEW, NULL));
}

/* The slides are @items, in their order */
static void
assert_slides_are (AtlasPresentation *presentation,
                   GListModel        *items)
{
  GListModel *slides = atlas_presentation_get_slides (presentation);

  g_assert_cmpuint (g_list_model_get_n_items (slides), ==, g_list_model_get_n_items (items));
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(AtlasItem) item = g_list_model_get_item (items, i);
      g_autoptr(AtlasSlide) slide = g_list_model_get_item (slides, i);

      g_assert_cmpstr (atlas_slide_get_item_id (slide), ==, atlas_item_get_id (item));
    }
}

/* The item of the row with the keyboard focus in @window */
static const char *
focused_item (AtlasWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  for (; focus != NULL; focus = gtk_widget_get_parent (focus))
    {
      GtkWidget *child = gtk_widget_get_first_child (focus);

      if (ATLAS_IS_ITEM_ROW (focus))
        return atlas_item_get_id (atlas_item_row_get_item (ATLAS_ITEM_ROW (focus)));
      /* a row of the Research list view */
      if (ATLAS_IS_PUBLICATION_ROW (child))
        return atlas_item_get_id (ATLAS_ITEM (atlas_publication_row_get_publication (ATLAS_PUBLICATION_ROW (child))));
    }

  return NULL;
}

/* Leaves with Esc, and asserts the presentation is gone */
static void
leave (AtlasPresentation *presentation)
{
  g_object_ref (presentation);
  atlas_test_send_keys (GTK_WIDGET (presentation), "Escape");
  g_assert_null (atlas_test_find_presentation ());
  atlas_test_assert_finalized (presentation);
}

/* F5 presents what the page shows: Research filtered to a theme presents
 * the publications of the filter, in the page's order, "1 / 11"; a
 * section filtered by a facet, its items */
static void
test_follows_page (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  AtlasWindow *window = atlas_test_create_window (profile, 1024, 768);
  GtkWidget *page = atlas_test_show_page (window, ATLAS_SECTION_RESEARCH);
  guint total = g_list_model_get_n_items (atlas_profile_get_section_model (profile, ATLAS_SECTION_RESEARCH));
  GListModel *shown;
  AtlasPresentation *presentation;
  g_autofree char *counter = NULL;
  GtkDropDown *facets;

  atlas_research_page_set_filter (ATLAS_RESEARCH_PAGE (page), "kids");
  shown = atlas_page_get_shown_items (ATLAS_PAGE (page));
  g_assert_cmpuint (g_list_model_get_n_items (shown), >, 1);
  g_assert_cmpuint (g_list_model_get_n_items (shown), <, total);

  if (!atlas_test_send_keys (GTK_WIDGET (window), "F5"))
    {
      atlas_test_destroy_window (GTK_WINDOW (window));
      return;
    }
  presentation = atlas_test_find_presentation ();
  g_assert_nonnull (presentation);
  assert_slides_are (presentation, shown);
  counter = g_strdup_printf ("1 / %u", g_list_model_get_n_items (shown));
  g_assert_cmpstr (bar_counter (presentation), ==, counter);

  /* Back on the page: on the item of the last slide shown, focused */
  atlas_test_send_keys (GTK_WIDGET (presentation), "Next Next");
  {
    g_autofree char *id = g_strdup (slide_item (presentation));

    leave (presentation);
    /* The list view makes the row, then focuses it */
    atlas_test_wait_frames (GTK_WIDGET (window), 5);
    g_assert_cmpstr (focused_item (window), ==, id);
  }

  /* Organizations: only the kind chosen, in the page's (alphabetical) order */
  page = atlas_test_show_page (window, ATLAS_SECTION_ORGANIZATIONS);
  facets = GTK_DROP_DOWN (atlas_test_find_descendant (page, GTK_TYPE_DROP_DOWN, NULL));
  gtk_drop_down_set_selected (facets, 1);
  shown = atlas_page_get_shown_items (ATLAS_PAGE (page));
  g_assert_cmpuint (g_list_model_get_n_items (shown), <,
                    g_list_model_get_n_items (atlas_profile_get_section_model (profile, ATLAS_SECTION_ORGANIZATIONS)));
  atlas_test_send_keys (GTK_WIDGET (window), "F5");
  presentation = atlas_test_find_presentation ();
  assert_slides_are (presentation, shown);
  leave (presentation);

  atlas_test_destroy_window (GTK_WINDOW (window));
}

/* Shift+F5 presents from the item with the keyboard focus, else from the
 * first one in view */
static void
test_present_here (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  AtlasWindow *window = atlas_test_create_window (profile, 1024, 768);
  GtkWidget *page = atlas_test_show_page (window, ATLAS_SECTION_LEGISLATION);
  AtlasPresentation *presentation;
  GtkAdjustment *adjustment;
  const char *top;

  /* The focused article */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-item", "(ss)", atlas_section_get_name (ATLAS_SECTION_LEGISLATION), "penal-code-383");
  atlas_test_wait_frames (GTK_WIDGET (window), 3);
  g_assert_cmpstr (focused_item (window), ==, "penal-code-383");
  if (!atlas_test_send_keys (GTK_WIDGET (window), "shift+F5"))
    {
      atlas_test_destroy_window (GTK_WINDOW (window));
      return;
    }
  presentation = atlas_test_find_presentation ();
  g_assert_nonnull (presentation);
  g_assert_cmpstr (slide_item (presentation), ==, "penal-code-383");
  leave (presentation);

  /* No focus in the page: the first item in view, scrolled half-way */
  gtk_widget_grab_focus (GTK_WIDGET (window));
  gtk_root_set_focus (GTK_ROOT (window), NULL);
  adjustment = atlas_page_get_vadjustment (ATLAS_PAGE (page));
  gtk_adjustment_set_value (adjustment, (gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment)) / 2);
  atlas_test_wait_frames (GTK_WIDGET (window), 3);
  top = atlas_page_get_item_at_top (ATLAS_PAGE (page));
  g_assert_nonnull (top);
  g_assert_cmpstr (top, !=, "penal-code-383");
  {
    g_autofree char *expected = g_strdup (top);

    atlas_test_send_keys (GTK_WIDGET (window), "shift+F5");
    presentation = atlas_test_find_presentation ();
    g_assert_cmpstr (slide_item (presentation), ==, expected);
    leave (presentation);
  }

  atlas_test_destroy_window (GTK_WINDOW (window));
}

/* A presentation of @section, started with F5, on slide 1 */
static AtlasPresentation *
start (AtlasWindow  *window,
       AtlasSection  section)
{
  AtlasPresentation *presentation;

  atlas_test_show_page (window, section);
  if (!atlas_test_send_keys (GTK_WIDGET (window), "F5"))
    return NULL;

  presentation = atlas_test_find_presentation ();
  g_assert_nonnull (presentation);
  /* not waiting in real time for the pointer to hide */
  atlas_presentation_set_pointer_hide_delay (presentation, 60000);
  /* Without a window manager the presentation is not full screen, and
   * its shadow would take its bottom edge off the screen */
  g_assert_true (atlas_test_resize_window (GTK_WIDGET (presentation), 1024, 700));
  return presentation;
}

/* The centre of @widget in @window's coordinates */
static void
centre_of (GtkWidget *widget,
           GtkWidget *window,
           double    *x,
           double    *y)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, window, &bounds));
  *x = bounds.origin.x + bounds.size.width / 2;
  *y = bounds.origin.y + bounds.size.height / 2;
}

/* A click goes on, a right click back, the wheel either way; the bar
 * shows when the pointer moves and its buttons do what they say, and a
 * click on them is not also a click on the slide */
static void
test_pointer (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  AtlasWindow *window = atlas_test_create_window (profile, 1024, 768);
  AtlasPresentation *presentation = start (window, ATLAS_SECTION_LEGISLATION);
  GtkWidget *widget, *revealer, *button;
  double x, y;

  if (presentation == NULL)
    {
      atlas_test_destroy_window (GTK_WINDOW (window));
      return;
    }
  widget = GTK_WIDGET (presentation);
  revealer = atlas_test_find_descendant (widget, GTK_TYPE_REVEALER, NULL);
  g_assert_nonnull (revealer);

  /* In the upper half, away from the bar */
  x = gtk_widget_get_width (widget) / 2.0;
  y = gtk_widget_get_height (widget) / 4.0;
  atlas_test_send_clicks (widget, x, y, "1");
  g_assert_cmpuint (atlas_presentation_get_position (presentation), ==, 1);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  atlas_test_send_clicks (widget, x, y, "1 1");
  g_assert_cmpuint (atlas_presentation_get_position (presentation), ==, 3);
  atlas_test_send_clicks (widget, x, y, "3");
  g_assert_cmpuint (atlas_presentation_get_position (presentation), ==, 2);

  /* The wheel: down goes on, up goes back */
  atlas_test_send_clicks (widget, x, y, "5 5");
  g_assert_cmpuint (atlas_presentation_get_position (presentation), ==, 4);
  atlas_test_send_clicks (widget, x, y, "4");
  g_assert_cmpuint (atlas_presentation_get_position (presentation), ==, 3);

  /* The bar's buttons, each large enough for a finger */
  gtk_test_widget_wait_for_draw (widget);
  button = atlas_test_find_descendant (widget, GTK_TYPE_BUTTON, NULL);
  for (GtkWidget *child = gtk_widget_get_first_child (gtk_widget_get_parent (button));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BUTTON (child))
      {
        g_assert_cmpint (gtk_widget_get_width (child), >=, 48);
        g_assert_cmpint (gtk_widget_get_height (child), >=, 48);
        g_assert_false (gtk_widget_get_focusable (child));
      }
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, "presentation.previous");
  centre_of (button, widget, &x, &y);
  atlas_test_send_clicks (widget, x, y, "1");
  g_assert_cmpuint (atlas_presentation_get_position (presentation), ==, 2);

  /* Blank, and any click shows the slides again */
  for (button = gtk_widget_get_next_sibling (button); button != NULL; button = gtk_widget_get_next_sibling (button))
    if (GTK_IS_ACTIONABLE (button) &&
        g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), "presentation.black") == 0)
      break;
  g_assert_nonnull (button);
  centre_of (button, widget, &x, &y);
  atlas_test_send_clicks (widget, x, y, "1");
  g_assert_cmpint (atlas_presentation_get_blank (presentation), ==, ATLAS_BLANK_BLACK);
  g_assert_cmpuint (atlas_presentation_get_position (presentation), ==, 2);

  /* Leave, from the bar */
  button = gtk_widget_get_last_child (gtk_widget_get_parent (button));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, "presentation.leave");
  centre_of (button, widget, &x, &y);
  g_object_ref (presentation);
  atlas_test_send_clicks (widget, x, y, "1");
  g_assert_null (atlas_test_find_presentation ());
  atlas_test_assert_finalized (presentation);

  atlas_test_destroy_window (GTK_WINDOW (window));
}

/* Typing a number and Enter goes to that slide */
static void
test_jump (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  AtlasWindow *window = atlas_test_create_window (profile, 1024, 768);
  AtlasPresentation *presentation = start (window, ATLAS_SECTION_RESEARCH);
  GtkWidget *widget;
  guint n;

  if (presentation == NULL)
    {
      atlas_test_destroy_window (GTK_WINDOW (window));
      return;
    }
  widget = GTK_WIDGET (presentation);
  n = g_list_model_get_n_items (atlas_presentation_get_slides (presentation));
  g_assert_cmpuint (n, >=, 12);

  atlas_test_send_keys (widget, "1 2");
  g_assert_cmpuint (atlas_presentation_get_position (presentation), ==, 0);
  g_assert_nonnull (atlas_test_find_label (widget, "Go to slide 12"));
  atlas_test_send_keys (widget, "Return");
  g_assert_cmpuint (atlas_presentation_get_position (presentation), ==, 11);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (atlas_test_find_label (widget, "Go to slide 12"))));

  /* Enter alone still goes on */
  atlas_test_send_keys (widget, "Return");
  g_assert_cmpuint (atlas_presentation_get_position (presentation), ==, 12);

  /* Backspace takes a digit back; past the end is the last */
  atlas_test_send_keys (widget, "3 BackSpace 2 KP_Enter");
  g_assert_cmpuint (atlas_presentation_get_position (presentation), ==, 1);
  atlas_test_send_keys (widget, "9 9 9 9 Return");
  g_assert_cmpuint (atlas_presentation_get_position (presentation), ==, n - 1);

  /* Esc forgets the number and stays */
  atlas_test_send_keys (widget, "4 Escape");
  g_assert_nonnull (atlas_test_find_presentation ());
  atlas_test_send_keys (widget, "Return");
  g_assert_true (atlas_presentation_get_at_end (presentation));

  leave (presentation);
  atlas_test_destroy_window (GTK_WINDOW (window));
}

/* After the last slide, a closing slide; back from it, the last; leaving
 * from it shows the last item in the page */
static void
test_end (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  AtlasWindow *window = atlas_test_create_window (profile, 1024, 768);
  AtlasPresentation *presentation = start (window, ATLAS_SECTION_LEGISLATION);
  GListModel *legislation = atlas_profile_get_legislation (profile);
  guint n = g_list_model_get_n_items (legislation);
  g_autoptr(AtlasItem) last = g_list_model_get_item (legislation, n - 1);
  GtkLabel *end;

  if (presentation == NULL)
    {
      atlas_test_destroy_window (GTK_WINDOW (window));
      return;
    }

  atlas_test_send_keys (GTK_WIDGET (presentation), "End");
  g_assert_cmpuint (atlas_presentation_get_position (presentation), ==, n - 1);
  g_assert_false (atlas_presentation_get_at_end (presentation));
  /* through the last item's parts, if it has more than one */
  for (guint i = 0; i < 10 && !atlas_presentation_get_at_end (presentation); i++)
    atlas_test_send_keys (GTK_WIDGET (presentation), "Next");
  g_assert_true (atlas_presentation_get_at_end (presentation));
  end = atlas_test_find_label (GTK_WIDGET (presentation), "End of presentation");
  g_assert_nonnull (end);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (presentation));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (end)));
  g_assert_cmpstr (bar_counter (presentation), ==, "End");

  /* No further, and no wrap-around */
  atlas_test_send_keys (GTK_WIDGET (presentation), "Next space");
  g_assert_true (atlas_presentation_get_at_end (presentation));
  g_assert_cmpuint (atlas_presentation_get_position (presentation), ==, n - 1);

  /* Back: the last slide, at its last part */
  atlas_test_send_keys (GTK_WIDGET (presentation), "Prior");
  g_assert_false (atlas_presentation_get_at_end (presentation));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (end)));
  g_assert_cmpuint (atlas_presentation_get_position (presentation), ==, n - 1);
  g_assert_cmpuint (atlas_slide_view_get_part (view_of (presentation)) + 1, ==,
                    atlas_slide_view_get_n_parts (view_of (presentation)));

  atlas_test_send_keys (GTK_WIDGET (presentation), "Next");
  leave (presentation);
  g_assert_cmpstr (focused_item (window), ==, atlas_item_get_id (last));

  atlas_test_destroy_window (GTK_WINDOW (window));
}

/* Where the presentation is: its position and its slide's part */
static guint
place_of (AtlasPresentation *presentation)
{
  return atlas_presentation_get_position (presentation) * 100 + atlas_slide_view_get_part (view_of (presentation));
}

/* A long item split over parts: Next shows each part before the next
 * item, Page Up goes back through them, from the last part of the item
 * before; every part of every slide, once, in order, both ways */
static void
test_parts (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  AtlasWindow *window = atlas_test_create_window (profile, 1024, 768);
  AtlasPresentation *presentation = start (window, ATLAS_SECTION_LEGISLATION);
  g_autoptr(GArray) forward = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) expected = g_array_new (FALSE, FALSE, sizeof (guint));
  guint split = 0;

  if (presentation == NULL)
    {
      atlas_test_destroy_window (GTK_WINDOW (window));
      return;
    }

  while (!atlas_presentation_get_at_end (presentation))
    {
      guint place = place_of (presentation);
      guint n_parts = atlas_slide_view_get_n_parts (view_of (presentation));

      g_assert_cmpuint (forward->len, <, 200);
      g_array_append_val (forward, place);
      if (atlas_slide_view_get_part (view_of (presentation)) == 0)
        {
          for (guint part = 0; part < n_parts; part++)
            {
              guint step = atlas_presentation_get_position (presentation) * 100 + part;

              g_array_append_val (expected, step);
            }
          split += n_parts > 1;
        }
      atlas_test_send_keys (GTK_WIDGET (presentation), "Next");
    }

  g_assert_cmpuint (forward->len, ==, expected->len);
  g_assert_cmpmem (forward->data, forward->len * sizeof (guint), expected->data, expected->len * sizeof (guint));
  g_assert_cmpuint (g_array_index (forward, guint, forward->len - 1) / 100, ==,
                    g_list_model_get_n_items (atlas_presentation_get_slides (presentation)) - 1);
  /* at 1024x700 a law with its notes needs two slides */
  g_assert_cmpuint (split, >, 0);

  for (guint i = forward->len; i > 0; i--)
    {
      atlas_test_send_keys (GTK_WIDGET (presentation), "Prior");
      g_assert_cmpuint (place_of (presentation), ==, g_array_index (forward, guint, i - 1));
    }

  leave (presentation);
  atlas_test_destroy_window (GTK_WINDOW (window));
}

/* win.present-item: a statistic's chart full screen, as the card's
 * button asks for, is the Overview's presentation on that statistic */
static void
test_present_item (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  AtlasWindow *window = atlas_test_create_window (profile, 1024, 768);
  GListModel *statistics = atlas_profile_get_statistics (profile);
  g_autoptr(AtlasItem) statistic = g_list_model_get_item (statistics, 2);
  AtlasPresentation *presentation;
  AtlasSection section;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present-item", "(ss)",
                                             atlas_section_get_name (ATLAS_SECTION_OVERVIEW), atlas_item_get_id (statistic)));
  presentation = atlas_test_find_presentation ();
  g_assert_nonnull (presentation);
  g_object_get (presentation, "section", &section, NULL);
  g_assert_cmpint (section, ==, ATLAS_SECTION_OVERVIEW);
  g_assert_cmpuint (atlas_presentation_get_position (presentation), ==, 2);
  g_assert_cmpstr (slide_item (presentation), ==, atlas_item_get_id (statistic));
  gtk_window_destroy (GTK_WINDOW (presentation));

  /* An unknown section is refused; an unknown item starts at the first */
  g_test_expect_message ("atlas-window", G_LOG_LEVEL_WARNING, "No section named*nowhere*");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.present-item", "(ss)", "nowhere", "x");
  g_test_assert_expected_messages ();
  g_assert_null (atlas_test_find_presentation ());
  gtk_widget_activate_action (GTK_WIDGET (window), "win.present-item", "(ss)", atlas_section_get_name (ATLAS_SECTION_LEGISLATION), "no-such-item");
  presentation = atlas_test_find_presentation ();
  g_assert_nonnull (presentation);
  g_assert_cmpuint (atlas_presentation_get_position (presentation), ==, 0);
  gtk_window_destroy (GTK_WINDOW (presentation));

  atlas_test_destroy_window (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  atlas_test_init (&argc, &argv);

  g_test_add_func ("/Atlas/Presentation/follows-page", test_follows_page);
  g_test_add_func ("/Atlas/Presentation/present-here", test_present_here);
  g_test_add_func ("/Atlas/Presentation/pointer", test_pointer);
  g_test_add_func ("/Atlas/Presentation/jump", test_jump);
  g_test_add_func ("/Atlas/Presentation/end", test_end);
  g_test_add_func ("/Atlas/Presentation/parts", test_parts);
  g_test_add_func ("/Atlas/Presentation/present-item", test_present_item);

  return g_test_run ();
}
