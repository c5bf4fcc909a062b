/* test-layout.c: nothing overlaps, nothing hides, on every page, at the
 * sizes teachers use (a narrow window, a 1024×768 projector, a laptop)
 * and the zoom levels of a classroom, in the locale the test runs under
 * (tests/meson.build runs it under en_US, fr_BE and nl_BE: French text is
 * the longest)
 *
 * The whole page is laid out, below the fold too: a scrolled window
 * allocates all of its content. On each page, every visible widget must
 * lie inside its parent, and the children of a box, a grid, a list or the
 * statistic cards' columns must not overlap each other.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-columns.h"
#include "atlas-test-utils.h"

static const struct { int width, height; } sizes[] = {
  { 360, 720 },     /* a narrow window: one pane at a time */
  { 1024, 768 },    /* a classroom projector */
  { 1280, 800 },    /* a laptop */
};

static const double zooms[] = { 0.75, 1.0, 2.0, 3.0 };

typedef struct {
  GString *problems;
  guint    n_problems;
  guint    n_checked;
  const char *where;
} Check;

static char *
describe (GtkWidget *widget)
{
  GtkWidget *label = GTK_IS_LABEL (widget) ? widget : atlas_test_find_descendant (widget, GTK_TYPE_LABEL, NULL);
  const char *text = label != NULL ? gtk_label_get_text (GTK_LABEL (label)) : "";
  g_autofree char *start = g_utf8_substring (text, 0, MIN (g_utf8_strlen (text, -1), 40));

  return g_strdup_printf ("%s \"%s\"", G_OBJECT_TYPE_NAME (widget), start);
}

static void
problem (Check      *check,
         const char *format,
         ...) G_GNUC_PRINTF (2, 3);

static void
problem (Check      *check,
         const char *format,
         ...)
{
  va_list args;

  check->n_problems++;
  if (check->n_problems > 20)
    return;

  va_start (args, format);
  g_string_append_printf (check->problems, "%s: ", check->where);
  g_string_append_vprintf (check->problems, format, args);
  g_string_append_c (check->problems, '\n');
  va_end (args);
}

/* Containers whose children stand side by side or one after another */
static gboolean
lays_out_blocks (GtkWidget *widget)
{
  return GTK_IS_BOX (widget) || GTK_IS_GRID (widget) || GTK_IS_LIST_BOX (widget) ||
         GTK_IS_FLOW_BOX (widget) || ATLAS_IS_COLUMNS (widget) || GTK_IS_CENTER_BOX (widget);
}

static gboolean
is_laid_out (GtkWidget *widget)
{
  return gtk_widget_get_visible (widget) && gtk_widget_get_child_visible (widget) &&
         !GTK_IS_POPOVER (widget) && gtk_widget_get_width (widget) > 0 && gtk_widget_get_height (widget) > 0;
}

static gboolean
bounds_in_parent (GtkWidget       *widget,
                  graphene_rect_t *bounds)
{
  return gtk_widget_compute_bounds (widget, gtk_widget_get_parent (widget), bounds);
}

static void
check_widget (Check     *check,
              GtkWidget *widget)
{
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      graphene_rect_t bounds;

      /* A scrollbar's slider reaches past its trough on purpose */
      if (!is_laid_out (child) || GTK_IS_SCROLLBAR (child))
        continue;

      check->n_checked++;

      /* Inside its parent; content that scrolls is larger than its
       * viewport by design */
      if (!GTK_IS_SCROLLABLE (widget) && bounds_in_parent (child, &bounds) &&
          (bounds.origin.x < -0.5 || bounds.origin.y < -0.5 ||
           bounds.origin.x + bounds.size.width > width + 0.5 ||
           bounds.origin.y + bounds.size.height > height + 0.5))
        {
          g_autofree char *what = describe (child);
          g_autofree char *parent = describe (widget);

          problem (check, "%s at %g,%g %gx%g lies outside its parent %s of %dx%d",
                   what, bounds.origin.x, bounds.origin.y, bounds.size.width, bounds.size.height,
                   parent, width, height);
        }

      /* Not over a sibling that comes after it */
      if (lays_out_blocks (widget) && bounds_in_parent (child, &bounds))
        for (GtkWidget *other = gtk_widget_get_next_sibling (child);
             other != NULL;
             other = gtk_widget_get_next_sibling (other))
          {
            graphene_rect_t other_bounds, overlap;

            if (!is_laid_out (other) || !bounds_in_parent (other, &other_bounds))
              continue;

            if (graphene_rect_intersection (&bounds, &other_bounds, &overlap) &&
                overlap.size.width > 0.5 && overlap.size.height > 0.5)
              {
                g_autofree char *what = describe (child);
                g_autofree char *next = describe (other);

                problem (check, "%s (y %g-%g) and %s (y %g-%g) overlap by %gx%g",
                         what, bounds.origin.y, bounds.origin.y + bounds.size.height,
                         next, other_bounds.origin.y, other_bounds.origin.y + other_bounds.size.height,
                         overlap.size.width, overlap.size.height);
              }
          }

      check_widget (check, child);
    }
}

static void
test_pages (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  Check check = { g_string_new (NULL), 0, 0, NULL };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      AtlasWindow *window = atlas_test_create_window (profile, sizes[s].width, sizes[s].height);
      AdwLeaflet *leaflet = ADW_LEAFLET (atlas_test_find_descendant (GTK_WIDGET (window), ADW_TYPE_LEAFLET, NULL));

      /* In a narrow window, the content pane rather than the sidebar */
      adw_leaflet_set_visible_child_name (leaflet, "content");

      for (guint z = 0; z < G_N_ELEMENTS (zooms); z++)
        {
          atlas_window_set_zoom (window, zooms[z]);
          /* the new style is laid out a frame after the change */
          atlas_test_wait_frames (GTK_WIDGET (window), 2);

          for (AtlasSection section = 0; section < ATLAS_N_SECTIONS; section++)
            {
              g_autofree char *where = g_strdup_printf ("%d px, %g%%, section %d",
                                                        sizes[s].width, zooms[z] * 100, section);
              GtkWidget *page = atlas_test_show_page (window, section);

              g_assert_true (gtk_widget_get_mapped (page));
              check.where = where;
              if (section == ATLAS_SECTION_OVERVIEW)
                g_test_message ("%s: the Overview is %d px tall", where,
                                gtk_widget_get_height (gtk_widget_get_first_child (atlas_test_find_descendant (page, GTK_TYPE_VIEWPORT, NULL))));
              check_widget (&check, page);
            }
        }

      gtk_window_destroy (GTK_WINDOW (window));
    }

  g_test_message ("%u widgets checked, %u problems", check.n_checked, check.n_problems);
  if (check.n_problems > 0)
    g_test_message ("%s", check.problems->str);
  g_assert_cmpuint (check.n_problems, ==, 0);
  g_assert_cmpuint (check.n_checked, >, 1000);
  g_string_free (check.problems, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  atlas_test_init (&argc, &argv);

  g_test_add_func ("/Atlas/Layout/pages", test_pages);

  return g_test_run ();
}
